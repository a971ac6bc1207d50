import type { SchemaObject } from '@nestjs/swagger';

// JSON schemas of the District Catalog (ระบบบริหารจัดการพื้นที่เขต) requests and responses, for the OpenAPI document.

const fiscalYear: SchemaObject = { type: 'integer', example: 2568, description: 'ปีงบประมาณ พ.ศ. / Buddhist-era fiscal year' };
const month: SchemaObject = { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$', example: '2024-11', description: 'เดือนที่รายงาน ค.ศ. / Reported month, YYYY-MM (CE)' };
const district: SchemaObject = { type: 'string', pattern: '^\\d{4}$', example: '1026', description: 'รหัสเขตของกรมการปกครอง / Ministry of Interior district geocode' };
const itemCode: SchemaObject = { type: 'string', example: 'MKT', description: 'รหัสรายการข้อมูล / Data item code' };
const dueDay: SchemaObject = { type: 'integer', minimum: 1, maximum: 31, description: 'วันที่ครบกำหนดส่ง (เกินสิ้นเดือนหมายถึงวันสุดท้ายของเดือน) / Due day; past the month end means its last day' };
const dueMonthOffset: SchemaObject = {
  type: 'integer',
  enum: [0, 1],
  description: '0 ครบกำหนดในเดือนที่รายงาน 1 ครบกำหนดในเดือนถัดไป / 0: due in the reported month, 1: in the month after',
};
const status: SchemaObject = {
  type: 'string',
  enum: ['onTime', 'late', 'missing', 'pending'],
  description: 'ตรงเวลา ล่าช้า ไม่ส่ง ยังไม่ถึงกำหนด (เวลากรุงเทพฯ) / On time, late, missing, not due yet (Bangkok time)',
};

export const districtItemRequestSchema: SchemaObject = {
  type: 'object',
  required: ['code', 'nameTh', 'datasetId', 'geometryExpected'],
  properties: {
    code: itemCode,
    nameTh: { type: 'string', example: 'ตลาดในพื้นที่เขต' },
    nameEn: { type: 'string', example: 'Markets in the district' },
    datasetId: { type: 'string', format: 'uuid', description: 'ชุดข้อมูลที่พจนานุกรมข้อมูลกำหนดฟิลด์ของระเบียน / Dataset whose dictionary defines the record fields' },
    geometryExpected: { type: 'boolean', description: 'ทุกระเบียนต้องมีรูปเรขาคณิต GeoJSON / Every record needs a GeoJSON geometry' },
    dueDay: { ...dueDay, description: 'กำหนดเฉพาะรายการนี้ / Overrides the list’s due day' },
    dueMonthOffset: { ...dueMonthOffset, description: 'กำหนดเฉพาะรายการนี้ / Overrides the list’s due month offset' },
  },
};

export const putDistrictItemListBodySchema: SchemaObject = {
  type: 'object',
  required: ['items'],
  properties: {
    dueDay: { ...dueDay, default: 15 },
    dueMonthOffset: { ...dueMonthOffset, default: 0 },
    items: { type: 'array', maxItems: 200, items: districtItemRequestSchema },
  },
};

const districtItemSchema: SchemaObject = {
  type: 'object',
  properties: {
    ...districtItemRequestSchema.properties,
    dueDay: { ...dueDay, nullable: true },
    dueMonthOffset: { ...dueMonthOffset, nullable: true },
    effectiveDueDay: dueDay,
    effectiveDueMonthOffset: dueMonthOffset,
  },
};

export const districtItemListSchema: SchemaObject = {
  type: 'object',
  properties: {
    fiscalYear,
    dueDay,
    dueMonthOffset,
    version: { type: 'integer', description: 'เพิ่มขึ้นทุกครั้งที่แทนที่รายการ / Incremented by every replacement' },
    updatedBy: { type: 'string' },
    updatedAt: { type: 'string', format: 'date-time' },
    items: { type: 'array', items: districtItemSchema },
    retiredItemCodes: { type: 'array', items: { type: 'string' }, description: 'รายการที่ถูกนำออกแต่ยังเก็บข้อมูลที่ส่งแล้ว / Removed items whose submissions are kept' },
  },
};

const recordSchema: SchemaObject = {
  type: 'object',
  required: ['values'],
  properties: {
    values: { type: 'object', additionalProperties: true, example: { market_name: 'ตลาดห้วยขวาง', stalls: 120 }, description: 'ค่าตามชื่อฟิลด์ในพจนานุกรมข้อมูล / Values by dictionary field name' },
    geometry: {
      type: 'object',
      example: { type: 'Point', coordinates: [100.5735, 13.7766] },
      description: 'GeoJSON Point, MultiPoint, Polygon หรือ MultiPolygon พิกัด [ลองจิจูด, ละติจูด] ในกรุงเทพฯ / GeoJSON in [lon, lat] inside Bangkok',
    },
  },
};

export const submitDistrictReportBodySchema: SchemaObject = {
  type: 'object',
  required: ['fiscalYear', 'district', 'itemCode', 'month', 'records'],
  properties: {
    fiscalYear,
    district,
    itemCode,
    month,
    records: { type: 'array', maxItems: 5000, items: recordSchema },
    reason: { type: 'string', description: 'เหตุผลที่แก้ไข ต้องระบุเมื่อเคยส่งแล้ว / Why it is corrected; required after the first submission' },
  },
};

const versionSchema: SchemaObject = {
  type: 'object',
  properties: {
    version: { type: 'integer' },
    records: { type: 'array', items: recordSchema },
    submittedBy: { type: 'string' },
    submittedAt: { type: 'string', format: 'date-time' },
    reason: { type: 'string', nullable: true },
  },
};

export const districtSubmissionSchema: SchemaObject = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    fiscalYear,
    district,
    itemCode,
    month,
    dueAt: { type: 'string', format: 'date-time', description: 'สิ้นวันครบกำหนดตามเวลากรุงเทพฯ / End of the due day in Bangkok' },
    status: { type: 'string', enum: ['onTime', 'late'], description: 'จากการส่งครั้งแรก / From the first submission' },
    firstSubmittedAt: { type: 'string', format: 'date-time' },
    version: { type: 'integer' },
    records: { type: 'array', items: recordSchema },
    history: { type: 'array', items: versionSchema, description: 'ทุกฉบับ เก่าสุดก่อน / Every version, oldest first' },
  },
};

const ratesSchema: SchemaObject = {
  type: 'object',
  properties: {
    district,
    nameTh: { type: 'string', example: 'สำนักงานเขตดินแดง' },
    onTime: { type: 'integer' },
    late: { type: 'integer' },
    missing: { type: 'integer' },
    pending: { type: 'integer' },
    due: { type: 'integer', description: 'ช่องที่ตรงเวลา ล่าช้า หรือไม่ส่ง (ตัวหาร) / On-time, late and missing cells: the denominator' },
    onTimePercent: { type: 'number', nullable: true, example: 25, description: 'ร้อยละ ทศนิยม 2 ตำแหน่ง / Percent to two decimals' },
    latePercent: { type: 'number', nullable: true },
    missingPercent: { type: 'number', nullable: true },
  },
};

export const districtMatrixSchema: SchemaObject = {
  type: 'object',
  properties: {
    fiscalYear,
    asOf: { type: 'string', format: 'date-time' },
    months: { type: 'array', items: month },
    items: { type: 'array', items: districtItemSchema },
    districts: { type: 'array', items: { type: 'object', properties: { geocode: district, nameTh: { type: 'string' }, nameEn: { type: 'string', nullable: true } } } },
    cells: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          district,
          itemCode,
          month,
          dueDate: { type: 'string', format: 'date' },
          status,
          firstSubmittedAt: { type: 'string', format: 'date-time', nullable: true },
          version: { type: 'integer', description: '0 เมื่อยังไม่ส่ง / 0 without a submission' },
        },
      },
    },
    rates: { type: 'array', items: ratesSchema },
  },
};

export const districtSweepBodySchema: SchemaObject = {
  type: 'object',
  properties: {
    asOf: { type: 'string', example: '2024-11-16', description: 'วันที่ (เริ่มวันตามเวลากรุงเทพฯ) หรือเวลา ISO 8601 ไม่เกินปัจจุบัน / Date (start of the Bangkok day) or ISO 8601 instant, not later than now' },
  },
};

export const districtSweepSchema: SchemaObject = {
  type: 'object',
  properties: {
    asOf: { type: 'string', format: 'date-time' },
    fiscalYears: { type: 'array', items: fiscalYear },
    newlyMissing: { type: 'integer', description: 'รายงานที่พบว่าขาดส่งครั้งแรก แต่ละรายการส่งเหตุการณ์หนึ่งครั้ง / Reports newly found missing, one event each' },
  },
};
