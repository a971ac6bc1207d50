import { daysInMonth, fiscalYearOf, fiscalYearRange, formatIsoDate, toBangkokIsoDate } from '@bma-kpi/util-thai';

/** Bangkok is UTC+7 all year (Thailand has no daylight saving time), in milliseconds. */
const bangkokOffsetMs = 7 * 60 * 60 * 1000;

/** A reporting month written `YYYY-MM` in the Christian era. */
export const reportMonthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Status of one district × item × month cell of the completeness matrix. */
export type DistrictSubmissionStatus = 'onTime' | 'late' | 'missing' | 'pending';

/** When a month's report is due: day `dueDay` of the month `dueMonthOffset` months after the reported month. */
export interface DueRule {
  /** Day of the month, 1 to 31; a day past the end of a short month means its last day. */
  dueDay: number;
  /** 0 for the reported month itself, 1 for the month after it. */
  dueMonthOffset: number;
}

function parseMonth(month: string): { year: number; month: number } {
  const match = reportMonthPattern.exec(month);

  if (match === null) {
    throw new RangeError(`Invalid report month ${month}: expected YYYY-MM.`);
  }

  return { year: Number(match[1]), month: Number(match[2]) };
}

/** Returns the Buddhist-era fiscal year that a `YYYY-MM` month belongs to. */
export function fiscalYearOfMonth(month: string): number {
  const parsed = parseMonth(month);

  return fiscalYearOf(formatIsoDate({ ...parsed, day: 1 }));
}

/** Returns the twelve months of a fiscal year as `YYYY-MM`, October first. */
export function fiscalYearMonths(fiscalYear: number): string[] {
  const start = Number(fiscalYearRange(fiscalYear).start.slice(0, 4));

  return Array.from({ length: 12 }, (_, index) => {
    const monthIndex = 9 + index;
    const year = start + Math.floor(monthIndex / 12);

    return `${year}-${String((monthIndex % 12) + 1).padStart(2, '0')}`;
  });
}

/** Returns the calendar date (`YYYY-MM-DD`) on which a month's report is due. */
export function dueDateOf(month: string, rule: DueRule): string {
  const parsed = parseMonth(month);
  const monthIndex = parsed.month - 1 + rule.dueMonthOffset;
  const year = parsed.year + Math.floor(monthIndex / 12);
  const dueMonth = (monthIndex % 12) + 1;
  const day = Math.min(rule.dueDay, daysInMonth(year, dueMonth));

  return formatIsoDate({ year, month: dueMonth, day });
}

/** Returns the last instant of the due date in Bangkok (23:59:59.999 local time): a report at or before it is on time. */
export function dueInstantOf(month: string, rule: DueRule): Date {
  const [year, monthNumber, day] = dueDateOf(month, rule).split('-').map(Number);

  return new Date(Date.UTC(year, monthNumber - 1, day + 1) - bangkokOffsetMs - 1);
}

/** Returns the first instant (00:00 in Bangkok) of a `YYYY-MM-DD` date. */
export function bangkokStartOfDay(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number);

  return new Date(Date.UTC(year, month - 1, day) - bangkokOffsetMs);
}

/** Returns the Bangkok calendar date of an instant. */
export function bangkokDateOf(instant: Date): string {
  return toBangkokIsoDate(instant);
}

/** Status of a first submission: on time when it arrived at or before the end of the due day in Bangkok. */
export function submissionStatus(firstSubmittedAt: Date, dueAt: Date): 'onTime' | 'late' {
  return firstSubmittedAt.getTime() <= dueAt.getTime() ? 'onTime' : 'late';
}

/**
 * Status of a matrix cell as of an instant. A submission that arrived after `asOf` is ignored, so a
 * past date shows the matrix as it was then. Without a submission the cell is missing once the due
 * instant has passed and pending before that.
 */
export function cellStatus(
  submission: { firstSubmittedAt: Date; status: 'onTime' | 'late' } | null,
  dueAt: Date,
  asOf: Date,
): DistrictSubmissionStatus {
  if (submission !== null && submission.firstSubmittedAt.getTime() <= asOf.getTime()) {
    return submission.status;
  }

  return asOf.getTime() > dueAt.getTime() ? 'missing' : 'pending';
}
