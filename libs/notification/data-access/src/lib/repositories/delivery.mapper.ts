import type { Delivery, DeliveryAttempt, Notification } from '../../generated/prisma/client';
import { toNotificationRecord } from './notification.repository';
import type { ClaimedDelivery, DeliveryDetail, DeliveryRecord } from './delivery.types';

type DeliveryRow = Delivery & { notification: Notification };

export function toDeliveryRecord(row: DeliveryRow): DeliveryRecord {
  return {
    id: row.id,
    notificationId: row.notificationId,
    recipientId: row.notification.recipientId,
    kind: row.notification.kind,
    channel: row.channel,
    target: row.target,
    status: row.status,
    attempts: row.attempts,
    digestOn: row.digestOn?.toISOString().slice(0, 10) ?? null,
    lastStatusCode: row.lastStatusCode,
    lastError: row.lastError,
    nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
    sentAt: row.sentAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toDeliveryDetail(row: DeliveryRow & { attemptLog: DeliveryAttempt[] }): DeliveryDetail {
  return {
    ...toDeliveryRecord(row),
    attemptLog: row.attemptLog.map((attempt) => ({
      attempt: attempt.attempt,
      outcome: attempt.outcome,
      statusCode: attempt.statusCode,
      error: attempt.error,
      durationMs: attempt.durationMs,
      at: attempt.at.toISOString(),
    })),
  };
}

export function toClaimedDelivery(row: DeliveryRow): ClaimedDelivery {
  return { ...toDeliveryRecord(row), notification: toNotificationRecord(row.notification) };
}

