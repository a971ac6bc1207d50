import type { SchemaObject } from '@nestjs/swagger';

import { DELIVERY_CHANNELS, DELIVERY_STATUSES } from '@bma-kpi/contracts-notification';

// JSON schemas of the delivery log and digest endpoints for the OpenAPI document. The responses
// are TypeScript interfaces in the contracts, which carry no runtime metadata.

const instant: SchemaObject = { type: 'string', format: 'date-time' };
const nullableInstant: SchemaObject = { ...instant, nullable: true };

export const deliverySchema: SchemaObject = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    notificationId: { type: 'string', format: 'uuid' },
    recipientId: { type: 'string', example: 'user:somchai' },
    kind: { type: 'string', example: 'evaluationScored' },
    channel: { type: 'string', enum: [...DELIVERY_CHANNELS] },
    target: { type: 'string', nullable: true, description: 'อีเมลหรือรหัสเว็บฮุก / E-mail address or webhook endpoint id' },
    status: {
      type: 'string',
      enum: [...DELIVERY_STATUSES],
      description:
        'pending = รอส่ง, digest = รอสรุปรายวัน, sent = ส่งแล้ว, failed = จะลองใหม่ที่ nextAttemptAt, deadLettered = เลิกส่ง / ' +
        'waiting, held for the daily digest, sent, retried at nextAttemptAt, given up',
    },
    attempts: { type: 'integer' },
    digestOn: { type: 'string', format: 'date', nullable: true, description: 'วันที่ของสรุปรายวัน (กรุงเทพฯ) / Bangkok date of the digest' },
    lastStatusCode: { type: 'integer', nullable: true, description: 'HTTP status หรือรหัสตอบกลับ SMTP / HTTP status or SMTP reply code' },
    lastError: { type: 'string', nullable: true },
    nextAttemptAt: nullableInstant,
    sentAt: nullableInstant,
    createdAt: instant,
    updatedAt: instant,
  },
};

export const deliveryPageSchema: SchemaObject = {
  type: 'object',
  properties: { items: { type: 'array', items: deliverySchema }, total: { type: 'integer' }, page: { type: 'integer' }, pageSize: { type: 'integer' } },
};

export const deliveryDetailSchema: SchemaObject = {
  allOf: [
    deliverySchema,
    {
      type: 'object',
      properties: {
        attemptLog: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              attempt: { type: 'integer' },
              outcome: { type: 'string', enum: ['sent', 'failed', 'deadLettered'] },
              statusCode: { type: 'integer', nullable: true },
              error: { type: 'string', nullable: true },
              durationMs: { type: 'integer' },
              at: instant,
            },
          },
        },
      },
    },
  ],
};

export const digestRunBodySchema: SchemaObject = {
  type: 'object',
  required: ['date'],
  properties: {
    date: { type: 'string', format: 'date', example: '2025-11-12', description: 'วันที่ ค.ศ. ตามเวลากรุงเทพฯ / Bangkok date, Christian era' },
  },
};

export const digestRunSchema: SchemaObject = {
  type: 'object',
  properties: {
    date: { type: 'string', format: 'date' },
    started: { type: 'boolean', description: 'false = อีกอินสแตนซ์กำลังส่งอยู่ / another instance was sending the digests' },
    emails: { type: 'integer', description: 'อีเมลสรุปที่ส่งสำเร็จ / Digest e-mails the SMTP server accepted' },
    deliveries: { type: 'integer', description: 'การแจ้งเตือนในอีเมลเหล่านั้น / Deliveries those e-mails carried' },
    failed: { type: 'integer', description: 'การแจ้งเตือนที่ส่งไม่สำเร็จ จะลองใหม่หรือเลิกส่ง / Deliveries retried later or dead-lettered' },
  },
};
