import type { SchemaObject } from '@nestjs/swagger';

import { PDPA_LEGAL_BASES } from '@bma-kpi/contracts-catalog';

import { pageOf } from './openapi.schemas';

// JSON schemas of the catalog responses, for the OpenAPI document. The contracts lib declares these
// shapes as TypeScript interfaces, which carry no runtime metadata for @nestjs/swagger to read.

const nullableString: SchemaObject = { type: 'string', nullable: true };

const datasetSummaryProperties: Record<string, SchemaObject> = {
  id: { type: 'string', format: 'uuid' },
  slug: { type: 'string', example: 'population-by-district', description: 'ชื่อ URL (CKAN name) / CKAN name' },
  agencyCode: { type: 'string', example: 'health-department', description: 'หน่วยงานเจ้าของ (owner_org) / Owner organisation' },
  titleTh: { type: 'string', example: 'จำนวนประชากรรายเขต' },
  titleEn: nullableString,
  datasetType: { type: 'string', example: 'ข้อมูลสถิติ' },
  dataCategory: { type: 'string', example: 'ข้อมูลสาธารณะ' },
  classification: { type: 'string', nullable: true, example: 'เปิดเผย' },
  lastUpdatedDate: { type: 'string', format: 'date', nullable: true },
  version: { type: 'integer' },
  createdAt: { type: 'string', format: 'date-time' },
  updatedAt: { type: 'string', format: 'date-time' },
};

export const datasetSummarySchema: SchemaObject = {
  type: 'object',
  properties: {
    ...datasetSummaryProperties,
    metadata: { type: 'object', description: 'เมทาดาตา thai_gdc มีเมื่อขอ withMetadata=true / thai_gdc metadata, only with withMetadata=true' },
  },
};

export const dictionaryFieldSchema: SchemaObject = {
  type: 'object',
  properties: {
    name: { type: 'string', example: 'district_code' },
    labelTh: { type: 'string', example: 'รหัสเขต' },
    description: nullableString,
    type: { type: 'string', enum: ['text', 'int', 'numeric', 'float', 'bool', 'date', 'time', 'timestamp', 'json'] },
    size: { type: 'integer', nullable: true },
    precision: { type: 'integer', nullable: true },
    unit: nullableString,
    required: { type: 'boolean' },
    primaryKey: { type: 'boolean' },
    allowedValues: { type: 'array', items: { type: 'string' } },
    minValue: { type: 'string', nullable: true, description: 'ค่าต่ำสุดที่อนุญาต / Smallest allowed value' },
    maxValue: { type: 'string', nullable: true, description: 'ค่าสูงสุดที่อนุญาต / Largest allowed value' },
    example: nullableString,
    personalData: { type: 'boolean' },
    personalDataLegalBasis: {
      type: 'string',
      nullable: true,
      enum: [...PDPA_LEGAL_BASES.map((basis) => basis.value), null],
      description: 'ฐานทางกฎหมายตาม พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล (เฉพาะฟิลด์ข้อมูลส่วนบุคคล) / PDPA legal basis, personal-data fields only',
    },
  },
};

export const datasetDetailSchema: SchemaObject = {
  type: 'object',
  properties: {
    ...datasetSummaryProperties,
    metadata: { type: 'object', description: 'เมทาดาตาตามแบบ thai_gdc / thai_gdc metadata under CKAN field names' },
    fields: { type: 'array', items: dictionaryFieldSchema },
    createdBy: { type: 'string' },
    updatedBy: { type: 'string' },
  },
};

export const dictionarySchema: SchemaObject = {
  type: 'object',
  properties: {
    datasetId: { type: 'string', format: 'uuid' },
    slug: { type: 'string' },
    resourceId: { type: 'string', format: 'uuid', nullable: true, description: 'null = พจนานุกรมของชุดข้อมูล / null for the dataset\'s own dictionary' },
    fields: { type: 'array', items: dictionaryFieldSchema },
  },
};

export const ckanPackageSchema: SchemaObject = {
  type: 'object',
  description: 'CKAN package dict สำหรับ package_create / for package_create, thai_gdc fields at the top level',
  properties: { name: { type: 'string' }, title: { type: 'string' }, resources: { type: 'array', items: { type: 'object' } } },
  additionalProperties: true,
};

export const dcatCatalogSchema: SchemaObject = {
  type: 'object',
  description: 'DCAT-AP JSON-LD (dcat:Catalog)',
  additionalProperties: true,
};

/** A page of datasets, with `match` naming how a `q` filter matched. */
export const datasetPageSchema: SchemaObject = {
  ...pageOf(datasetSummarySchema),
  properties: {
    ...pageOf(datasetSummarySchema).properties,
    match: {
      type: 'string',
      enum: ['words', 'similar'],
      description:
        'มีเมื่อค้นหาด้วย q: words = พบทุกคำ, similar = ไม่มีชุดข้อมูลที่มีครบทุกคำ จึงแสดงชื่อหรือคำสำคัญที่ใกล้เคียง / ' +
        'With q: words = every word occurs, similar = no dataset had every word, so similar titles or keywords are listed',
    },
  },
};
