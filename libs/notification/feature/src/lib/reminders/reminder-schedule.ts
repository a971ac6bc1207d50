import type { EvaluationCalendarResponse } from '@bma-kpi/contracts-evaluation';
import type { ReminderKindValue } from '@bma-kpi/contracts-notification';
import { planReminders, type PlannedReminder } from '@bma-kpi/notification-domain';
import { type HolidayCalendar, fiscalYearOf, formatIsoDate, parseIsoDate } from '@bma-kpi/util-thai';

import type { ReminderSchedulerSettings } from '../notification-service.options';

/**
 * Calendar days a run looks back at most. A service that was down longer sends only the last
 * month's reminders, because older ones would arrive after the work they remind about.
 */
export const MAX_CATCH_UP_DAYS = 31;

/** A reminder of a fiscal year before it is matched with the agencies it goes to. */
export interface ScheduledReminder {
  kind: ReminderKindValue;
  fiscalYear: number;
  /** `YYYY-MM` of the progress month, or `<fiscal year>-Q<n>` of the round. */
  period: string;
  /** Working days before the due date, or after it for the overdue notice and the escalation. */
  stage: number;
  dueDate: string;
  sendOn: string;
  /** Progress month `YYYY-MM`, or null for a review reminder. */
  month: string | null;
  quarter: number;
  /** False when the round is signed off (or, for a review reminder, not opened), so nothing is sent. */
  active: boolean;
}

const progressKinds: Readonly<Record<PlannedReminder['kind'], ReminderKindValue>> = {
  due: 'progressDueReminder',
  overdue: 'progressOverdue',
  escalation: 'progressOverdueEscalation',
};

/** Default settings of the scheduler: remind 3 and 1 working days before, overdue after 1, escalate after 5. */
export const DEFAULT_REMINDER_SETTINGS: ReminderSchedulerSettings = {
  enabled: true,
  tickIntervalMs: 60_000,
  remindWorkingDaysBefore: [3, 1],
  overdueAfterWorkingDays: 1,
  escalateAfterWorkingDays: 5,
};

type ReminderTiming = Omit<ReminderSchedulerSettings, 'enabled' | 'tickIntervalMs'>;

/**
 * Plans every reminder of a fiscal year from its calendar: for each month's progress deadline the
 * due reminders, the overdue notice and the escalation, and for each round the review reminders
 * before its review end. The result is sorted by sendOn, then kind and period.
 */
export function scheduleFiscalYear(
  calendar: EvaluationCalendarResponse,
  holidays: HolidayCalendar,
  settings: ReminderSchedulerSettings,
): ScheduledReminder[] {
  const timing: ReminderTiming = {
    remindWorkingDaysBefore: settings.remindWorkingDaysBefore,
    overdueAfterWorkingDays: settings.overdueAfterWorkingDays,
    escalateAfterWorkingDays: settings.escalateAfterWorkingDays,
  };

  return [...progressReminders(calendar, holidays, timing), ...reviewReminders(calendar, holidays, timing)].sort(
    (a, b) => a.sendOn.localeCompare(b.sendOn) || a.kind.localeCompare(b.kind) || a.period.localeCompare(b.period),
  );
}

function progressReminders(calendar: EvaluationCalendarResponse, holidays: HolidayCalendar, timing: ReminderTiming): ScheduledReminder[] {
  const signedOff = new Map(calendar.rounds.map((round) => [round.quarter, round.signedOff]));

  return calendar.months.flatMap(({ month, quarter, deadline }) =>
    planReminders({ ...timing, dueDate: deadline }, holidays).map(
      (planned): ScheduledReminder => ({
        kind: progressKinds[planned.kind],
        fiscalYear: calendar.fiscalYear,
        period: month,
        stage: planned.workingDays,
        dueDate: deadline,
        sendOn: planned.sendOn,
        month,
        quarter,
        active: signedOff.get(quarter) !== true,
      }),
    ),
  );
}

function reviewReminders(calendar: EvaluationCalendarResponse, holidays: HolidayCalendar, timing: ReminderTiming): ScheduledReminder[] {
  return calendar.rounds.flatMap((round) =>
    planReminders({ ...timing, dueDate: round.reviewEndDate }, holidays)
      .filter((planned) => planned.kind === 'due')
      .map(
        (planned): ScheduledReminder => ({
          kind: 'reviewDueReminder',
          fiscalYear: calendar.fiscalYear,
          period: `${calendar.fiscalYear}-Q${round.quarter}`,
          stage: planned.workingDays,
          dueDate: round.reviewEndDate,
          sendOn: planned.sendOn,
          month: null,
          quarter: round.quarter,
          active: round.exists && !round.signedOff,
        }),
      ),
  );
}

/** Adds calendar days to a `YYYY-MM-DD` date. */
export function addCalendarDays(date: string, days: number): string {
  const { year, month, day } = parseIsoDate(date);
  const shifted = new Date(Date.UTC(year, month - 1, day + days));

  return formatIsoDate({ year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() });
}

/**
 * Returns the first send date a run for `date` looks at: the last finished run's date (a day may
 * have been cut short, and issue records make repeats harmless), but never more than
 * MAX_CATCH_UP_DAYS back and never after `date` itself.
 */
export function catchUpStart(date: string, lastRunOn: string | null): string {
  const earliest = addCalendarDays(date, -MAX_CATCH_UP_DAYS);
  const start = lastRunOn ?? date;

  if (start > date) {
    return date;
  }

  return start < earliest ? earliest : start;
}

/**
 * Selects the active reminders that fall due in a run for `date` that starts at `from`: sendOn
 * from `from` to `date`. A due or review reminder whose due date has passed by `date` is left
 * out, because the overdue notice replaces it.
 */
export function remindersDue(reminders: readonly ScheduledReminder[], from: string, date: string): ScheduledReminder[] {
  return reminders.filter((reminder) => {
    const remindsAhead = reminder.kind === 'progressDueReminder' || reminder.kind === 'reviewDueReminder';

    return reminder.active && reminder.sendOn >= from && reminder.sendOn <= date && (!remindsAhead || reminder.dueDate >= date);
  });
}

/** Returns the fiscal years whose reminders a run for `date` covers: the date's and the one before. */
export function fiscalYearsAround(date: string): number[] {
  const current = fiscalYearOf(date);

  return [current - 1, current];
}

/** Builds the issue key `<kind>:<agency code or evaluators>:<period>:<stage>`. */
export function reminderKey(reminder: Pick<ScheduledReminder, 'kind' | 'period' | 'stage'>, agencyCode: string | null): string {
  return `${reminder.kind}:${agencyCode ?? 'evaluators'}:${reminder.period}:${reminder.stage}`;
}
