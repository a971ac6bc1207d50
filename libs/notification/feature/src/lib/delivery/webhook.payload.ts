import type { WebhookPayload } from '@bma-kpi/contracts-notification';
import type { NotificationRecord } from '@bma-kpi/notification-data-access';

/** Builds the JSON body of a webhook delivery of a notification; the string is signed and sent as it is. */
export function buildWebhookBody(deliveryId: string, notification: NotificationRecord): string {
  const payload: WebhookPayload = {
    deliveryId,
    kind: notification.kind,
    notificationId: notification.id,
    sourceId: notification.sourceId,
    agencyCode: notification.agencyCode,
    language: notification.language,
    subject: notification.subject,
    text: notification.text,
    data: notification.variables,
    createdAt: notification.createdAt,
  };

  return JSON.stringify(payload);
}
