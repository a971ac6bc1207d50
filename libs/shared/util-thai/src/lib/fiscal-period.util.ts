import { toBuddhistYear, toChristianYear } from './buddhist-era.util';
import {
  type CalendarDate,
  type DateInput,
  daysInMonth,
  formatIsoDate,
  toBangkokCalendarDate,
} from './calendar-date.util';

/** Quarter of the Thai fiscal year: 1 = October–December, 4 = July–September. */
export type FiscalQuarter = 1 | 2 | 3 | 4;

/** Fiscal year (Buddhist era, named by the year in which it ends) and quarter of a date. */
export interface FiscalPeriod {
  fiscalYear: number;
  quarter: FiscalQuarter;
}

/** First and last day of a period as ISO dates, both inclusive. */
export interface IsoDateRange {
  start: string;
  end: string;
}

const FIRST_FISCAL_MONTH = 10;

/**
 * Returns the Thai government fiscal year and quarter of a date. The fiscal year runs
 * 1 October – 30 September and takes the BE year in which it ends, so 2020-10-01 is FY2564 Q1.
 * Instants are read in Asia/Bangkok first. Throws a RangeError for dates before 1940-10-01,
 * whose fiscal year would end in a year that cannot be converted to BE.
 */
export function fiscalPeriodOf(input: DateInput): FiscalPeriod {
  return fiscalPeriodOfCalendarDate(toBangkokCalendarDate(input));
}

/** Returns the fiscal year (BE) of a date; see fiscalPeriodOf. */
export function fiscalYearOf(input: DateInput): number {
  return fiscalPeriodOf(input).fiscalYear;
}

/** Returns the fiscal quarter of a date; see fiscalPeriodOf. */
export function fiscalQuarterOf(input: DateInput): FiscalQuarter {
  return fiscalPeriodOf(input).quarter;
}

/** Returns the fiscal period of a calendar date that is already in Bangkok time. */
export function fiscalPeriodOfCalendarDate(date: CalendarDate): FiscalPeriod {
  const endingCeYear = date.month >= FIRST_FISCAL_MONTH ? date.year + 1 : date.year;
  const quarter = (Math.floor(((date.month + 2) % 12) / 3) + 1) as FiscalQuarter;

  return { fiscalYear: toBuddhistYear(endingCeYear), quarter };
}

/** Returns the first and last day of a fiscal year: FY2564 is 2020-10-01 .. 2021-09-30. */
export function fiscalYearRange(fiscalYear: number): IsoDateRange {
  const endingCeYear = toChristianYear(fiscalYear);

  return {
    start: formatIsoDate({ year: endingCeYear - 1, month: FIRST_FISCAL_MONTH, day: 1 }),
    end: formatIsoDate({ year: endingCeYear, month: 9, day: 30 }),
  };
}

/** Returns the first and last day of a fiscal quarter: FY2564 Q2 is 2021-01-01 .. 2021-03-31. */
export function fiscalQuarterRange(fiscalYear: number, quarter: FiscalQuarter): IsoDateRange {
  if (![1, 2, 3, 4].includes(quarter)) {
    throw new RangeError(`Invalid fiscal quarter ${String(quarter)}: expected 1, 2, 3 or 4.`);
  }
  const endingCeYear = toChristianYear(fiscalYear);
  // Quarter 1 starts in October of the previous calendar year, the others in January, April, July.
  const startMonth = quarter === 1 ? FIRST_FISCAL_MONTH : (quarter - 1) * 3 - 2;
  const year = quarter === 1 ? endingCeYear - 1 : endingCeYear;
  const endMonth = startMonth + 2;

  return {
    start: formatIsoDate({ year, month: startMonth, day: 1 }),
    end: formatIsoDate({ year, month: endMonth, day: daysInMonth(year, endMonth) }),
  };
}
