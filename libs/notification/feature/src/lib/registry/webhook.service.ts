import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';

import type {
  DeletedResponse,
  ListWebhooksRequest,
  RegisterWebhookRequest,
  UpdateWebhookRequest,
  WebhookEndpointResponse,
  WebhookPage,
  WebhookSecretResponse,
  WebhookTestResponse,
} from '@bma-kpi/contracts-notification';
import { NotificationErrorCode } from '@bma-kpi/contracts-notification';
import { DomainException } from '@bma-kpi/errors';
import { RecipientRepository, WebhookEndpointRepository, type WebhookEndpointSecrets } from '@bma-kpi/notification-data-access';
import { generateWebhookSecret, openSecret, sealSecret } from '@bma-kpi/notification-domain';

import { resolveDeliverySettings } from '../delivery/delivery-settings';
import { privateHostOf } from '../delivery/webhook-address';
import { WebhookSender } from '../delivery/webhook.sender';
import { NOTIFICATION_SERVICE_OPTIONS, type NotificationServiceOptions } from '../notification-service.options';
import type { RequestMeta } from '../request-meta';
import { defaultPageSize, privateWebhookUrl, recipientNotFound, rethrowVersionConflict, unparsableWebhookUrl, webhookNotFound } from './registry-errors';
import { buildWebhookTestBody, WEBHOOK_TEST_KIND } from './webhook-test-payload';

/** Hours the previous secret keeps signing after a rotation when the options set none. */
export const DEFAULT_ROTATION_GRACE_HOURS = 24;

const hourMs = 3_600_000;

/**
 * Registers webhook endpoints and manages their signing secrets. A secret is generated here, sealed
 * with the configured key before it is stored, and shown only in the replies of register and rotate.
 */
@Injectable()
export class WebhookService implements OnModuleInit {
  private readonly logger = new Logger(WebhookService.name);
  private readonly secretKey: Buffer | null;
  private readonly graceHours: number;
  private readonly allowPrivateTargets: boolean;

  constructor(
    private readonly recipients: RecipientRepository,
    private readonly endpoints: WebhookEndpointRepository,
    private readonly sender: WebhookSender,
    @Inject(NOTIFICATION_SERVICE_OPTIONS) options: Pick<NotificationServiceOptions, 'webhooks' | 'delivery'>,
  ) {
    this.secretKey = options.webhooks?.secretKey ?? null;
    this.graceHours = options.webhooks?.rotationGraceHours ?? DEFAULT_ROTATION_GRACE_HOURS;
    this.allowPrivateTargets = resolveDeliverySettings(options.delivery).allowPrivateWebhookTargets;
  }

  onModuleInit(): void {
    if (this.secretKey === null) {
      this.logger.warn('NOTIFICATION_SECRET_KEY is not set, so webhook signing secrets are stored unencrypted');
    }
  }

  async register(request: RegisterWebhookRequest, meta: RequestMeta): Promise<WebhookSecretResponse> {
    this.checkUrl(request.url);
    if ((await this.recipients.get(request.recipientId)) === null) {
      throw recipientNotFound(request.recipientId);
    }
    const secret = generateWebhookSecret();
    const record = await this.endpoints.create({ ...request, sealedSecret: sealSecret(secret, this.secretKey) }, meta);

    this.logger.log({ webhookId: record.id, recipientId: record.recipientId }, 'Webhook endpoint registered');

    return { ...record, secret };
  }

  async list(request: ListWebhooksRequest): Promise<WebhookPage> {
    const page = request.page ?? 1;
    const pageSize = request.pageSize ?? defaultPageSize;
    const result = await this.endpoints.list(request.recipientId, { page, pageSize });

    return { items: result.items, total: result.total, page, pageSize };
  }

  async get(id: string): Promise<WebhookEndpointResponse> {
    const record = await this.endpoints.get(id);

    if (record === null) {
      throw webhookNotFound(id);
    }

    return record;
  }

  async update(request: UpdateWebhookRequest, meta: RequestMeta): Promise<WebhookEndpointResponse> {
    const { id, version, ...changes } = request;

    if (changes.url !== undefined) {
      this.checkUrl(changes.url);
    }
    const record = await this.endpoints.update(id, changes, version, meta).catch(rethrowVersionConflict);

    if (record === null) {
      throw webhookNotFound(id);
    }

    return record;
  }

  /** Replaces the secret; the old one keeps signing, next to the new one, for the grace period. */
  async rotateSecret(id: string, meta: RequestMeta): Promise<WebhookSecretResponse> {
    const secret = generateWebhookSecret();
    const previousUntil = new Date(Date.now() + this.graceHours * hourMs);
    const record = await this.endpoints.rotateSecret(id, sealSecret(secret, this.secretKey), previousUntil, meta);

    if (record === null) {
      throw webhookNotFound(id);
    }
    this.logger.log({ webhookId: id, previousSecretUntil: record.previousSecretUntil }, 'Webhook signing secret rotated');

    return { ...record, secret };
  }

  /**
   * Sends a signed `notification.test` request now and returns the receiver's response. It is sent
   * to an inactive endpoint too, so an owner can check a receiver before switching it on.
   */
  async test(id: string): Promise<WebhookTestResponse> {
    const [record, stored] = await Promise.all([this.endpoints.get(id), this.endpoints.secrets(id)]);

    if (record === null || stored === null) {
      throw webhookNotFound(id);
    }
    const now = new Date();
    const { deliveryId, body } = buildWebhookTestBody(id, now);
    const result = await this.sender.send({ id, url: record.url, secrets: this.signingSecrets(id, stored, now) }, body, { deliveryId, kind: WEBHOOK_TEST_KIND });

    this.logger.log({ webhookId: id, deliveryId, ok: result.ok, statusCode: result.statusCode, error: result.error }, 'Webhook test sent');

    return { ok: result.ok, statusCode: result.statusCode, durationMs: result.durationMs, error: result.error };
  }

  async delete(id: string, meta: RequestMeta): Promise<DeletedResponse> {
    if (!(await this.endpoints.delete(id, meta))) {
      throw webhookNotFound(id);
    }

    return { id };
  }

  /**
   * Rejects a URL whose host is a non-public IP address or a localhost name, unless private
   * targets are allowed. Other host names are checked at each delivery, after they are resolved.
   */
  private checkUrl(value: string): void {
    // The contract's URL check accepts some forms that Node's URL parser rejects, such as an IPv6
    // zone id. The sender could never parse them, so they are rejected here.
    if (!URL.canParse(value)) {
      throw unparsableWebhookUrl(value);
    }
    const host = this.allowPrivateTargets ? null : privateHostOf(new URL(value));

    if (host !== null) {
      throw privateWebhookUrl(host);
    }
  }

  /** Opens the current secret and, during the grace period, the previous one, current first. */
  private signingSecrets(id: string, stored: WebhookEndpointSecrets, now: Date): string[] {
    const sealed = [stored.secret];

    if (stored.previousSecret !== null && stored.previousSecretUntil !== null && stored.previousSecretUntil > now) {
      sealed.push(stored.previousSecret);
    }
    try {
      return sealed.map((value) => openSecret(value, this.secretKey));
    } catch (error) {
      this.logger.error({ webhookId: id, err: error }, 'Webhook signing secret cannot be opened');
      throw new DomainException(
        NotificationErrorCode.webhookSecretUnreadable,
        `The signing secret of webhook ${id} cannot be opened with the configured NOTIFICATION_SECRET_KEY. Set the key it was sealed with, or rotate the secret.`,
        `เปิดรหัสลับสำหรับลงนามของ webhook ${id} ด้วย NOTIFICATION_SECRET_KEY ที่ตั้งไว้ไม่ได้ ให้ตั้งกุญแจที่ใช้เข้ารหัสไว้ หรือเปลี่ยนรหัสลับใหม่`,
      );
    }
  }
}
