import { Inject, Injectable, Logger } from '@nestjs/common';

import type { ClaimedDelivery, DeliveryAttemptOutcome, DeliveryRecord } from '@bma-kpi/notification-data-access';
import { DeliveryRepository } from '@bma-kpi/notification-data-access';
import { openSecret } from '@bma-kpi/notification-domain';

import { decideOutcome, deliveryEvents, undeliverable } from './delivery-outcome';
import { resolveDeliverySettings } from './delivery-settings';
import { EmailSender } from './email.sender';
import { buildWebhookBody } from './webhook.payload';
import { WebhookSender, type WebhookAttemptResult, type WebhookTarget } from './webhook.sender';
import { NOTIFICATION_SERVICE_OPTIONS, type NotificationServiceOptions } from '../notification-service.options';

/** A webhook target ready to send to, or the reason the delivery can never be sent. */
type ResolvedWebhook = { target: WebhookTarget } | { unreachable: string };

/** Sends one claimed delivery on its channel and records the attempt with its outcome. */
@Injectable()
export class DeliveryProcessor {
  private readonly logger = new Logger(DeliveryProcessor.name);
  private readonly settings: ReturnType<typeof resolveDeliverySettings>;
  private readonly secretKey: Buffer | null;

  constructor(
    @Inject(NOTIFICATION_SERVICE_OPTIONS) options: NotificationServiceOptions,
    private readonly deliveries: DeliveryRepository,
    private readonly webhooks: WebhookSender,
    private readonly email: EmailSender,
  ) {
    this.settings = resolveDeliverySettings(options.delivery);
    this.secretKey = options.webhooks?.secretKey ?? null;
  }

  /** Sends a claimed delivery once and records the outcome; returns the recorded delivery, or null when the claim was lost. */
  async process(delivery: ClaimedDelivery): Promise<DeliveryRecord | null> {
    const outcome = await this.attempt(delivery);
    const record = await this.deliveries.recordAttempt(delivery, outcome, deliveryEvents(delivery, false));

    this.logOutcome(delivery, outcome, record);

    return record;
  }

  /**
   * Records the outcome of one digest e-mail for every delivery it carried, each with its own
   * attempt number, so a delivery that failed before gets its retry limit checked on its own count.
   */
  async recordDigest(deliveries: readonly ClaimedDelivery[], result: WebhookAttemptResult, now = new Date()): Promise<DeliveryRecord[]> {
    const entries = deliveries.map((delivery) => ({
      delivery,
      outcome: decideOutcome(result, delivery.attempts + 1, this.settings, now),
      events: deliveryEvents(delivery, true),
    }));
    const recorded = await this.deliveries.recordDigestAttempts(entries);

    for (const entry of entries) {
      this.logOutcome(entry.delivery, entry.outcome, recorded.find((record) => record.id === entry.delivery.id) ?? null);
    }

    return recorded;
  }

  /** Dead-letters deliveries that can never be sent, with the reason, and writes their failed events. */
  async deadLetter(deliveries: readonly ClaimedDelivery[], reason: string, now = new Date()): Promise<DeliveryRecord[]> {
    const entries = deliveries.map((delivery) => ({ delivery, outcome: undeliverable(reason, now), events: deliveryEvents(delivery, true) }));
    const recorded = await this.deliveries.recordDigestAttempts(entries);

    for (const entry of entries) {
      this.logOutcome(entry.delivery, entry.outcome, recorded.find((record) => record.id === entry.delivery.id) ?? null);
    }

    return recorded;
  }

  private async attempt(delivery: ClaimedDelivery): Promise<DeliveryAttemptOutcome> {
    const attempt = delivery.attempts + 1;

    if (delivery.channel === 'email') {
      if (!this.email.configured) {
        return undeliverable('E-mail is off: SMTP_URL is not set, so the e-mail cannot be sent.', new Date());
      }
      if (delivery.target === null || delivery.target.trim() === '') {
        return undeliverable('The e-mail delivery has no address.', new Date());
      }
      const result = await this.email.send({
        to: delivery.target,
        subject: delivery.notification.subject,
        text: delivery.notification.text,
        messageKey: delivery.id,
      });

      return decideOutcome(result, attempt, this.settings, new Date());
    }
    if (delivery.channel === 'webhook') {
      const resolved = await this.resolveWebhook(delivery.target);

      if ('unreachable' in resolved) {
        return undeliverable(resolved.unreachable, new Date());
      }
      const body = buildWebhookBody(delivery.id, delivery.notification);
      const result = await this.webhooks.send(resolved.target, body, { deliveryId: delivery.id, kind: delivery.kind });

      return decideOutcome(result, attempt, this.settings, new Date());
    }

    return undeliverable(`Unknown channel ${delivery.channel}: expected email or webhook.`, new Date());
  }

  private async resolveWebhook(endpointId: string | null): Promise<ResolvedWebhook> {
    const endpoint = endpointId === null ? null : await this.deliveries.webhookEndpoint(endpointId);

    if (endpoint === null) {
      return { unreachable: `Webhook endpoint ${endpointId ?? '(none)'} was deleted.` };
    }
    if (!endpoint.active) {
      return { unreachable: `Webhook endpoint ${endpoint.id} is deactivated.` };
    }
    try {
      const secrets = [openSecret(endpoint.secret, this.secretKey)];

      if (endpoint.previousSecret !== null && endpoint.previousSecretUntil !== null && endpoint.previousSecretUntil.getTime() > Date.now()) {
        secrets.push(openSecret(endpoint.previousSecret, this.secretKey));
      }

      return { target: { id: endpoint.id, url: endpoint.url, secrets } };
    } catch (error) {
      // A secret that this key cannot open fails the same way on every attempt.
      return { unreachable: `Cannot open the signing secret of webhook endpoint ${endpoint.id}: ${(error as Error).message}` };
    }
  }

  private logOutcome(delivery: ClaimedDelivery, outcome: DeliveryAttemptOutcome, record: DeliveryRecord | null): void {
    const ids = { deliveryId: delivery.id, notificationId: delivery.notificationId, channel: delivery.channel, attempt: delivery.attempts + 1 };

    if (record === null) {
      this.logger.warn({ ...ids, status: outcome.status }, 'Delivery attempt not recorded: the claim expired and another instance took the delivery.');
    } else if (outcome.status === 'failed') {
      this.logger.warn({ ...ids, error: outcome.error, nextAttemptAt: outcome.nextAttemptAt }, 'Delivery attempt failed; retrying later.');
    } else if (outcome.status === 'deadLettered') {
      this.logger.error({ ...ids, error: outcome.error }, 'Delivery dead-lettered.');
    }
  }
}
