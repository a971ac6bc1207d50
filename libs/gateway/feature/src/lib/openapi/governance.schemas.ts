import type { SchemaObject } from '@nestjs/swagger';

import {
  ASSESSMENT_KINDS,
  ASSESSMENT_STATUSES,
  AUTO_CHECKS,
  CLASSIFICATION_LEVELS,
  DATA_CATEGORIES,
  EVIDENCE_REQUIREMENTS,
  REVIEW_DECISIONS,
} from '@bma-kpi/contracts-catalog';

import { evidenceFileRequestSchema } from './artefact.schemas';

// JSON schemas of the questionnaire and assessment requests and responses, for the OpenAPI
// document. The contracts lib declares responses as interfaces, which carry no runtime metadata.

const kindSchema: SchemaObject = {
  type: 'string',
  enum: [...ASSESSMENT_KINDS],
  description: 'readiness ความพร้อมธรรมาภิบาลข้อมูลของหน่วยงาน, security ความมั่นคงปลอดภัยของชุดข้อมูล / Assessment kind',
};
const scoreSchema: SchemaObject = { type: 'number', nullable: true, minimum: 0, maximum: 100, description: 'คะแนน 0–100 ทศนิยม 2 ตำแหน่ง / Score 0–100, 2 decimals' };
const codeSchema: SchemaObject = { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$' };
const choiceList = (values: readonly { value: string }[]): SchemaObject => ({ type: 'array', items: { type: 'string', enum: values.map((choice) => choice.value) } });

const optionSchema: SchemaObject = {
  type: 'object',
  required: ['value', 'labelTh', 'labelEn', 'points'],
  properties: { value: codeSchema, labelTh: { type: 'string' }, labelEn: { type: 'string' }, points: { type: 'number', minimum: 0, maximum: 10000 } },
};

const questionSchema: SchemaObject = {
  type: 'object',
  required: ['code', 'textTh', 'textEn', 'weight', 'evidence', 'options'],
  properties: {
    code: codeSchema,
    textTh: { type: 'string' },
    textEn: { type: 'string' },
    weight: { type: 'number', minimum: 0.0001, description: 'น้ำหนักในองค์ประกอบ / Weight within the component' },
    evidence: { type: 'string', enum: [...EVIDENCE_REQUIREMENTS], description: 'หลักฐานที่ต้องแนบ / Evidence the answer needs' },
    options: { type: 'array', minItems: 1, maxItems: 20, items: optionSchema },
    appliesTo: {
      type: 'object',
      nullable: true,
      description: 'เฉพาะ security: ชุดข้อมูลที่ข้อนี้ใช้ / security only: datasets the item applies to',
      properties: { classifications: choiceList(CLASSIFICATION_LEVELS), exceptClassifications: choiceList(CLASSIFICATION_LEVELS), categories: choiceList(DATA_CATEGORIES) },
    },
    autoCheck: { type: 'string', nullable: true, enum: [...AUTO_CHECKS], description: 'เฉพาะ security: ระบบตรวจเอง / security only: checked by the service' },
  },
};

const componentSchema: SchemaObject = {
  type: 'object',
  required: ['code', 'nameTh', 'nameEn', 'weight', 'questions'],
  properties: {
    code: codeSchema,
    nameTh: { type: 'string' },
    nameEn: { type: 'string' },
    weight: { type: 'number', minimum: 0.0001, description: 'น้ำหนักในคะแนนรวม / Weight in the overall score' },
    questions: { type: 'array', minItems: 1, maxItems: 100, items: questionSchema },
  },
};

export const createQuestionnaireBodySchema: SchemaObject = {
  type: 'object',
  required: ['kind', 'titleTh', 'titleEn', 'components'],
  properties: { kind: kindSchema, titleTh: { type: 'string' }, titleEn: { type: 'string' }, components: { type: 'array', minItems: 1, maxItems: 30, items: componentSchema } },
};

export const questionnaireSchema: SchemaObject = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    kind: kindSchema,
    version: { type: 'integer', example: 1 },
    titleTh: { type: 'string' },
    titleEn: { type: 'string' },
    source: { type: 'string', enum: ['default', 'custom'], description: 'default จากไฟล์ตัวอย่างของระบบ, custom จากผู้ดูแล / Shipped example or posted by an administrator' },
    components: { type: 'array', items: componentSchema },
    createdBy: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' },
  },
};

export const questionnaireListSchema: SchemaObject = { type: 'object', properties: { items: { type: 'array', items: questionnaireSchema }, total: { type: 'integer' } } };

export const startAssessmentBodySchema: SchemaObject = {
  type: 'object',
  required: ['kind', 'fiscalYear'],
  properties: {
    kind: kindSchema,
    fiscalYear: { type: 'integer', example: 2568, description: 'ปีงบประมาณ พ.ศ. / Buddhist-era fiscal year' },
    agencyCode: { type: 'string', description: 'จำเป็นสำหรับ readiness / Required for readiness' },
    dataset: { type: 'string', description: 'รหัสหรือชื่อชุดข้อมูล จำเป็นสำหรับ security / Dataset id or slug, required for security' },
  },
};

export const saveAnswersBodySchema: SchemaObject = {
  type: 'object',
  required: ['answers'],
  properties: {
    answers: {
      type: 'array',
      minItems: 1,
      maxItems: 300,
      items: {
        type: 'object',
        required: ['questionCode', 'optionValue'],
        properties: {
          questionCode: codeSchema,
          optionValue: codeSchema,
          note: { type: 'string', maxLength: 4000 },
          documents: { type: 'array', maxItems: 20, items: evidenceFileRequestSchema, description: 'ไฟล์ที่อัปโหลดแล้ว / Files already uploaded' },
          links: { type: 'array', maxItems: 20, items: { type: 'string', format: 'uri' } },
        },
      },
    },
  },
};

export const reviewAssessmentBodySchema: SchemaObject = {
  type: 'object',
  required: ['decision'],
  properties: {
    decision: { type: 'string', enum: [...REVIEW_DECISIONS], description: 'accept ยอมรับ, reject ปฏิเสธ, requestEvidence ส่งคืนขอหลักฐานเพิ่ม / Decision' },
    reason: { type: 'string', maxLength: 4000, description: 'จำเป็นเว้นแต่ accept / Required unless accept' },
    answers: {
      type: 'array',
      items: {
        type: 'object',
        required: ['questionCode', 'decision'],
        properties: { questionCode: codeSchema, decision: { type: 'string', enum: [...REVIEW_DECISIONS] }, reason: { type: 'string', maxLength: 4000 } },
      },
    },
  },
};

const componentScoreSchema: SchemaObject = {
  type: 'object',
  properties: {
    code: codeSchema,
    nameTh: { type: 'string' },
    nameEn: { type: 'string' },
    weight: { type: 'number' },
    score: scoreSchema,
    applicable: { type: 'integer' },
    answered: { type: 'integer' },
  },
};

export const assessmentSummarySchema: SchemaObject = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    kind: kindSchema,
    agencyCode: { type: 'string' },
    fiscalYear: { type: 'integer' },
    datasetId: { type: 'string', format: 'uuid', nullable: true },
    datasetCategory: { type: 'string', nullable: true },
    datasetClassification: { type: 'string', nullable: true },
    questionnaireId: { type: 'string', format: 'uuid' },
    questionnaireVersion: { type: 'integer' },
    status: { type: 'string', enum: [...ASSESSMENT_STATUSES] },
    submissionCount: { type: 'integer' },
    scores: { type: 'object', properties: { overall: scoreSchema, components: { type: 'array', items: componentScoreSchema } } },
    version: { type: 'integer' },
    createdBy: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' },
    submittedAt: { type: 'string', format: 'date-time', nullable: true },
    reviewedAt: { type: 'string', format: 'date-time', nullable: true },
  },
};

export const assessmentDetailSchema: SchemaObject = {
  type: 'object',
  properties: {
    ...assessmentSummarySchema.properties,
    answers: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          questionCode: codeSchema,
          optionValue: codeSchema,
          points: { type: 'number' },
          note: { type: 'string', nullable: true },
          documents: { type: 'array', items: evidenceFileRequestSchema },
          links: { type: 'array', items: { type: 'string' } },
          automatic: { type: 'boolean', description: 'ระบบตอบเอง / Answered by the service' },
          reviewStatus: { type: 'string', enum: ['pending', 'accepted', 'rejected', 'evidenceRequested'] },
          reviewReason: { type: 'string', nullable: true },
          answeredBy: { type: 'string' },
          answeredAt: { type: 'string', format: 'date-time' },
        },
      },
    },
    reviews: {
      type: 'array',
      description: 'ประวัติการตรวจ / Review history',
      items: {
        type: 'object',
        properties: {
          round: { type: 'integer' },
          questionCode: { type: 'string', nullable: true },
          decision: { type: 'string', enum: [...REVIEW_DECISIONS] },
          reason: { type: 'string', nullable: true },
          reviewedBy: { type: 'string' },
          reviewedAt: { type: 'string', format: 'date-time' },
        },
      },
    },
    comparison: {
      type: 'object',
      description: 'เทียบกับปีงบประมาณก่อน (เฉพาะที่ยอมรับแล้ว) / Change since the previous fiscal year’s accepted assessment',
      properties: {
        previousFiscalYear: { type: 'integer' },
        previousAssessmentId: { type: 'string', format: 'uuid', nullable: true },
        previousOverall: scoreSchema,
        overallDelta: { type: 'number', nullable: true },
        components: {
          type: 'array',
          items: { type: 'object', properties: { code: codeSchema, previousScore: scoreSchema, delta: { type: 'number', nullable: true } } },
        },
      },
    },
  },
};

export const assessmentListSchema: SchemaObject = { type: 'object', properties: { items: { type: 'array', items: assessmentSummarySchema }, total: { type: 'integer' } } };
