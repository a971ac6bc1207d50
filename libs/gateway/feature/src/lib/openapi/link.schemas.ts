import type { SchemaObject } from '@nestjs/swagger';

import { machineNamePattern } from '@bma-kpi/contracts-catalog';

// JSON schemas of the link requests and responses, for the OpenAPI document. The response shapes
// are TypeScript interfaces in the contracts lib, which carry no runtime metadata to read.

const nullableString: SchemaObject = { type: 'string', nullable: true };

export const linkIndicatorBodySchema: SchemaObject = {
  type: 'object',
  required: ['indicatorId'],
  additionalProperties: false,
  properties: {
    indicatorId: { type: 'string', format: 'uuid', description: 'รหัสตัวชี้วัด / Indicator id' },
    fieldName: {
      type: 'string',
      pattern: machineNamePattern.source,
      example: 'district_code',
      description:
        'ชื่อฟิลด์ในพจนานุกรมข้อมูลของชุดข้อมูล ไม่ระบุเพื่อเชื่อมทั้งชุดข้อมูล / ' +
        "Field of the dataset's data dictionary; leave out to link the whole dataset",
    },
    note: {
      type: 'string',
      maxLength: 1000,
      example: 'ใช้คอลัมน์ visits คำนวณผลการดำเนินงานรายเดือน',
      description: 'เหตุที่ตัวชี้วัดใช้ข้อมูลนี้ / Why the indicator depends on the data',
    },
  },
};

const linkedIndicatorSchema: SchemaObject = {
  type: 'object',
  nullable: true,
  properties: {
    id: { type: 'string', format: 'uuid' },
    code: { type: 'string', nullable: true, example: '0411-0005' },
    titleTh: { ...nullableString, description: 'ชื่อตัวชี้วัด / Thai name' },
    fiscalYear: { type: 'integer', example: 2564, description: 'ปีงบประมาณ พ.ศ. / fiscal year (BE)' },
    agencyCode: { type: 'string', nullable: true, example: '0411' },
  },
};

const indicatorStatusSchema: SchemaObject = {
  type: 'string',
  enum: ['available', 'notFound', 'unavailable'],
  description:
    'available มีรายละเอียด, notFound ไม่พบในบริการตัวชี้วัด, unavailable บริการตัวชี้วัดไม่ตอบ / ' +
    'available with details; notFound in the indicators service; unavailable when that service did not reply',
};

const linkProperties: Record<string, SchemaObject> = {
  id: { type: 'string', format: 'uuid' },
  datasetId: { type: 'string', format: 'uuid' },
  indicatorId: { type: 'string', format: 'uuid' },
  field: {
    type: 'object',
    nullable: true,
    description: 'null เมื่อเชื่อมทั้งชุดข้อมูล / null for a link to the whole dataset',
    properties: { id: { type: 'string', format: 'uuid' }, name: { type: 'string' }, labelTh: { type: 'string' } },
  },
  note: { ...nullableString, description: 'เหตุที่ตัวชี้วัดใช้ข้อมูลนี้ / Why the indicator depends on the data' },
  createdBy: { type: 'string' },
  createdAt: { type: 'string', format: 'date-time' },
};

export const datasetIndicatorLinkSchema: SchemaObject = {
  type: 'object',
  properties: { ...linkProperties, indicator: linkedIndicatorSchema, indicatorStatus: indicatorStatusSchema },
};

export const datasetIndicatorsSchema: SchemaObject = {
  type: 'object',
  properties: {
    datasetId: { type: 'string', format: 'uuid' },
    slug: { type: 'string' },
    items: { type: 'array', items: datasetIndicatorLinkSchema },
  },
};

const linkedDatasetSchema: SchemaObject = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    slug: { type: 'string' },
    titleTh: { type: 'string' },
    titleEn: nullableString,
    agencyCode: { type: 'string' },
    dataCategory: { type: 'string', example: 'ข้อมูลสาธารณะ' },
    classification: { type: 'string', nullable: true, example: 'เปิดเผย' },
    isPublic: { type: 'boolean', description: 'เป็นข้อมูลสาธารณะ / Public data' },
  },
};

export const indicatorDatasetsSchema: SchemaObject = {
  type: 'object',
  properties: {
    indicatorId: { type: 'string', format: 'uuid' },
    indicator: linkedIndicatorSchema,
    indicatorStatus: indicatorStatusSchema,
    items: { type: 'array', items: { type: 'object', properties: { ...linkProperties, dataset: linkedDatasetSchema } } },
  },
};
