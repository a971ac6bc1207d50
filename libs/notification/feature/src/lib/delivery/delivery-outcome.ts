import { randomUUID } from 'node:crypto';

import type { DeliveryEventData, NotificationDeliveredEvent, NotificationFailedEvent } from '@bma-kpi/contracts-notification';
import { NotificationEvents } from '@bma-kpi/contracts-notification';
import type { OutboxMessage } from '@bma-kpi/messaging';
import type { ClaimedDelivery, DeliveryAttemptOutcome, DeliveryRecord } from '@bma-kpi/notification-data-access';
import { retryDelayMs, shouldRetry, type RetryBackoff } from '@bma-kpi/notification-domain';

import type { WebhookAttemptResult } from './webhook.sender';

/** Actor of the events the delivery worker writes. */
export const DELIVERY_ACTOR = 'notification-service';

/**
 * Decides a delivery's status after attempt number `attempt`: sent on success, failed with a
 * backoff delay while the failure may pass and attempts are left, dead-lettered otherwise.
 */
export function decideOutcome(
  result: WebhookAttemptResult,
  attempt: number,
  settings: { maxAttempts: number; retryBackoff: RetryBackoff },
  now: Date,
): DeliveryAttemptOutcome {
  const base = { statusCode: result.statusCode, error: result.error, durationMs: result.durationMs, at: now };

  if (result.ok) {
    return { ...base, status: 'sent', nextAttemptAt: null };
  }
  if (result.retryable && shouldRetry(attempt, settings.maxAttempts)) {
    return { ...base, status: 'failed', nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempt, settings.retryBackoff)) };
  }
  const reason = result.retryable ? `${result.error ?? 'Failed'} (no attempts left of ${settings.maxAttempts})` : result.error;

  return { ...base, status: 'deadLettered', error: reason, nextAttemptAt: null };
}

/** Returns the outcome that dead-letters a delivery without sending it, for a target that can never be reached. */
export function undeliverable(reason: string, now: Date): DeliveryAttemptOutcome {
  return { status: 'deadLettered', statusCode: null, error: reason, durationMs: 0, nextAttemptAt: null, at: now };
}

/**
 * Returns the outbox events for a delivery's recorded state: `notification.delivered` once sent,
 * `notification.failed` once dead-lettered, none otherwise.
 */
export function deliveryEvents(claimed: ClaimedDelivery, viaDigest: boolean): (record: DeliveryRecord) => OutboxMessage[] {
  return (record) => {
    const data: DeliveryEventData = {
      deliveryId: record.id,
      notificationId: record.notificationId,
      recipientId: record.recipientId,
      kind: record.kind,
      agencyCode: claimed.notification.agencyCode,
      sourceId: claimed.notification.sourceId,
      channel: record.channel,
      target: record.target,
      attempts: record.attempts,
      statusCode: record.lastStatusCode,
    };
    const eventId = randomUUID();
    const envelope = { eventId, occurredAt: new Date().toISOString(), correlationId: null, actor: DELIVERY_ACTOR };

    if (record.status === 'sent') {
      const payload: NotificationDeliveredEvent = {
        ...envelope,
        subject: NotificationEvents.notificationDelivered,
        data: { ...data, sentAt: record.sentAt ?? envelope.occurredAt, viaDigest },
      };

      return [{ id: eventId, subject: payload.subject, payload, correlationId: null }];
    }
    if (record.status === 'deadLettered') {
      const payload: NotificationFailedEvent = {
        ...envelope,
        subject: NotificationEvents.notificationFailed,
        data: { ...data, error: record.lastError ?? 'Unknown error' },
      };

      return [{ id: eventId, subject: payload.subject, payload, correlationId: null }];
    }

    return [];
  };
}
