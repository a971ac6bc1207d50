import type { SchemaObject } from '@nestjs/swagger';

import { INTEGRATION_WEBHOOK_KINDS } from '../integration/integration.requests';
import { webhookPageSchema, webhookSecretSchema } from './notification-registry.schemas';

// Schemas and examples of the integration API. The examples copy the stored values of the KPI
// record of agency 0411 for fiscal year 2564 (BE). That record has no printed code or title, a
// target of 100 % and a result of 70 %, and its twelve dated notes carry no value.

const nullableString: SchemaObject = { type: 'string', nullable: true };
const nullableNumber: SchemaObject = { type: 'number', nullable: true };
const instant: SchemaObject = { type: 'string', format: 'date-time' };

const sampleAgency = { code: '0411', nameTh: 'สำนักงานประชาสัมพันธ์', nameEn: 'Public Relations Office' };
const sampleIndicatorId = '0d6f3c1e-5b7a-4f2e-9c41-8a2b6e0f7d15';

const agencySchema: SchemaObject = {
  type: 'object',
  nullable: true,
  properties: { code: nullableString, nameTh: { type: 'string' }, nameEn: nullableString },
};

const exportedNoteSchema: SchemaObject = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    date: { type: 'string', format: 'date', nullable: true, description: 'ISO 8601 ค.ศ. / Christian era; null when the note is undated' },
    dateTh: { type: 'string', nullable: true, description: 'วันที่ พ.ศ. สำหรับแสดง / The same date in the Buddhist era, for display' },
    fiscalYear: { type: 'integer', nullable: true },
    quarter: { type: 'integer', nullable: true, minimum: 1, maximum: 4 },
    value: { ...nullableNumber, description: 'ผลสะสม ณ วันที่ ปัดตามทศนิยมของตัวชี้วัด / Cumulative result, rounded to the indicator\'s decimals' },
    text: { type: 'string' },
    source: { type: 'string', enum: ['import', 'api'] },
    createdAt: instant,
  },
};

const progressItemSchema: SchemaObject = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    code: { ...nullableString, description: 'รหัสตัวชี้วัดตามที่พิมพ์ / KPI code as printed, such as 0411-0012' },
    title: nullableString,
    fiscalYear: { type: 'integer', description: 'ปีงบประมาณ พ.ศ. / Fiscal year (BE)' },
    agency: agencySchema,
    unit: nullableString,
    decimals: { type: 'integer' },
    target: nullableNumber,
    actual: nullableNumber,
    quarterTargets: {
      type: 'array',
      items: { type: 'object', properties: { quarter: { type: 'integer', minimum: 1, maximum: 4 }, plannedValue: nullableNumber } },
    },
    progress: { type: 'array', items: exportedNoteSchema },
    updatedAt: instant,
  },
};

const sampleNote = (id: string, date: string, dateTh: string, quarter: number, text: string) => ({
  id, date, dateTh, fiscalYear: 2564, quarter, value: null, text, source: 'import', createdAt: '2026-12-05T03:00:00.000Z',
});

const progressPageExample = {
  items: [
    {
      id: sampleIndicatorId,
      code: null,
      title: null,
      fiscalYear: 2564,
      agency: sampleAgency,
      unit: 'ร้อยละ',
      decimals: 2,
      target: 100,
      actual: 70,
      quarterTargets: [],
      progress: [
        sampleNote('7a0c2f55-3d1b-4e8a-b6f0-2c9d4e1a8b30', '2021-07-30', '30 กรกฎาคม 2564', 4, 'อยู่ระหว่างขั้นตอนอนำเข้าฐานข้อมูลเข้าสู่ระบบ'),
        sampleNote('9e4b1d07-6c2a-4f3e-8d15-0b7a3c9e2f41', '2021-09-30', '30 กันยายน 2564', 4, 'ดำเนินการได้ตามเป้าหมายที่กำหนด'),
      ],
      updatedAt: '2026-12-05T03:00:00.000Z',
    },
  ],
  total: 1,
  page: 1,
  pageSize: 50,
};

export const integrationProgressPageSchema: SchemaObject = {
  type: 'object',
  properties: { items: { type: 'array', items: progressItemSchema }, total: { type: 'integer' }, page: { type: 'integer' }, pageSize: { type: 'integer' } },
  example: progressPageExample,
};

const evaluationItemSchema: SchemaObject = {
  type: 'object',
  properties: {
    evaluationId: { type: 'string', format: 'uuid' },
    indicator: { type: 'object', properties: { id: { type: 'string', format: 'uuid' }, code: nullableString, title: nullableString } },
    agency: { type: 'object', properties: { code: { type: 'string' }, nameTh: nullableString, nameEn: nullableString } },
    state: { type: 'string', enum: ['draft', 'submitted', 'scored', 'correctionRequested', 'corrected', 'appealed', 'signedOff'] },
    signedOff: { type: 'boolean', description: 'ลงนามรับรองแล้ว (รายการหรือทั้งรอบ) / Signed off, by itself or with its round' },
    quarterValue: { type: 'object', nullable: true, description: 'ค่าของไตรมาสที่ใช้ให้คะแนน / The quarter value that was scored' },
    score: { type: 'object', nullable: true, description: 'ผลคะแนน (ร้อยละหรือระดับตามแบบการให้คะแนน) / Score: percent or level by the scoring model' },
    flags: {
      type: 'array',
      items: { type: 'object', properties: { code: { type: 'string' }, messageTh: { type: 'string' }, messageEn: { type: 'string' }, progressIds: { type: 'array', items: { type: 'string' } } } },
    },
    inputChangedAt: { ...instant, nullable: true, description: 'ข้อมูลเปลี่ยนหลังให้คะแนน / Indicator or progress changed after the score' },
    updatedAt: instant,
  },
};

const quarterIncompleteTh = 'ข้อมูลไตรมาสไม่ครบ: ไม่มีผลงานของเดือน 2021-07, 2021-08, 2021-09 จึงยังสรุปค่าของไตรมาสไม่ได้ (ไม่นับเป็นศูนย์)';
const quarterIncompleteEn =
  'The quarter is incomplete: no value was reported for 2021-07, 2021-08, 2021-09, so the quarter has no value (missing months do not count as zero).';

const evaluationPageExample = {
  fiscalYear: 2564,
  quarter: 4,
  roundStatus: 'open',
  items: [
    {
      evaluationId: '4c8e2a19-0f6b-4d3a-9e57-1b2c3d4e5f60',
      indicator: { id: sampleIndicatorId, code: null, title: null },
      agency: sampleAgency,
      state: 'scored',
      signedOff: false,
      quarterValue: {
        status: 'incomplete',
        fiscalYear: 2564,
        quarter: 4,
        accumulation: 'cumulative',
        modelVersion: 1,
        months: ['2021-07', '2021-08', '2021-09'],
        missingMonths: ['2021-07', '2021-08', '2021-09'],
        reason: { code: 'QUARTER_INCOMPLETE', missingMonths: ['2021-07', '2021-08', '2021-09'], th: quarterIncompleteTh, en: quarterIncompleteEn },
      },
      score: {
        status: 'unscorable',
        model: 'achievement',
        modelVersion: 1,
        reason: { code: 'QUARTER_INCOMPLETE', missingMonths: ['2021-07', '2021-08', '2021-09'], th: quarterIncompleteTh, en: quarterIncompleteEn },
      },
      flags: [
        {
          code: 'NARRATIVE_CONTRADICTS_RESULT',
          messageTh: 'รายงานผลระบุว่าบรรลุเป้าหมาย แต่ผลการดำเนินงาน 70 ต่ำกว่าค่าเป้าหมาย 100',
          messageEn: 'The progress note says the target was met, but the result 70 is below the target 100.',
          progressIds: ['9e4b1d07-6c2a-4f3e-8d15-0b7a3c9e2f41'],
        },
      ],
      inputChangedAt: null,
      updatedAt: '2026-12-05T03:10:00.000Z',
    },
  ],
  total: 1,
  page: 1,
  pageSize: 50,
};

export const integrationEvaluationPageSchema: SchemaObject = {
  type: 'object',
  properties: {
    fiscalYear: { type: 'integer' },
    quarter: { type: 'integer' },
    roundStatus: { type: 'string', enum: ['open', 'signedOff'], nullable: true, description: 'null = ยังไม่เปิดรอบ / the round was never opened' },
    items: { type: 'array', items: evaluationItemSchema },
    total: { type: 'integer' },
    page: { type: 'integer' },
    pageSize: { type: 'integer' },
  },
  example: evaluationPageExample,
};

export const pushProgressExamples = {
  byIndicatorId: {
    summary: 'ระบุด้วย indicatorId / By indicator id',
    value: { indicatorId: sampleIndicatorId, date: '2021-09-30', value: 70, text: 'ดำเนินการได้ตามเป้าหมายที่กำหนด' },
  },
  byKpiCode: {
    summary: 'ระบุด้วยรหัสตัวชี้วัดและปีงบประมาณ / By KPI code and fiscal year',
    value: { kpiCode: '0411-0012', fiscalYear: 2564, date: '2021-08-30', value: 65, text: 'อยู่ระหว่างขั้นตอนอนำเข้าฐานข้อมูลเข้าสู่ระบบ' },
  },
};

export const integrationPushedProgressSchema: SchemaObject = {
  type: 'object',
  properties: { ...exportedNoteSchema.properties, indicatorId: { type: 'string', format: 'uuid' }, rawDate: nullableString, rawText: { type: 'string' } },
  example: {
    ...sampleNote('b3d94f2a-7e1c-4a6b-8f05-6d2e9c1b4a77', '2021-09-30', '30 กันยายน 2564', 4, 'ดำเนินการได้ตามเป้าหมายที่กำหนด'),
    indicatorId: sampleIndicatorId,
    rawDate: '2021-09-30',
    rawText: 'ดำเนินการได้ตามเป้าหมายที่กำหนด',
    value: 70,
    source: 'api',
  },
};

export const integrationWebhookExample = {
  url: 'https://digitalplans.bangkok.go.th/hooks/bma-kpi',
  kinds: ['evaluationScored', 'evaluationSignedOff', 'roundSignedOff'],
  description: 'BMA Digital Plans',
};

const kindsSchema: SchemaObject = { type: 'array', items: { type: 'string', enum: [...INTEGRATION_WEBHOOK_KINDS] } };

export const integrationWebhookSecretSchema: SchemaObject = {
  ...webhookSecretSchema,
  properties: { ...webhookSecretSchema.properties, kinds: kindsSchema },
};

export const integrationWebhookPageSchema: SchemaObject = webhookPageSchema;
