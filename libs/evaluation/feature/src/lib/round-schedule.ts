import type { CreateRoundRequest, RoundResponse } from '@bma-kpi/contracts-evaluation';
import type { RoundRecord } from '@bma-kpi/evaluation-data-access';
import {
  roundPhaseAt,
  roundSchedule,
  type CalendarRejection,
  type RoundCalendarConfig,
  type RoundOverride,
  type RoundSchedule,
} from '@bma-kpi/evaluation-domain';
import type { FiscalQuarter } from '@bma-kpi/util-thai';
import { isValidCalendarDate, toBangkokIsoDate } from '@bma-kpi/util-thai';

/**
 * Returns the last instant of a Bangkok calendar day, which the round table stores for a deadline
 * given as a `YYYY-MM-DD` date. Bangkok keeps UTC+07:00 all year.
 */
export function endOfBangkokDay(date: string): string {
  return `${date}T23:59:59.999+07:00`;
}

/** Returns the calendar with the round's stored deadlines as its override, replacing any configured one. */
export function calendarWithRound(
  config: RoundCalendarConfig,
  round: { fiscalYear: number; quarter: number; entryDeadline?: string | null; reviewUntil?: string | null },
): RoundCalendarConfig {
  const others = config.roundOverrides.filter(
    (override) => override.fiscalYear !== round.fiscalYear || override.quarter !== round.quarter,
  );
  const override: RoundOverride = { fiscalYear: round.fiscalYear, quarter: round.quarter as FiscalQuarter };

  if (round.entryDeadline) {
    override.entryDeadline = toBangkokIsoDate(round.entryDeadline);
  }
  if (round.reviewUntil) {
    override.reviewEndDate = toBangkokIsoDate(round.reviewUntil);
  }
  if (override.entryDeadline === undefined && override.reviewEndDate === undefined) {
    return config;
  }

  return { ...config, roundOverrides: [...others, override] };
}

/**
 * Returns the name of a deadline that is not a real Christian-era date, or null. A Buddhist-era
 * year such as 2567-07-15 would otherwise keep a round open for centuries.
 */
export function findInvalidDeadlineDate(request: CreateRoundRequest): 'entryDeadline' | 'reviewUntil' | null {
  for (const field of ['entryDeadline', 'reviewUntil'] as const) {
    const value = request[field];
    const [year, month, day] = (value ?? '').split('-').map(Number);

    if (value !== undefined && (year === undefined || year >= 2400 || !isValidCalendarDate(year, month ?? 0, day ?? 0))) {
      return field;
    }
  }

  return null;
}

/** Names a calendar setting of the round's override by the request field that set it. */
export function requestFieldOf(calendarField: string | undefined): string {
  return calendarField?.endsWith('reviewEndDate') === true ? 'reviewUntil' : 'entryDeadline';
}

/**
 * Checks the deadlines of a new round against the calendar rules and returns the rule they
 * break, or null: the entry deadline may not fall before the quarter's last day and the review
 * may not end before the entry deadline.
 */
export function findRoundDeadlineProblem(request: CreateRoundRequest, config: RoundCalendarConfig): CalendarRejection | null {
  const schedule = roundSchedule(
    { fiscalYear: request.fiscalYear, quarter: request.quarter as FiscalQuarter },
    calendarWithRound(config, request),
  );

  return schedule.status === 'rejected' ? schedule.reason : null;
}

/** Builds the response of a stored round: its schedule and its phase at `now`. */
export function toRoundResponse(record: RoundRecord, config: RoundCalendarConfig, now: Date): RoundResponse {
  const reading = roundPhaseAt(
    {
      fiscalYear: record.fiscalYear,
      quarter: record.quarter as FiscalQuarter,
      at: now.toISOString(),
      signedOffAt: record.signedOffAt,
    },
    calendarWithRound(config, record),
  );

  if (reading.status === 'rejected') {
    // Rounds are checked when they are created, so only a hand-edited row or a changed calendar gets here.
    throw new Error(`Round ${record.id} has no valid schedule: ${reading.reason.en}`);
  }
  const schedule: RoundSchedule = reading.value.schedule;

  return {
    id: record.id,
    fiscalYear: record.fiscalYear,
    quarter: record.quarter,
    status: record.status,
    phase: reading.value.phase,
    entryDeadline: schedule.entryDeadline,
    reviewUntil: schedule.reviewEndDate,
    signedOffAt: record.signedOffAt,
    signedOffBy: record.signedOffBy,
    version: record.version,
  };
}
