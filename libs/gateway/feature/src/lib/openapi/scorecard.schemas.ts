import type { SchemaObject } from '@nestjs/swagger';

const measureSchema: SchemaObject = {
  type: 'object',
  properties: {
    count: { type: 'integer', example: 12 },
    total: { type: 'integer', example: 15 },
    percent: { type: 'number', nullable: true, example: 80, description: 'ร้อยละ ทศนิยม 1 ตำแหน่ง หรือ null เมื่อ total เป็น 0 / Percent to one decimal, null when total is 0' },
  },
};

const nullableScore: SchemaObject = { type: 'number', nullable: true, description: 'คะแนน 0–100 ทศนิยม 2 ตำแหน่ง null คือยังไม่ได้ประเมิน / Score 0–100, 2 decimals; null means not assessed' };

const dataQualitySchema: SchemaObject = {
  type: 'object',
  description:
    'ค่าเฉลี่ยคะแนนคุณภาพข้อมูลของชุดข้อมูลในหน่วยงาน นับผลประเมินล่าสุดที่เสร็จในปีงบประมาณ (เวลากรุงเทพฯ) ของแต่ละชุดข้อมูล / ' +
    "Mean data quality scores of the agency's datasets, each counted by its latest assessment finished in the fiscal year (Bangkok time)",
  properties: {
    completeness: { ...nullableScore, description: 'ความครบถ้วน / Completeness' },
    validity: { ...nullableScore, description: 'ความถูกต้อง / Validity' },
    uniqueness: { ...nullableScore, description: 'ความไม่ซ้ำของคีย์หลัก / Primary-key uniqueness' },
    encoding: { ...nullableScore, description: 'การเข้ารหัสอักษรไทย / Thai text encoding' },
    timeliness: { ...nullableScore, description: 'ความเป็นปัจจุบัน / Timeliness' },
    overall: { ...nullableScore, description: 'คะแนนรวม / Overall' },
    assessedDatasets: { type: 'integer', description: 'ชุดข้อมูลที่ประเมินเสร็จในปีงบประมาณ / Datasets with a finished assessment in the fiscal year' },
    notAssessedDatasets: { type: 'integer', description: 'ชุดข้อมูลที่ยังไม่มีผลประเมินในปีงบประมาณ / Datasets without one' },
  },
};

const assessmentScoresSchema: SchemaObject = {
  type: 'object',
  description:
    'คะแนนจากการประเมินที่ยอมรับแล้วและการประเมินคุณภาพข้อมูลของปีงบประมาณ / Scores of the accepted assessments and the data quality assessments of the fiscal year',
  properties: {
    readiness: { ...nullableScore, description: 'ความพร้อมธรรมาภิบาลข้อมูล / Readiness; null when not assessed' },
    security: {
      type: 'object',
      properties: {
        averageScore: { ...nullableScore, description: 'ค่าเฉลี่ยความมั่นคงปลอดภัยของชุดข้อมูลที่ประเมินแล้ว / Mean security score of assessed datasets' },
        assessedDatasets: { type: 'integer' },
        datasets: { type: 'integer' },
      },
    },
    dataQuality: dataQualitySchema,
  },
};

const agencyScorecardSchema: SchemaObject = {
  type: 'object',
  properties: {
    agencyCode: { type: 'string', example: '0411' },
    datasets: { type: 'integer' },
    metadataComplete: { ...measureSchema, description: 'เมทาดาตาครบตามแบบ thai_gdc / Metadata passes every thai_gdc rule' },
    withDictionary: { ...measureSchema, description: 'มีพจนานุกรมข้อมูล / Has a data dictionary' },
    classified: { ...measureSchema, description: 'ระบุชั้นความลับแล้ว / Classification level chosen' },
    owned: { ...measureSchema, description: 'ระบุผู้ติดต่อและอีเมล / Contact unit and e-mail given' },
    updatedOnTime: {
      ...measureSchema,
      description: 'ปรับปรุงตามความถี่ที่ประกาศ (นับเฉพาะที่ระบุรอบ) / Updated as often as declared, out of datasets with a period',
    },
    artefacts: { ...measureSchema, description: 'เอกสารธรรมาภิบาลข้อมูลที่มีหลักฐาน / Required governance artefacts with evidence' },
    missingArtefacts: { type: 'array', items: { type: 'string' }, example: ['databaseDevelopmentPlan', 'evidenceOfUse:public'] },
    assessments: assessmentScoresSchema,
    staleDatasets: {
      type: 'array',
      description: 'ชุดข้อมูลที่เลยกำหนดปรับปรุง (เฉพาะเมื่อระบุหน่วยงาน) / Datasets past their update due date, only when one agency is requested',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string', format: 'uuid' },
          slug: { type: 'string' },
          titleTh: { type: 'string' },
          lastUpdatedDate: { type: 'string', format: 'date', nullable: true },
          dueDate: { type: 'string', format: 'date', nullable: true },
        },
      },
    },
  },
};

export const governanceScorecardSchema: SchemaObject = {
  type: 'object',
  properties: {
    fiscalYear: { type: 'integer', example: 2569, description: 'ปีงบประมาณ (พ.ศ.) / Fiscal year (BE)' },
    asOf: { type: 'string', format: 'date', description: 'วันที่ใช้เทียบกำหนดปรับปรุง (เวลากรุงเทพฯ) / Bangkok date compared with due dates' },
    agencies: { type: 'array', items: agencyScorecardSchema },
  },
};
