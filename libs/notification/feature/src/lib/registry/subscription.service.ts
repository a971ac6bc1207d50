import { Injectable } from '@nestjs/common';

import type {
  CreateSubscriptionRequest,
  DeleteSubscriptionRequest,
  DeletedResponse,
  SubscriptionListResponse,
  SubscriptionResponse,
} from '@bma-kpi/contracts-notification';
import { ANY_VALUE, NotificationErrorCode } from '@bma-kpi/contracts-notification';
import { DomainException } from '@bma-kpi/errors';
import { RecipientRepository, SubscriptionRepository, type RecipientRecord } from '@bma-kpi/notification-data-access';

import type { RequestMeta } from '../request-meta';
import { recipientNotFound } from './registry-errors';

/**
 * Subscribes recipients to kinds and agencies on e-mail or the inbox. A repeated subscription is a
 * 409 SUBSCRIPTION_EXISTS whose details name the existing one, so a caller that retries can use it.
 */
@Injectable()
export class SubscriptionService {
  constructor(
    private readonly recipients: RecipientRepository,
    private readonly subscriptions: SubscriptionRepository,
  ) {}

  async create(request: CreateSubscriptionRequest, meta: RequestMeta): Promise<SubscriptionResponse> {
    const recipient = await this.recipientOf(request.recipientId);

    if (request.channel === 'email' && recipient.email === null) {
      throw new DomainException(
        NotificationErrorCode.recipientHasNoEmail,
        `Recipient ${recipient.id} has no e-mail address. Set one before subscribing on the email channel.`,
        `ผู้รับ ${recipient.id} ไม่มีที่อยู่อีเมล ต้องกำหนดอีเมลก่อนสมัครรับทางช่องทาง email`,
      );
    }
    const input = { recipientId: recipient.id, agencyCode: request.agencyCode ?? ANY_VALUE, kind: request.kind ?? ANY_VALUE, channel: request.channel };
    const outcome = await this.subscriptions.create(input, meta);

    if (!outcome.created) {
      throw new DomainException(
        NotificationErrorCode.subscriptionExists,
        `Recipient ${input.recipientId} already subscribes to kind ${input.kind} of agency ${input.agencyCode} on ${input.channel}: subscription ${outcome.existing.id}.`,
        `ผู้รับ ${input.recipientId} สมัครรับประเภท ${input.kind} ของหน่วยงาน ${input.agencyCode} ทาง ${input.channel} ไว้แล้ว (รหัส ${outcome.existing.id})`,
        { details: { id: outcome.existing.id } },
      );
    }

    return outcome.subscription;
  }

  async list(recipientId: string): Promise<SubscriptionListResponse> {
    await this.recipientOf(recipientId);

    return { items: await this.subscriptions.list(recipientId) };
  }

  async delete(request: DeleteSubscriptionRequest, meta: RequestMeta): Promise<DeletedResponse> {
    if (!(await this.subscriptions.delete(request.recipientId, request.id, meta))) {
      throw new DomainException(
        NotificationErrorCode.subscriptionNotFound,
        `No subscription ${request.id} of recipient ${request.recipientId}.`,
        `ไม่พบการสมัครรับ ${request.id} ของผู้รับ ${request.recipientId}`,
      );
    }

    return { id: request.id };
  }

  private async recipientOf(id: string): Promise<RecipientRecord> {
    const recipient = await this.recipients.get(id);

    if (recipient === null) {
      throw recipientNotFound(id);
    }

    return recipient;
  }
}
