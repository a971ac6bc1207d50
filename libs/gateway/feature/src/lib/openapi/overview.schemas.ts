import type { SchemaObject } from '@nestjs/swagger';

import { evaluationSchema } from './evaluation.schemas';
import { indicatorDatasetsSchema } from './link.schemas';
import { indicatorDetailSchema, progressSchema } from './openapi.schemas';

// JSON schema of GET /indicators/{id}/overview. Each section is either its data or the reason the
// service that owns it did not provide it.

/** Wraps a section's data schema in the ok-or-unavailable envelope. */
function sectionOf(data: SchemaObject, description: string): SchemaObject {
  return {
    description,
    oneOf: [
      { type: 'object', required: ['status', 'data'], properties: { status: { type: 'string', enum: ['ok'] }, data } },
      {
        type: 'object',
        required: ['status', 'code', 'messageTh', 'messageEn'],
        properties: {
          status: { type: 'string', enum: ['unavailable'] },
          code: { type: 'string', example: 'SERVICE_TIMEOUT' },
          messageTh: { type: 'string' },
          messageEn: { type: 'string' },
        },
      },
    ],
  };
}

const detailProperties = indicatorDetailSchema.properties ?? {};
const evaluationProperties = evaluationSchema.properties ?? {};

const quarterEvaluationSchema: SchemaObject = {
  type: 'object',
  properties: {
    quarter: { type: 'integer', minimum: 1, maximum: 4 },
    status: { type: 'string', enum: ['evaluated', 'noRound'], description: 'noRound: ยังไม่เปิดรอบประเมิน / no round opened yet' },
    evaluation: {
      type: 'object',
      properties: {
        id: evaluationProperties['id'] ?? { type: 'string', nullable: true },
        state: evaluationProperties['state'] ?? { type: 'string' },
        quarterValue: evaluationProperties['quarterValue'] ?? { type: 'object' },
        score: evaluationProperties['score'] ?? { type: 'object', nullable: true },
        scoreIsPreview: { type: 'boolean' },
        inputChangedAt: { type: 'string', format: 'date-time', nullable: true },
        version: { type: 'integer' },
        roundPhase: { type: 'string', enum: ['upcoming', 'entry', 'review', 'overdue', 'signedOff'] },
      },
    },
  },
};

export const overviewSchema: SchemaObject = {
  type: 'object',
  properties: {
    indicatorId: { type: 'string', format: 'uuid' },
    definition: sectionOf({ type: 'object', description: 'ตัวชี้วัดโดยไม่มีค่าเป้าหมายและผล / The indicator without targets and progress' }, 'นิยาม / Definition'),
    targets: sectionOf(
      {
        type: 'object',
        properties: {
          target: detailProperties['target'] ?? { type: 'number', nullable: true },
          quarterTargets: detailProperties['quarterTargets'] ?? { type: 'array', items: { type: 'object' } },
          assessment: detailProperties['assessment'] ?? { type: 'object', nullable: true },
        },
      },
      'ค่าเป้าหมาย / Targets',
    ),
    progress: sectionOf(
      {
        type: 'object',
        properties: {
          actual: { type: 'number', nullable: true },
          achievementPercent: { type: 'number', nullable: true },
          items: { type: 'array', items: progressSchema },
        },
      },
      'ผลการดำเนินงาน / Progress',
    ),
    evaluations: sectionOf(
      { type: 'object', properties: { fiscalYear: { type: 'integer', example: 2567 }, quarters: { type: 'array', items: quarterEvaluationSchema } } },
      'ผลการประเมินรายไตรมาส / Evaluation of each quarter',
    ),
    datasets: sectionOf(
      { type: 'object', properties: { items: indicatorDatasetsSchema.properties?.['items'] ?? { type: 'array', items: { type: 'object' } } } },
      'ชุดข้อมูลที่เชื่อมโยง / Linked datasets',
    ),
    flags: sectionOf(
      {
        type: 'object',
        properties: {
          items: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                quarter: { type: 'integer' },
                code: { type: 'string' },
                messageTh: { type: 'string' },
                messageEn: { type: 'string' },
                progressIds: { type: 'array', items: { type: 'string', format: 'uuid' } },
              },
            },
          },
        },
      },
      'ข้อสังเกตจากการตรวจความสอดคล้อง / Consistency flags of the evaluations',
    ),
  },
};
