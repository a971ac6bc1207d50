import {
  type FiscalQuarter,
  fiscalPeriodOfCalendarDate,
  fiscalQuarterRange,
  formatIsoDate,
} from '@bma-kpi/util-thai';

import { addDays, bangkokDateOfInstant, startOfBangkokDay } from './bangkok-day';
import {
  DEFAULT_ROUND_CALENDAR_CONFIG,
  type RoundCalendarConfig,
  type RoundOverride,
  findCalendarConfigError,
  isValidRound,
} from './round-calendar.config';
import {
  type CalendarRejection,
  invalidInstant,
  invalidMonth,
  invalidRound,
  roundSignedOff,
  windowClosed,
  windowNotOpen,
} from './round-calendar.messages';

/** An evaluation round: one Buddhist-era fiscal year and quarter (Q1 = October–December). */
export interface EvaluationRound {
  fiscalYear: number;
  quarter: FiscalQuarter;
}

/** Entry window for one month's progress. Dates are Bangkok days and instants are ISO in UTC. */
export interface MonthEntryWindow extends EvaluationRound {
  /** Calendar month, `YYYY-MM` in the Common Era. */
  month: string;
  /** First instant at which progress for the month is accepted: the month's first day, 00:00 Bangkok. */
  opensAt: string;
  /** Last day, `YYYY-MM-DD`, on which progress for the month is accepted, until 23:59:59 Bangkok. */
  deadline: string;
  /** First instant at which progress for the month is no longer accepted. */
  closesAt: string;
}

/** The dates of one round after defaults and its override are applied. */
export interface RoundSchedule extends EvaluationRound {
  /** First and last day of the quarter, `YYYY-MM-DD`. */
  startDate: string;
  endDate: string;
  /** Entry windows of the quarter's three months, in calendar order. */
  months: MonthEntryWindow[];
  /** Last day on which any progress of the round is accepted, and the instant after it. */
  entryDeadline: string;
  entryClosesAt: string;
  /** Last day of the evaluators' review period, and the instant after it. */
  reviewEndDate: string;
  reviewClosesAt: string;
  /** Whether the round's dates come from an override in the configuration. */
  overridden: boolean;
}

/**
 * Phase of a round at an instant. `upcoming` is before the quarter starts, `entry` until the last
 * entry deadline, `review` until the review period ends. `overdue` is after the review period
 * while no sign-off is recorded. `signedOff` is from the sign-off on, and locks the round.
 */
export type RoundPhase = 'upcoming' | 'entry' | 'review' | 'overdue' | 'signedOff';

/** A calendar value, or the rule that prevented it. */
export type CalendarResult<TValue> =
  { status: 'ok'; value: TValue } | { status: 'rejected'; reason: CalendarRejection };

/** A progress entry for a month, made at an instant, in a round that may be signed off. */
export interface ProgressEntryRequest {
  /** Month the progress reports on, `YYYY-MM`. */
  month: string;
  /** ISO timestamp with `Z` or an offset of the entry. */
  at: string;
  /** ISO timestamp of the round's sign-off, null or omitted while the round is open. */
  roundSignedOffAt?: string | null;
}

/** Whether a progress entry is accepted, with the month's window, or the rule it breaks. */
export type ProgressEntryDecision =
  | { status: 'accepted'; window: MonthEntryWindow }
  | { status: 'rejected'; reason: CalendarRejection };

/** A round and the instant at which to read its phase. */
export interface RoundPhaseRequest extends EvaluationRound {
  /** ISO timestamp with `Z` or an offset. */
  at: string;
  /** ISO timestamp of the round's sign-off, null or omitted while the round is open. */
  signedOffAt?: string | null;
}

/** The phase of a round at an instant, with the schedule it was read from. */
export interface RoundPhaseAt {
  phase: RoundPhase;
  schedule: RoundSchedule;
}

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * Computes the dates of a round. Without an override, progress for a month is accepted until
 * the end of `entryDeadlineDay` of the next month, Bangkok time, and the review period runs
 * `reviewPeriodDays` days after the deadline of the quarter's last month.
 */
export function roundSchedule(
  round: EvaluationRound,
  config: RoundCalendarConfig = DEFAULT_ROUND_CALENDAR_CONFIG,
): CalendarResult<RoundSchedule> {
  const configError = findCalendarConfigError(config);

  if (configError !== null) {
    return { status: 'rejected', reason: configError };
  }
  if (!isValidRound(round.fiscalYear, round.quarter)) {
    return { status: 'rejected', reason: invalidRound(round.fiscalYear, round.quarter) };
  }

  return { status: 'ok', value: buildSchedule(round, config) };
}

/** Computes the entry window for progress of a `YYYY-MM` month, as described at roundSchedule. */
export function monthEntryWindow(
  month: string,
  config: RoundCalendarConfig = DEFAULT_ROUND_CALENDAR_CONFIG,
): CalendarResult<MonthEntryWindow> {
  const round = roundOfMonth(month);

  if (round === null) {
    return { status: 'rejected', reason: invalidMonth(month) };
  }
  const schedule = roundSchedule(round, config);

  if (schedule.status === 'rejected') {
    return schedule;
  }
  const window = schedule.value.months.find((entry) => entry.month === month);

  return window === undefined
    ? { status: 'rejected', reason: invalidMonth(month) }
    : { status: 'ok', value: window };
}

/**
 * Checks whether progress for a month is accepted at an instant. A signed-off round rejects
 * every entry. Otherwise the entry must fall between the month's first day and its deadline,
 * both read as Bangkok calendar days.
 */
export function checkProgressEntry(
  request: ProgressEntryRequest,
  config: RoundCalendarConfig = DEFAULT_ROUND_CALENDAR_CONFIG,
): ProgressEntryDecision {
  const window = monthEntryWindow(request.month, config);

  if (window.status === 'rejected') {
    return window;
  }
  const entryDate = bangkokDateOfInstant(request.at);

  if (entryDate === null) {
    return { status: 'rejected', reason: invalidInstant('at', request.at) };
  }
  const signOff = readSignOff(request.roundSignedOffAt, request.at, 'roundSignedOffAt');
  const { fiscalYear, quarter, month, opensAt, deadline, closesAt } = window.value;

  if (signOff.status === 'rejected') {
    return signOff;
  }
  if (signOff.signedOffDate !== null) {
    return {
      status: 'rejected',
      reason: roundSignedOff(
        fiscalYear,
        quarter,
        String(request.roundSignedOffAt),
        signOff.signedOffDate,
      ),
    };
  }
  if (entryDate < `${month}-01`) {
    return { status: 'rejected', reason: windowNotOpen(month, `${month}-01`, opensAt) };
  }
  if (entryDate > deadline) {
    return { status: 'rejected', reason: windowClosed(month, deadline, closesAt) };
  }

  return { status: 'accepted', window: window.value };
}

/** Reads the phase of a round at an instant, as described at RoundPhase. */
export function roundPhaseAt(
  request: RoundPhaseRequest,
  config: RoundCalendarConfig = DEFAULT_ROUND_CALENDAR_CONFIG,
): CalendarResult<RoundPhaseAt> {
  const schedule = roundSchedule(
    { fiscalYear: request.fiscalYear, quarter: request.quarter },
    config,
  );

  if (schedule.status === 'rejected') {
    return schedule;
  }
  const date = bangkokDateOfInstant(request.at);

  if (date === null) {
    return { status: 'rejected', reason: invalidInstant('at', request.at) };
  }
  const signOff = readSignOff(request.signedOffAt, request.at, 'signedOffAt');

  if (signOff.status === 'rejected') {
    return signOff;
  }
  const phase = phaseOn(date, signOff.signedOffDate !== null, schedule.value);

  return { status: 'ok', value: { phase, schedule: schedule.value } };
}

function phaseOn(date: string, signedOff: boolean, schedule: RoundSchedule): RoundPhase {
  if (signedOff) {
    return 'signedOff';
  }
  if (date < schedule.startDate) {
    return 'upcoming';
  }
  if (date <= schedule.entryDeadline) {
    return 'entry';
  }

  return date <= schedule.reviewEndDate ? 'review' : 'overdue';
}

type SignOffReading =
  | { status: 'read'; signedOffDate: string | null }
  | { status: 'rejected'; reason: CalendarRejection };

/** Returns the Bangkok date of a sign-off made at or before `at`, or null when none applies yet. */
function readSignOff(
  signedOffAt: string | null | undefined,
  at: string,
  name: string,
): SignOffReading {
  if (signedOffAt === null || signedOffAt === undefined) {
    return { status: 'read', signedOffDate: null };
  }
  const signedOffDate = bangkokDateOfInstant(signedOffAt);

  if (signedOffDate === null) {
    return { status: 'rejected', reason: invalidInstant(name, signedOffAt) };
  }

  return {
    status: 'read',
    signedOffDate: Date.parse(signedOffAt) <= Date.parse(at) ? signedOffDate : null,
  };
}

function roundOfMonth(month: string): EvaluationRound | null {
  const match = typeof month === 'string' ? MONTH_PATTERN.exec(month) : null;

  if (match === null) {
    return null;
  }
  const round = fiscalPeriodOfCalendarDate({
    year: Number(match[1]),
    month: Number(match[2]),
    day: 1,
  });

  return isValidRound(round.fiscalYear, round.quarter) ? round : null;
}

function buildSchedule(round: EvaluationRound, config: RoundCalendarConfig): RoundSchedule {
  const { start, end } = fiscalQuarterRange(round.fiscalYear, round.quarter);
  const override = findOverride(config.roundOverrides, round);
  const months = quarterMonths(start).map((month) =>
    entryWindow(
      round,
      month,
      override?.entryDeadline ?? monthDeadline(month, config.entryDeadlineDay),
    ),
  );
  const entryDeadline = months[months.length - 1].deadline;
  const reviewEndDate = override?.reviewEndDate ?? addDays(entryDeadline, config.reviewPeriodDays);

  return {
    ...round,
    startDate: start,
    endDate: end,
    months,
    entryDeadline,
    entryClosesAt: startOfBangkokDay(addDays(entryDeadline, 1)),
    reviewEndDate,
    reviewClosesAt: startOfBangkokDay(addDays(reviewEndDate, 1)),
    overridden: override !== undefined,
  };
}

function findOverride(
  overrides: readonly RoundOverride[],
  round: EvaluationRound,
): RoundOverride | undefined {
  return overrides.find(
    (override) => override.fiscalYear === round.fiscalYear && override.quarter === round.quarter,
  );
}

function quarterMonths(startDate: string): string[] {
  const [year, month] = startDate.split('-').map(Number);

  return [0, 1, 2].map((offset) => {
    const monthIndex = month - 1 + offset;

    return formatIsoDate({
      year: year + Math.floor(monthIndex / 12),
      month: (monthIndex % 12) + 1,
      day: 1,
    }).slice(0, 7);
  });
}

function monthDeadline(month: string, deadlineDay: number): string {
  const [year, monthNumber] = month.split('-').map(Number);
  const nextYear = monthNumber === 12 ? year + 1 : year;
  const nextMonth = monthNumber === 12 ? 1 : monthNumber + 1;

  return formatIsoDate({ year: nextYear, month: nextMonth, day: deadlineDay });
}

function entryWindow(round: EvaluationRound, month: string, deadline: string): MonthEntryWindow {
  return {
    ...round,
    month,
    opensAt: startOfBangkokDay(`${month}-01`),
    deadline,
    closesAt: startOfBangkokDay(addDays(deadline, 1)),
  };
}
