import type { SchemaObject } from '@nestjs/swagger';
import { targetConstructorToSchema } from 'class-validator-jsonschema';

import { NOTIFICATION_KIND_NAMES, RECIPIENT_AUDIENCES } from '@bma-kpi/contracts-notification';

// JSON schemas of the recipient, webhook and dead-letter endpoints for the OpenAPI document. The
// responses are TypeScript interfaces in the contracts, which carry no runtime metadata.

/**
 * Returns the JSON schema of a request body class, read from its class-validator rules so that the
 * document states what validation accepts. The class must be loaded before the controller that uses it.
 */
export function requestBodySchema(type: abstract new () => object): SchemaObject {
  return withoutObjectRefs(targetConstructorToSchema(type, { refPointerPrefix: '#/components/schemas/' }) as SchemaObject);
}

/**
 * Replaces references to a schema named `Object`, which the generator emits for a property typed
 * as a plain record, with a free-form object, because no such schema exists in the document.
 */
export function withoutObjectRefs(schema: SchemaObject): SchemaObject {
  const replaced = JSON.stringify(schema, (_key, value: unknown) =>
    typeof value === 'object' && value !== null && (value as { $ref?: unknown }).$ref === '#/components/schemas/Object' ? { type: 'object' } : value,
  );

  return JSON.parse(replaced) as SchemaObject;
}

const instant: SchemaObject = { type: 'string', format: 'date-time' };
const nullableInstant: SchemaObject = { ...instant, nullable: true };
const kinds: SchemaObject = { type: 'array', items: { type: 'string', enum: [...NOTIFICATION_KIND_NAMES] } };

function pageOf(item: SchemaObject): SchemaObject {
  return {
    type: 'object',
    properties: { items: { type: 'array', items: item }, total: { type: 'integer' }, page: { type: 'integer' }, pageSize: { type: 'integer' } },
  };
}

export const recipientSchema: SchemaObject = {
  type: 'object',
  properties: {
    id: { type: 'string', example: 'user:somchai' },
    type: { type: 'string', enum: ['user', 'client'] },
    displayName: { type: 'string', example: 'สมชาย ใจดี' },
    agencyCode: { type: 'string', nullable: true, example: '0411', description: 'null = ผู้ประเมินหรือทุกหน่วยงาน / evaluators or every agency' },
    audiences: { type: 'array', items: { type: 'string', enum: [...RECIPIENT_AUDIENCES] } },
    email: { type: 'string', nullable: true },
    language: { type: 'string', enum: ['th', 'en'] },
    dailyDigest: { type: 'boolean', description: 'รวมอีเมลที่ไม่เร่งด่วนเป็นสรุปรายวัน / Non-critical e-mail waits for a daily digest' },
    mutedKinds: {
      type: 'object',
      example: { evaluationScored: { email: false } },
      description: 'ประเภทที่ปิดรายช่องทาง / Kinds switched off per channel',
    },
    version: { type: 'integer', description: 'ส่งกลับมาเพื่อป้องกันการเขียนทับ / Send it back to avoid overwriting a change' },
    createdAt: instant,
    updatedAt: instant,
  },
};

export const recipientPageSchema = pageOf(recipientSchema);

export const subscriptionSchema: SchemaObject = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    recipientId: { type: 'string' },
    agencyCode: { type: 'string', example: '*', description: '* = ทุกหน่วยงาน / every agency' },
    kind: { type: 'string', example: 'evaluationScored', description: '* = ทุกประเภท / every kind' },
    channel: { type: 'string', enum: ['email', 'inbox'] },
    createdAt: instant,
  },
};

export const subscriptionListSchema: SchemaObject = { type: 'object', properties: { items: { type: 'array', items: subscriptionSchema } } };

export const webhookSchema: SchemaObject = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    recipientId: { type: 'string' },
    url: { type: 'string', format: 'uri' },
    description: { type: 'string', nullable: true },
    kinds: { ...kinds, description: 'ว่าง = ทุกประเภท / empty for every kind' },
    agencyCodes: { type: 'array', items: { type: 'string' }, description: 'ว่าง = ทุกหน่วยงาน / empty for every agency' },
    active: { type: 'boolean' },
    version: { type: 'integer' },
    createdAt: instant,
    updatedAt: instant,
    secretRotatedAt: nullableInstant,
    previousSecretUntil: { ...nullableInstant, description: 'รหัสลับเดิมยังลงนามถึงเวลานี้ / The previous secret still signs until then' },
  },
};

export const webhookSecretSchema: SchemaObject = {
  ...webhookSchema,
  properties: {
    ...webhookSchema.properties,
    secret: { type: 'string', example: 'whsec_…', description: 'แสดงครั้งเดียว เก็บไว้ตรวจ X-BMA-Signature / Shown once; keep it to verify X-BMA-Signature' },
  },
};

export const webhookPageSchema = pageOf(webhookSchema);

export const webhookTestSchema: SchemaObject = {
  type: 'object',
  properties: {
    ok: { type: 'boolean', description: 'ปลายทางตอบ 2xx / The receiver responded with 2xx' },
    statusCode: { type: 'integer', nullable: true },
    durationMs: { type: 'integer' },
    error: { type: 'string', nullable: true },
  },
};

const deadLetterProperties: Record<string, SchemaObject> = {
  id: { type: 'string', format: 'uuid' },
  eventId: { type: 'string', format: 'uuid', nullable: true },
  subject: { type: 'string', example: 'events.evaluation.evaluation.scored.v1' },
  error: { type: 'string' },
  deliveries: { type: 'integer' },
  streamSequence: { type: 'integer', nullable: true },
  createdAt: instant,
  replayedAt: nullableInstant,
};

export const deadLetterPageSchema = pageOf({ type: 'object', properties: deadLetterProperties });

export const deadLetterSchema: SchemaObject = {
  type: 'object',
  properties: { ...deadLetterProperties, payload: { type: 'string', description: 'ข้อความตามที่ได้รับ / The message as received' } },
};
