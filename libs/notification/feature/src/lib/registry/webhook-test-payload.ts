import { randomUUID } from 'node:crypto';

import type { WebhookPayload } from '@bma-kpi/contracts-notification';

/** Kind of the test request, outside the notification kinds so that receivers can tell it apart. */
export const WEBHOOK_TEST_KIND = 'notification.test';

/**
 * Builds the body of a test request in the shape of every webhook body, with Thai and English
 * text. Its ids are new each time, because a test stores no notification or delivery.
 */
export function buildWebhookTestBody(webhookId: string, at: Date): { deliveryId: string; body: string } {
  const deliveryId = randomUUID();
  const payload: WebhookPayload = {
    deliveryId,
    kind: WEBHOOK_TEST_KIND,
    notificationId: randomUUID(),
    sourceId: `webhook-test:${webhookId}`,
    agencyCode: null,
    language: 'th',
    subject: 'ทดสอบการส่ง webhook / Webhook test',
    text:
      'ข้อความนี้ทดสอบปลายทาง webhook ของระบบตัวชี้วัด กทม. ไม่ต้องดำเนินการใด ๆ / ' +
      'This message tests a webhook endpoint of the BMA KPI system; no action is needed.',
    data: { webhookId },
    createdAt: at.toISOString(),
  };

  return { deliveryId, body: JSON.stringify(payload) };
}
