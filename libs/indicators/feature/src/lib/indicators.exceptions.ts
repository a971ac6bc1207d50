import { DomainException } from '@bma-kpi/errors';
import { IndicatorsErrorCode } from '@bma-kpi/contracts-indicators';

// Dates travel in the Christian era; a year past 2400 is almost surely a Buddhist-era year.
const looksBuddhistEra = (isoDate: string) => Number(isoDate.slice(0, 4)) >= 2400;
const eraHintEn = (isoDate: string) => (looksBuddhistEra(isoDate) ? ' Write dates in the Christian era (BE − 543).' : '');
const eraHintTh = (isoDate: string) => (looksBuddhistEra(isoDate) ? ' โปรดระบุวันที่เป็น ค.ศ. (พ.ศ. − 543)' : '');

/** Bilingual domain exceptions of the indicators service. */
export const IndicatorsExceptions = {
  indicatorNotFound: (id: string) =>
    new DomainException(
      IndicatorsErrorCode.indicatorNotFound,
      `Indicator ${id} does not exist.`,
      `ไม่พบตัวชี้วัดรหัส ${id}`,
    ),
  versionConflict: (id: string, expected: number) =>
    new DomainException(
      IndicatorsErrorCode.versionConflict,
      `Indicator ${id} changed since version ${expected}. Reload it and apply your change again.`,
      `ตัวชี้วัด ${id} ถูกแก้ไขหลังฉบับที่ ${expected} แล้ว โปรดโหลดข้อมูลใหม่แล้วแก้ไขอีกครั้ง`,
      { details: { expectedVersion: expected } },
    ),
  indicatorExists: (code: string, fiscalYear: number) =>
    new DomainException(
      IndicatorsErrorCode.indicatorExists,
      `Indicator ${code} of fiscal year ${fiscalYear} already exists.`,
      `มีตัวชี้วัด ${code} ปีงบประมาณ ${fiscalYear} อยู่แล้ว`,
    ),
  duplicateProgress: (indicatorId: string, date: string) =>
    new DomainException(
      IndicatorsErrorCode.duplicateProgress,
      `Indicator ${indicatorId} already has this progress note for ${date}.`,
      `ตัวชี้วัด ${indicatorId} มีรายงานผลนี้ของวันที่ ${date} อยู่แล้ว`,
    ),
  importAgencyForbidden: (allowed: string, owner: string | null) =>
    new DomainException(
      IndicatorsErrorCode.importAgencyForbidden,
      `You may import records of agency ${allowed} only; this record ${owner ? `belongs to agency ${owner}` : 'names no owner agency'}. Send ?agency=${allowed} for a record that names none.`,
      `ท่านนำเข้าได้เฉพาะบันทึกของหน่วยงาน ${allowed} บันทึกนี้${owner ? `เป็นของหน่วยงาน ${owner}` : 'ไม่ได้ระบุหน่วยงานเจ้าของ'} สำหรับบันทึกที่ไม่ระบุหน่วยงาน โปรดส่ง ?agency=${allowed}`,
      { details: { allowedAgency: allowed, ownerAgency: owner } },
    ),
  importTargetOfOtherAgency: (allowed: string) =>
    new DomainException(
      IndicatorsErrorCode.importAgencyForbidden,
      `This record matches an indicator of another agency, and you may import for agency ${allowed} only.`,
      `บันทึกนี้ตรงกับตัวชี้วัดของหน่วยงานอื่น ท่านนำเข้าได้เฉพาะของหน่วยงาน ${allowed}`,
      { details: { allowedAgency: allowed } },
    ),
  agencyNotFound: (code: string, field = 'agencyCode') =>
    new DomainException(
      IndicatorsErrorCode.agencyNotFound,
      `No agency has code ${code}. See GET /api/v1/agencies.`,
      `ไม่พบหน่วยงานรหัส ${code} ดูรายการได้ที่ GET /api/v1/agencies`,
      { errors: [{ field, rule: 'exists', messageEn: `unknown agency code ${code}`, messageTh: `ไม่รู้จักรหัสหน่วยงาน ${code}` }] },
    ),
  planEditionNotFound: (code: string) =>
    new DomainException(
      IndicatorsErrorCode.planEditionNotFound,
      `No plan edition has code ${code}.`,
      `ไม่พบแผนฉบับรหัส ${code}`,
    ),
  planNodeNotFound: (code: string, scope: string) =>
    new DomainException(
      IndicatorsErrorCode.planNodeNotFound,
      `No plan node has code ${code} for ${scope}. See GET /api/v1/plan-nodes.`,
      `ไม่พบรหัสแผน ${code} สำหรับ ${scope} ดูรายการได้ที่ GET /api/v1/plan-nodes`,
      { errors: [{ field: 'planNodeCode', rule: 'exists', messageEn: `unknown plan node ${code}`, messageTh: `ไม่รู้จักรหัสแผน ${code}` }] },
    ),
  progressOutsideFiscalYear: (date: string, fiscalYear: number) =>
    new DomainException(
      IndicatorsErrorCode.progressOutsideFiscalYear,
      `Date ${date} is outside fiscal year ${fiscalYear} of the indicator.${eraHintEn(date)}`,
      `วันที่ ${date} อยู่นอกปีงบประมาณ ${fiscalYear} ของตัวชี้วัด${eraHintTh(date)}`,
      { errors: [{ field: 'date', rule: 'inFiscalYear', messageEn: `outside fiscal year ${fiscalYear}`, messageTh: `อยู่นอกปีงบประมาณ ${fiscalYear}` }] },
    ),
  notAKpiRecord: (errors: { code: string; line: number | null; messageTh: string; messageEn: string }[]) =>
    new DomainException(
      IndicatorsErrorCode.notAKpiRecord,
      errors.map((error) => (error.line === null ? error.messageEn : `Line ${error.line}: ${error.messageEn}`)).join(' '),
      errors.map((error) => (error.line === null ? error.messageTh : `บรรทัด ${error.line}: ${error.messageTh}`)).join(' '),
      {
        errors: errors.map((error) => ({
          field: error.line === null ? 'text' : `text:${error.line}`,
          rule: error.code,
          messageEn: error.messageEn,
          messageTh: error.messageTh,
        })),
      },
    ),
  recordTooLarge: (bytes: number, maxBytes: number) =>
    new DomainException(
      IndicatorsErrorCode.recordTooLarge,
      `The parsed record would take ${bytes} bytes, more than the ${maxBytes} bytes a reply may have. Split the export or shorten its notes.`,
      `บันทึกที่แยกวิเคราะห์แล้วมีขนาด ${bytes} ไบต์ เกินขนาดสูงสุดของข้อมูลตอบกลับ ${maxBytes} ไบต์ โปรดแบ่งไฟล์หรือย่อรายงานผลให้สั้นลง`,
    ),
  valueOutOfRange: (field: string, line: number | null, limit: number) =>
    new DomainException(
      IndicatorsErrorCode.valueOutOfRange,
      `The ${field} value${line === null ? '' : ` on line ${line}`} is larger than ${limit}, the largest value stored.`,
      `ค่า ${field}${line === null ? '' : ` ในบรรทัด ${line}`} มากกว่า ${limit} ซึ่งเป็นค่าสูงสุดที่จัดเก็บได้`,
      { errors: [{ field, rule: 'max', messageEn: `${field} must not be greater than ${limit}`, messageTh: `${field} ต้องไม่มากกว่า ${limit}` }] },
    ),
  fiscalYearMissing: () =>
    new DomainException(
      IndicatorsErrorCode.fiscalYearMissing,
      'The record has no dated note or year, so its fiscal year is unknown. Add a dated note and import again.',
      'บันทึกไม่มีรายงานที่ระบุวันที่หรือปี จึงไม่ทราบปีงบประมาณ โปรดเพิ่มรายงานที่มีวันที่แล้วนำเข้าใหม่',
    ),
};
