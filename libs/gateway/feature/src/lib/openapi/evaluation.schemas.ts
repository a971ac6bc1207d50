import type { SchemaObject } from '@nestjs/swagger';

// JSON schemas of the evaluation responses for the OpenAPI document; the contracts declare these
// shapes as TypeScript interfaces, which carry no runtime metadata for @nestjs/swagger.

const date: SchemaObject = { type: 'string', format: 'date' };

export const roundSchema: SchemaObject = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    fiscalYear: { type: 'integer', example: 2564, description: 'ปีงบประมาณ พ.ศ. / Fiscal year (BE)' },
    quarter: { type: 'integer', example: 1 },
    status: { type: 'string', enum: ['open', 'signedOff'] },
    phase: {
      type: 'string',
      enum: ['upcoming', 'entry', 'review', 'overdue', 'signedOff'],
      description: 'ช่วงปัจจุบันตามเวลากรุงเทพฯ / Phase now, in Bangkok time',
    },
    entryDeadline: { ...date, description: 'วันสุดท้ายที่หน่วยงานรายงานผล / Last day for agencies to enter progress' },
    reviewUntil: { ...date, description: 'วันสุดท้ายของการพิจารณา / Last day of the review' },
    signedOffAt: { type: 'string', format: 'date-time', nullable: true },
    signedOffBy: { type: 'string', nullable: true },
    version: { type: 'integer' },
  },
};

export const roundPageSchema: SchemaObject = {
  type: 'object',
  properties: { items: { type: 'array', items: roundSchema }, total: { type: 'integer' } },
};

const assignmentSchema: SchemaObject = {
  type: 'object',
  properties: {
    indicatorId: { type: 'string', format: 'uuid' },
    fiscalYear: { type: 'integer' },
    model: { type: 'object', description: 'achievement, milestone หรือ weighted / achievement, milestone or weighted' },
    accumulation: { type: 'string', enum: ['cumulative', 'flow'] },
    baseline: { type: 'number', nullable: true, description: 'ค่าฐานของตัวชี้วัดที่ยิ่งน้อยยิ่งดี / Starting value of a lower-is-better indicator' },
    version: { type: 'integer' },
    assignedBy: { type: 'string' },
    assignedAt: { type: 'string', format: 'date-time' },
    supersededAt: { type: 'string', format: 'date-time', nullable: true },
  },
};

export const modelSchema: SchemaObject = {
  type: 'object',
  properties: { current: { ...assignmentSchema, nullable: true }, history: { type: 'array', items: assignmentSchema } },
};

export const evaluationSchema: SchemaObject = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid', nullable: true },
    round: roundSchema,
    indicatorId: { type: 'string', format: 'uuid' },
    agencyCode: { type: 'string', nullable: true },
    state: { type: 'string', example: 'scored' },
    quarterValue: { type: 'object', description: 'ค่าของไตรมาสจากรายงานรายเดือน / The quarter value from monthly progress' },
    score: { type: 'object', nullable: true, description: 'คะแนนตามวิธีคิดคะแนน / The score under the scoring model' },
    scoreIsPreview: { type: 'boolean' },
    flags: {
      type: 'array',
      description: 'ข้อสังเกตความสอดคล้องของข้อมูล / Consistency flags',
      items: {
        type: 'object',
        properties: {
          code: { type: 'string', example: 'NARRATIVE_CONTRADICTS_RESULT' },
          messageTh: { type: 'string' },
          messageEn: { type: 'string' },
          progressIds: { type: 'array', items: { type: 'string' } },
        },
      },
    },
    reopenedValue: { type: 'string', nullable: true },
    inputChangedAt: {
      type: 'string',
      format: 'date-time',
      nullable: true,
      description: 'ตัวชี้วัดหรือผลการดำเนินงานเปลี่ยนหลังให้คะแนน ควรให้คะแนนใหม่ / The indicator or its progress changed after the score; score again',
    },
    version: { type: 'integer' },
    transitions: { type: 'array', items: { type: 'object' } },
  },
};

const shareSchema: SchemaObject = { type: 'number', nullable: true, description: 'ปัดครึ่งขึ้น 2 ตำแหน่ง / Rounded half-up to 2 decimals' };

const summaryStatsSchema: SchemaObject = {
  type: 'object',
  properties: {
    quarter: { type: 'integer', example: 2 },
    indicators: { type: 'integer', description: 'จำนวนตัวชี้วัด / Indicators' },
    scored: { type: 'integer', description: 'มีคะแนน / With a score' },
    unscorable: { type: 'integer', description: 'คิดคะแนนไม่ได้ เช่น ขาดข้อมูลบางเดือน / Without a score, e.g. a missing month' },
    metTarget: { type: 'integer', description: 'บรรลุเป้าหมาย (ร้อยละ ≥ 100 ก่อนปัดเศษ) / Met the target (≥ 100 % before rounding)' },
    shareMetTarget: { ...shareSchema, description: 'ร้อยละที่บรรลุเป้าหมายของที่มีคะแนน / Share meeting target among those scored' },
    averagePercent: { ...shareSchema, description: 'คะแนนเฉลี่ย / Mean score' },
    flagged: { type: 'integer', description: 'มีข้อสังเกตความสอดคล้อง / With a consistency flag' },
    states: { type: 'object', additionalProperties: { type: 'integer' }, example: { notStarted: 3, scored: 2 } },
  },
};

const summaryGroupSchema: SchemaObject = {
  type: 'object',
  properties: {
    key: { type: 'string', example: '0411', description: 'รหัสหน่วยงาน รหัสแผน หรือประเภท; none = ไม่ระบุ / Agency, plan node or type; none = not stated' },
    nameTh: { type: 'string', example: 'สำนักยุทธศาสตร์และประเมินผล' },
    nameEn: { type: 'string', nullable: true },
    current: summaryStatsSchema,
    trend: { type: 'array', items: summaryStatsSchema, description: 'ไตรมาส 1 ถึงไตรมาสที่ขอ / Quarter 1 up to the quarter asked for' },
  },
};

export const summarySchema: SchemaObject = {
  type: 'object',
  properties: {
    fiscalYear: { type: 'integer', example: 2564 },
    quarter: { type: 'integer', example: 2 },
    groupBy: { type: 'string', enum: ['agency', 'planNode', 'kpiType'] },
    planLevel: { type: 'string', nullable: true, enum: ['dimension', 'subDimension', 'goal'] },
    agency: { type: 'string', nullable: true },
    groups: { type: 'array', items: summaryGroupSchema },
    overall: { type: 'object', properties: { current: summaryStatsSchema, trend: { type: 'array', items: summaryStatsSchema } } },
    sources: {
      type: 'object',
      description: 'คะแนนที่บันทึกแล้วหรือคำนวณจากข้อมูลปัจจุบัน / Stored scores and previews from current data',
      properties: { stored: { type: 'integer' }, preview: { type: 'integer' } },
    },
  },
};
