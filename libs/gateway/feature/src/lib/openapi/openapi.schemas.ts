import type { SchemaObject } from '@nestjs/swagger';

// JSON schemas of the HTTP responses, for the OpenAPI document. The contracts lib declares these
// shapes as TypeScript interfaces, which carry no runtime metadata for @nestjs/swagger to read.

const nullableString: SchemaObject = { type: 'string', nullable: true };
const nullableNumber: SchemaObject = { type: 'number', nullable: true };

export const problemSchema: SchemaObject = {
  type: 'object',
  description: 'RFC 9457 problem details, ภาษาไทยโดยค่าเริ่มต้น / Thai by default, English with Accept-Language: en',
  properties: {
    type: { type: 'string', example: 'urn:bma-kpi:problem:validation-failed' },
    title: { type: 'string', example: 'คำขอไม่ถูกต้อง' },
    status: { type: 'integer', example: 400 },
    detail: { type: 'string' },
    code: { type: 'string', example: 'VALIDATION_FAILED' },
    instance: { type: 'string', example: '/api/v1/indicators?fiscalYear=abc' },
    correlationId: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        properties: { field: { type: 'string' }, rule: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
  required: ['type', 'title', 'status', 'detail', 'code', 'correlationId'],
};

const agencySummarySchema: SchemaObject = {
  type: 'object',
  nullable: true,
  properties: { code: nullableString, nameTh: { type: 'string' }, nameEn: nullableString },
};

const planNodeSummarySchema: SchemaObject = {
  type: 'object',
  properties: {
    level: { type: 'string', enum: ['dimension', 'subDimension', 'goal', 'planIndicator'] },
    code: { type: 'string', example: '5.4' },
    nameTh: { type: 'string' },
    nameEn: nullableString,
  },
};

export const progressSchema: SchemaObject = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    date: { type: 'string', format: 'date', nullable: true, description: 'ISO 8601, ค.ศ. / Christian era' },
    dateTh: { type: 'string', nullable: true, example: '28 ตุลาคม 2563', description: 'พ.ศ. / Buddhist era' },
    fiscalYear: { type: 'integer', nullable: true, example: 2564 },
    quarter: { type: 'integer', nullable: true, minimum: 1, maximum: 4 },
    rawDate: { type: 'string', nullable: true, example: '28/10/2563' },
    dateAmbiguous: { type: 'boolean' },
    value: nullableNumber,
    text: { type: 'string' },
    rawText: { type: 'string' },
    source: { type: 'string', enum: ['import', 'api'] },
  },
};

const summaryProperties: Record<string, SchemaObject> = {
  id: { type: 'string', format: 'uuid' },
  code: { type: 'string', nullable: true, example: '0411-0005' },
  title: nullableString,
  kpiType: { type: 'string', nullable: true, enum: ['routine', 'strategic', 'goalLevel'] },
  resultLevel: { type: 'string', nullable: true, enum: ['output', 'outcome'] },
  unit: { type: 'string', nullable: true, example: 'ร้อยละ' },
  fiscalYear: { type: 'integer', example: 2564, description: 'ปีงบประมาณ พ.ศ. / fiscal year (BE)' },
  agency: agencySummarySchema,
  planNode: { ...planNodeSummarySchema, nullable: true },
  target: nullableNumber,
  actual: nullableNumber,
  achievementPercent: nullableNumber,
  version: { type: 'integer' },
  updatedAt: { type: 'string', format: 'date-time' },
};

export const indicatorSummarySchema: SchemaObject = { type: 'object', properties: summaryProperties };

export const indicatorDetailSchema: SchemaObject = {
  type: 'object',
  properties: {
    ...summaryProperties,
    planPath: { type: 'array', items: planNodeSummarySchema },
    quarterTargets: {
      type: 'array',
      items: {
        type: 'object',
        properties: { quarter: { type: 'integer' }, plannedValue: nullableNumber, assessmentScore: nullableNumber, pairRaw: nullableString },
      },
    },
    progress: { type: 'array', items: progressSchema },
    definitions: { type: 'array', items: { type: 'object' } },
    calculation: { type: 'object', nullable: true },
    verification: { type: 'object', nullable: true },
    assessment: { type: 'object', nullable: true },
  },
};

export const importResponseSchema: SchemaObject = {
  type: 'object',
  properties: {
    outcome: { type: 'string', enum: ['created', 'updated', 'unchanged', 'parsed'] },
    indicatorId: { type: 'string', format: 'uuid', nullable: true },
    importId: { type: 'string', format: 'uuid', nullable: true },
    newProgressCount: { type: 'integer' },
    layout: { type: 'string', enum: ['headerless', 'full', 'cityIndicator'] },
    warnings: {
      type: 'array',
      items: {
        type: 'object',
        properties: { code: { type: 'string' }, line: { type: 'integer', nullable: true }, messageTh: { type: 'string' }, messageEn: { type: 'string' } },
      },
    },
    record: { type: 'object', description: 'บันทึกที่แยกวิเคราะห์แล้ว / the parsed record' },
  },
};

/** Schema of one page of a list. */
export function pageOf(items: SchemaObject): SchemaObject {
  return {
    type: 'object',
    properties: {
      items: { type: 'array', items },
      total: { type: 'integer' },
      page: { type: 'integer' },
      pageSize: { type: 'integer' },
    },
  };
}

export const agencySchema: SchemaObject = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    code: { type: 'string', nullable: true, example: '0411' },
    kind: { type: 'string', enum: ['administration', 'department', 'office', 'districtOffice', 'unit'] },
    nameTh: { type: 'string' },
    nameEn: nullableString,
    geocode: { type: 'string', nullable: true, description: 'รหัสเขตของกระทรวงมหาดไทย / Ministry of Interior geocode' },
    parentCode: nullableString,
  },
};

export const planNodeSchema: SchemaObject = {
  type: 'object',
  properties: { ...planNodeSummarySchema.properties, id: { type: 'string', format: 'uuid' }, editionCode: { type: 'string' }, parentCode: nullableString },
};
