import type { SchemaObject } from '@nestjs/swagger';

import { NOTIFICATION_KIND_NAMES } from '@bma-kpi/contracts-notification';

// JSON schemas of the notification responses for the OpenAPI document; the contracts declare these
// shapes as TypeScript interfaces, which carry no runtime metadata for @nestjs/swagger.

const holidaySchema: SchemaObject = {
  type: 'object',
  properties: {
    date: { type: 'string', format: 'date', example: '2025-04-14', description: 'วันที่ ค.ศ. / Christian-era date' },
    dateTh: { type: 'string', example: '14 เมษายน 2568', description: 'วันที่ พ.ศ. / Buddhist-era date' },
    nameTh: { type: 'string', example: 'วันสงกรานต์' },
    nameEn: { type: 'string', example: 'Songkran' },
    substitution: { type: 'boolean', description: 'วันหยุดชดเชย / Substitution day' },
  },
};

export const holidayListSchema: SchemaObject = { type: 'object', properties: { items: { type: 'array', items: holidaySchema } } };

export const inboxItemSchema: SchemaObject = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    kind: { type: 'string', enum: [...NOTIFICATION_KIND_NAMES], example: 'evaluationCorrectionRequested' },
    agencyCode: { type: 'string', nullable: true, example: '0411' },
    language: { type: 'string', enum: ['th', 'en'] },
    subject: { type: 'string' },
    text: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' },
    readAt: { type: 'string', format: 'date-time', nullable: true },
    acknowledgedAt: { type: 'string', format: 'date-time', nullable: true },
  },
};

export const inboxPageSchema: SchemaObject = {
  type: 'object',
  properties: {
    items: { type: 'array', items: inboxItemSchema },
    total: { type: 'integer' },
    page: { type: 'integer' },
    pageSize: { type: 'integer' },
  },
};
