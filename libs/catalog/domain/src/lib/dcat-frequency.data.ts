import type { UpdateFrequencyUnit } from '@bma-kpi/contracts-catalog';

/** Base IRI of the EU Publications Office frequency table, the vocabulary DCAT-AP names for dct:accrualPeriodicity. */
export const EU_FREQUENCY_BASE = 'http://publications.europa.eu/resource/authority/frequency/';

// NOTE: these codes come from memory of the EU frequency table and were not checked against
// its current release. Check them before a harvester relies on them.
const codeByUnit: Partial<Record<UpdateFrequencyUnit, string>> = {
  ไม่ทราบ: 'UNKNOWN',
  ปี: 'ANNUAL',
  ครึ่งปี: 'ANNUAL_2',
  ไตรมาส: 'QUARTERLY',
  เดือน: 'MONTHLY',
  สัปดาห์: 'WEEKLY',
  วัน: 'DAILY',
  // The table has no business-day code; daily is the nearest.
  วันทำการ: 'DAILY',
  ชั่วโมง: 'HOURLY',
  ตามเวลาจริง: 'UPDATE_CONT',
  ไม่มีการปรับปรุงหลังจากการจัดเก็บข้อมูล: 'NEVER',
};

/**
 * Returns the EU frequency IRI for a thai_gdc update frequency, or undefined when none fits.
 * The interval counts updates per unit, so twice a year is semi-annual. Other intervals above
 * one, minutes and `อื่นๆ` have no code here and get none rather than a wrong one.
 */
export function frequencyIri(unit: UpdateFrequencyUnit, interval: string | undefined): string | undefined {
  const count = interval === undefined || interval.trim() === '' ? 1 : Number(interval);

  if (unit === 'ปี' && count === 2) {
    return `${EU_FREQUENCY_BASE}ANNUAL_2`;
  }
  const code = count === 1 || unit === 'ไม่ทราบ' ? codeByUnit[unit] : undefined;

  return code === undefined ? undefined : `${EU_FREQUENCY_BASE}${code}`;
}
