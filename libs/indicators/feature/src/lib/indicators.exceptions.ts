import { DomainException } from '@bma-kpi/errors';
import { IndicatorsErrorCode } from '@bma-kpi/contracts-indicators';

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
  agencyNotFound: (code: string) =>
    new DomainException(
      IndicatorsErrorCode.agencyNotFound,
      `No agency has code ${code}. See GET /api/v1/agencies.`,
      `ไม่พบหน่วยงานรหัส ${code} ดูรายการได้ที่ GET /api/v1/agencies`,
      { errors: [{ field: 'agencyCode', rule: 'exists', messageEn: `unknown agency code ${code}`, messageTh: `ไม่รู้จักรหัสหน่วยงาน ${code}` }] },
    ),
  planEditionNotFound: (code: string) =>
    new DomainException(
      IndicatorsErrorCode.planEditionNotFound,
      `No plan edition has code ${code}.`,
      `ไม่พบแผนฉบับรหัส ${code}`,
    ),
  planNodeNotFound: (code: string) =>
    new DomainException(
      IndicatorsErrorCode.planNodeNotFound,
      `No plan node has code ${code} in the plan edition of that fiscal year.`,
      `ไม่พบรหัสแผน ${code} ในแผนฉบับของปีงบประมาณนั้น`,
      { errors: [{ field: 'planNodeCode', rule: 'exists', messageEn: `unknown plan node ${code}`, messageTh: `ไม่รู้จักรหัสแผน ${code}` }] },
    ),
  progressOutsideFiscalYear: (date: string, fiscalYear: number) =>
    new DomainException(
      IndicatorsErrorCode.progressOutsideFiscalYear,
      `Date ${date} is outside fiscal year ${fiscalYear} of the indicator.`,
      `วันที่ ${date} อยู่นอกปีงบประมาณ ${fiscalYear} ของตัวชี้วัด`,
      { errors: [{ field: 'date', rule: 'inFiscalYear', messageEn: `outside fiscal year ${fiscalYear}`, messageTh: `อยู่นอกปีงบประมาณ ${fiscalYear}` }] },
    ),
  notAKpiRecord: (errors: { code: string; line: number | null; messageTh: string; messageEn: string }[]) =>
    new DomainException(
      IndicatorsErrorCode.notAKpiRecord,
      errors.map((error) => (error.line === null ? error.messageEn : `Line ${error.line}: ${error.messageEn}`)).join(' '),
      errors.map((error) => (error.line === null ? error.messageTh : `บรรทัด ${error.line}: ${error.messageTh}`)).join(' '),
      { details: { errors } },
    ),
  fiscalYearMissing: () =>
    new DomainException(
      IndicatorsErrorCode.fiscalYearMissing,
      'The record has no dated note or year, so its fiscal year is unknown. Add a dated note and import again.',
      'บันทึกไม่มีรายงานที่ระบุวันที่หรือปี จึงไม่ทราบปีงบประมาณ โปรดเพิ่มรายงานที่มีวันที่แล้วนำเข้าใหม่',
    ),
};
