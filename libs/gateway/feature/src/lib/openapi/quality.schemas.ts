import type { SchemaObject } from '@nestjs/swagger';

const score = (th: string, en: string): SchemaObject => ({ type: 'number', nullable: true, minimum: 0, maximum: 100, example: 97.5, description: `${th} / ${en}` });

export const qualityScoresSchema: SchemaObject = {
  type: 'object',
  description: 'คะแนน 0–100 ทศนิยม 2 ตำแหน่ง null เมื่อไม่ได้ประเมินมิตินั้น / Scores 0–100 with two decimals, null when a dimension was not assessed',
  properties: {
    completeness: score('ความครบถ้วนของเซลล์ที่ต้องมีค่า', 'Filled required cells'),
    validity: score('ค่าที่ถูกต้องตามพจนานุกรม', 'Values valid for the dictionary'),
    uniqueness: score('แถวที่คีย์หลักไม่ซ้ำ', 'Rows with a unique primary key'),
    encoding: score('เซลล์ที่ไม่มีปัญหาการเข้ารหัสภาษาไทย', 'Cells without Thai encoding problems'),
    timeliness: score('100 เมื่อปรับปรุงตามความถี่ 0 เมื่อเลยกำหนด', '100 when updated as declared, 0 when stale'),
    overall: score('ค่าเฉลี่ยของมิติที่ประเมิน', 'Mean of the assessed dimensions'),
  },
};

export const qualityAssessmentSchema: SchemaObject = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    datasetId: { type: 'string', format: 'uuid' },
    resourceId: { type: 'string', format: 'uuid' },
    sha256: { type: 'string', description: 'SHA-256 ของไฟล์ที่ประเมิน / SHA-256 of the assessed file' },
    format: { type: 'string', enum: ['CSV', 'XLSX'] },
    status: { type: 'string', enum: ['queued', 'running', 'done', 'failed'] },
    trigger: { type: 'string', enum: ['upload', 'request'] },
    requestedBy: { type: 'string' },
    progress: {
      type: 'object',
      properties: {
        rowsProcessed: { type: 'integer' },
        bytesRead: { type: 'integer' },
        bytesTotal: { type: 'integer' },
        percent: { type: 'integer', description: 'ร้อยละของไบต์ที่อ่านแล้ว / Percent of bytes read' },
      },
    },
    scores: qualityScoresSchema,
    counts: { type: 'object', nullable: true, description: 'จำนวนแถว เซลล์ และข้อค้นพบตามกฎ / Row, cell and per-rule finding counts' },
    findingsTotal: { type: 'integer' },
    reportAvailable: { type: 'boolean' },
    errorMessage: { type: 'string', nullable: true },
    createdAt: { type: 'string', format: 'date-time' },
    startedAt: { type: 'string', format: 'date-time', nullable: true },
    finishedAt: { type: 'string', format: 'date-time', nullable: true },
  },
};

const pageProperties = { total: { type: 'integer' }, page: { type: 'integer' }, pageSize: { type: 'integer' } } as const;

export const qualityHistorySchema: SchemaObject = {
  type: 'object',
  properties: { items: { type: 'array', items: qualityAssessmentSchema }, ...pageProperties },
};

export const qualityFindingsSchema: SchemaObject = {
  type: 'object',
  properties: {
    assessmentId: { type: 'string', format: 'uuid' },
    items: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          position: { type: 'integer' },
          row: { type: 'integer', nullable: true, description: 'แถวในไฟล์ (หัวตารางคือแถว 1) / Row in the file, the header being row 1' },
          column: { type: 'string', nullable: true },
          rule: { type: 'string', example: 'requiredBlank' },
          dimension: { type: 'string', enum: ['completeness', 'validity', 'uniqueness', 'encoding', 'timeliness'] },
          messageTh: { type: 'string' },
          messageEn: { type: 'string' },
          value: { type: 'string', nullable: true },
        },
      },
    },
    ...pageProperties,
  },
};

export const agencyQualitySchema: SchemaObject = {
  type: 'object',
  properties: {
    fiscalYear: { type: 'integer', nullable: true, example: 2569 },
    agencies: {
      type: 'array',
      items: { type: 'object', properties: { agencyCode: { type: 'string' }, datasets: { type: 'integer' }, scores: qualityScoresSchema } },
    },
  },
};
