import { FIRST_CONVERTIBLE_BE_YEAR, fiscalYearRange } from '@bma-kpi/util-thai';

/**
 * Returns the instants [from, to) of a Buddhist-era fiscal year in Bangkok time. Bangkok is UTC+7
 * all year, so a fiscal year starts at 17:00 UTC on the day before 1 October. Returns null for a
 * year before BE 2484, which has no fixed Christian-era year and cannot hold a stored assessment.
 */
export function fiscalYearInstants(fiscalYear: number): { from: Date; to: Date } | null {
  if (fiscalYear < FIRST_CONVERTIBLE_BE_YEAR) {
    return null;
  }
  const { start } = fiscalYearRange(fiscalYear);
  const nextStart = fiscalYearRange(fiscalYear + 1).start;

  return { from: new Date(`${start}T00:00:00+07:00`), to: new Date(`${nextStart}T00:00:00+07:00`) };
}
