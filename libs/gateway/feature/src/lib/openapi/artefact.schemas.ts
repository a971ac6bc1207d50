import type { SchemaObject } from '@nestjs/swagger';

import { ARTEFACT_KINDS, USAGE_SCOPES } from '@bma-kpi/contracts-catalog';

// JSON schemas of the governance artefact requests and responses, for the OpenAPI document. The
// contracts lib declares the responses as TypeScript interfaces, which carry no runtime metadata.

const sha256Schema: SchemaObject = { type: 'string', pattern: '^[0-9a-f]{64}$', description: 'SHA-256 ของไฟล์ / SHA-256 of the file' };
const kindSchema: SchemaObject = {
  type: 'string',
  enum: [...ARTEFACT_KINDS],
  description:
    'appointmentOrder คำสั่งแต่งตั้งคณะทำงาน, databaseDevelopmentPlan แผนพัฒนาฐานข้อมูล, catalogSubmission บัญชีรายการข้อมูล, ' +
    'evidenceOfUse หลักฐานการใช้ประโยชน์ / Artefact kind',
};
const usageScopeSchema: SchemaObject = {
  type: 'string',
  enum: [...USAGE_SCOPES],
  description: 'เฉพาะ evidenceOfUse: ภายในหน่วยงาน, ภายใน กทม., ภายนอก/สาธารณะ / evidenceOfUse only: internal, BMA-wide, public',
};

export const evidenceFileRequestSchema: SchemaObject = {
  type: 'object',
  required: ['sha256', 'fileName', 'contentType', 'sizeBytes'],
  properties: {
    sha256: sha256Schema,
    fileName: { type: 'string', maxLength: 255, example: 'คำสั่งแต่งตั้งคณะทำงาน.pdf' },
    contentType: { type: 'string', example: 'application/pdf' },
    sizeBytes: { type: 'integer', minimum: 0 },
  },
};

export const evidenceFileSchema: SchemaObject = {
  type: 'object',
  properties: {
    ...evidenceFileRequestSchema.properties,
    id: { type: 'string', format: 'uuid' },
    artefactId: { type: 'string', format: 'uuid' },
    uploadedBy: { type: 'string' },
    uploadedAt: { type: 'string', format: 'date-time' },
  },
};

export const artefactSchema: SchemaObject = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    agencyCode: { type: 'string', example: '0411' },
    fiscalYear: { type: 'integer', example: 2567, description: 'ปีงบประมาณ พ.ศ. / Buddhist-era fiscal year' },
    kind: kindSchema,
    usageScope: { ...usageScopeSchema, nullable: true },
    title: { type: 'string', example: 'คำสั่งแต่งตั้งคณะทำงานกำกับดูแลข้อมูลระดับหน่วยงาน' },
    version: { type: 'integer', example: 1 },
    supersedesId: { type: 'string', format: 'uuid', nullable: true },
    supersededById: { type: 'string', format: 'uuid', nullable: true, description: 'ฉบับที่มาแทน / Id of the newer version' },
    lockedAt: { type: 'string', format: 'date-time', nullable: true, description: 'ล็อกเมื่อผลประเมินลงนาม / Locked at sign-off' },
    lockedBy: { type: 'string', nullable: true, description: 'ผู้ล็อก / Who locked it' },
    lockReason: { type: 'string', nullable: true, description: 'เหตุผลที่ล็อก / Why it was locked' },
    lockEvaluationId: { type: 'string', nullable: true, description: 'ผลประเมินที่อ้างถึง / The signed-off evaluation that uses it' },
    createdBy: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' },
    evidence: { type: 'array', items: evidenceFileSchema },
  },
};

export const artefactListSchema: SchemaObject = {
  type: 'object',
  properties: { items: { type: 'array', items: artefactSchema }, total: { type: 'integer' } },
};

export const createArtefactBodySchema: SchemaObject = {
  type: 'object',
  required: ['agencyCode', 'fiscalYear', 'kind', 'title'],
  properties: {
    agencyCode: { type: 'string', maxLength: 100, example: '0411' },
    fiscalYear: { type: 'integer', minimum: 2400, maximum: 2800, example: 2567 },
    kind: kindSchema,
    usageScope: usageScopeSchema,
    title: { type: 'string', maxLength: 500 },
    evidence: { type: 'array', maxItems: 50, items: evidenceFileRequestSchema },
  },
};

export const supersedeArtefactBodySchema: SchemaObject = {
  type: 'object',
  required: ['title'],
  properties: {
    title: { type: 'string', maxLength: 500 },
    usageScope: usageScopeSchema,
    keepEvidence: { type: 'boolean', description: 'คัดลอกไฟล์หลักฐานของฉบับเดิม / Copy the old version’s evidence files' },
    evidence: { type: 'array', maxItems: 50, items: evidenceFileRequestSchema },
  },
};

export const lockArtefactBodySchema: SchemaObject = {
  type: 'object',
  required: ['reason'],
  properties: {
    reason: { type: 'string', maxLength: 1000, example: 'ลงนามผลการประเมินรอบไตรมาส 4' },
    evaluationId: { type: 'string', maxLength: 100 },
  },
};
