import {
  FIRST_CONVERTIBLE_BE_YEAR,
  type FiscalQuarter,
  fiscalQuarterRange,
  isValidCalendarDate,
} from '@bma-kpi/util-thai';

import { type CalendarRejection, calendarRejection } from './round-calendar.messages';

/** Dates that replace the computed schedule of one round, as Bangkok calendar dates. */
export interface RoundOverride {
  /** Buddhist-era fiscal year, named by the year in which it ends. */
  fiscalYear: number;
  quarter: FiscalQuarter;
  /**
   * Last day, `YYYY-MM-DD`, on which progress for any month of the round is accepted. It replaces
   * the per-month deadlines of that round and may not fall before the quarter's last day.
   */
  entryDeadline?: string;
  /** Last day, `YYYY-MM-DD`, of the review period, not before the round's entry deadline. */
  reviewEndDate?: string;
}

/** Settings of the evaluation round calendar, whose dates are all read in Asia/Bangkok. */
export interface RoundCalendarConfig {
  /**
   * Day of the following month until whose end progress for a month is accepted: with 15, October
   * progress is accepted until 15 November 23:59:59 Bangkok time. 1 to 28, so it exists in every
   * month.
   */
  entryDeadlineDay: number;
  /** Length in days of the evaluators' review period after the round's last entry deadline. */
  reviewPeriodDays: number;
  /** Rounds whose dates the evaluation department set by hand, at most one per round. */
  roundOverrides: readonly RoundOverride[];
}

/** Largest entry deadline day, because later days do not exist in every February. */
export const MAX_ENTRY_DEADLINE_DAY = 28;

/** Longest accepted review period in days. */
export const MAX_REVIEW_PERIOD_DAYS = 366;

/**
 * Defaults of the round calendar. BMA district offices upload their monthly data by the 15th of
 * the next month, so progress deadlines use the same day.
 */
export const DEFAULT_ROUND_CALENDAR_CONFIG: RoundCalendarConfig = {
  entryDeadlineDay: 15,
  // NOTE: no BMA source gives the length of the review period, so 30 days is an assumption.
  reviewPeriodDays: 30,
  roundOverrides: [],
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Tells whether a value is an existing calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is string {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;

  return (
    match !== null && isValidCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))
  );
}

/** Tells whether a fiscal year and quarter name a round that the calendar can place. */
export function isValidRound(fiscalYear: unknown, quarter: unknown): boolean {
  return (
    Number.isInteger(fiscalYear) &&
    (fiscalYear as number) > FIRST_CONVERTIBLE_BE_YEAR &&
    (fiscalYear as number) <= 9999 &&
    [1, 2, 3, 4].includes(quarter as number)
  );
}

/** Returns the first rule a calendar configuration breaks, or null when it is valid. */
export function findCalendarConfigError(config: RoundCalendarConfig): CalendarRejection | null {
  const { entryDeadlineDay, reviewPeriodDays, roundOverrides } = config;

  if (
    !Number.isInteger(entryDeadlineDay) ||
    entryDeadlineDay < 1 ||
    entryDeadlineDay > MAX_ENTRY_DEADLINE_DAY
  ) {
    return invalidConfig(
      'entryDeadlineDay',
      String(entryDeadlineDay),
      `จำนวนเต็มตั้งแต่ 1 ถึง ${MAX_ENTRY_DEADLINE_DAY}`,
      `an integer from 1 to ${MAX_ENTRY_DEADLINE_DAY}`,
    );
  }
  if (
    !Number.isInteger(reviewPeriodDays) ||
    reviewPeriodDays < 1 ||
    reviewPeriodDays > MAX_REVIEW_PERIOD_DAYS
  ) {
    return invalidConfig(
      'reviewPeriodDays',
      String(reviewPeriodDays),
      `จำนวนเต็มตั้งแต่ 1 ถึง ${MAX_REVIEW_PERIOD_DAYS}`,
      `an integer from 1 to ${MAX_REVIEW_PERIOD_DAYS}`,
    );
  }
  if (!Array.isArray(roundOverrides)) {
    return invalidConfig('roundOverrides', typeof roundOverrides, 'รายการ (array)', 'an array');
  }

  return (
    roundOverrides.map(findOverrideError).find((error) => error !== null) ??
    findDuplicateOverride(roundOverrides)
  );
}

function findOverrideError(override: RoundOverride, index: number): CalendarRejection | null {
  const field = `roundOverrides[${index}]`;

  if (!isValidRound(override.fiscalYear, override.quarter)) {
    return invalidConfig(
      field,
      `${String(override.fiscalYear)} Q${String(override.quarter)}`,
      `ปีงบประมาณ พ.ศ. หลัง ${FIRST_CONVERTIBLE_BE_YEAR} และไตรมาส 1 ถึง 4`,
      `a Buddhist-era fiscal year after ${FIRST_CONVERTIBLE_BE_YEAR} and a quarter from 1 to 4`,
    );
  }
  const quarterEnd = fiscalQuarterRange(override.fiscalYear, override.quarter).end;
  const { entryDeadline, reviewEndDate } = override;

  if (entryDeadline !== undefined && (!isIsoDate(entryDeadline) || entryDeadline < quarterEnd)) {
    return invalidConfig(
      `${field}.entryDeadline`,
      String(entryDeadline),
      `วันที่รูปแบบ YYYY-MM-DD ไม่ก่อนวันสุดท้ายของไตรมาส (${quarterEnd})`,
      `a YYYY-MM-DD date on or after the quarter's last day, ${quarterEnd}`,
    );
  }
  const earliestReviewEnd = entryDeadline ?? quarterEnd;

  if (
    reviewEndDate !== undefined &&
    (!isIsoDate(reviewEndDate) || reviewEndDate < earliestReviewEnd)
  ) {
    return invalidConfig(
      `${field}.reviewEndDate`,
      String(reviewEndDate),
      `วันที่รูปแบบ YYYY-MM-DD ไม่ก่อน ${earliestReviewEnd}`,
      `a YYYY-MM-DD date on or after ${earliestReviewEnd}`,
    );
  }

  return null;
}

function findDuplicateOverride(overrides: readonly RoundOverride[]): CalendarRejection | null {
  const keys = overrides.map((override) => `${override.fiscalYear} Q${override.quarter}`);
  const duplicate = keys.find((key, index) => keys.indexOf(key) !== index);

  if (duplicate === undefined) {
    return null;
  }

  return invalidConfig(
    'roundOverrides',
    duplicate,
    'กำหนดได้รอบละไม่เกินหนึ่งรายการ',
    'at most one override per round',
  );
}

function invalidConfig(
  field: string,
  value: string,
  expectedTh: string,
  expectedEn: string,
): CalendarRejection {
  return calendarRejection(
    'INVALID_CALENDAR_CONFIG',
    `ค่าตั้งปฏิทินรอบการประเมิน ${field} = "${value}" ไม่ถูกต้อง ต้องเป็น${expectedTh}`,
    `Invalid round calendar setting ${field} = "${value}": expected ${expectedEn}.`,
    { field },
  );
}
