import {
  BUDDHIST_ERA_OFFSET,
  FIRST_CONVERTIBLE_BE_YEAR,
  type HolidayCalendar,
  addWorkingDays,
  fiscalYearRange,
  formatIsoDate,
  parseIsoDate,
  previousWorkingDay,
} from '@bma-kpi/util-thai';

/** When to remind about one due date, in working days of a HolidayCalendar. */
export interface ReminderSettings {
  /** Last day, `YYYY-MM-DD`, on which the work is on time. */
  dueDate: string;
  /**
   * Working days before the due date on which to remind, for example [3, 1]. 0 means on the due
   * date itself, or on the last working day before it.
   */
  remindWorkingDaysBefore: readonly number[];
  /** Working days after the due date on which to send the overdue notice, at least 1. */
  overdueAfterWorkingDays: number;
  /** Working days after the due date on which to escalate, more than the overdue notice. */
  escalateAfterWorkingDays: number;
}

/** One reminder to send: the due reminder, the overdue notice or the escalation. */
export interface PlannedReminder {
  kind: 'due' | 'overdue' | 'escalation';
  /** Working day, `YYYY-MM-DD`, on which to send it. */
  sendOn: string;
  /** Working days before the due date for `due`, and after it for the other kinds. */
  workingDays: number;
}

/** Month of progress and the last day to report it. */
export interface MonthlyProgressDueDate {
  /** Month the progress is for, `YYYY-MM` in the Christian era. */
  month: string;
  /** Last day, `YYYY-MM-DD`, to report it: entryDeadlineDay of the following month. */
  dueDate: string;
}

/**
 * Maximum entry deadline day, because later days do not exist in every February. The evaluation
 * service accepts the same range for its round calendar.
 */
export const MAX_ENTRY_DEADLINE_DAY = 28;

// The September progress of the last fiscal year is due in October of the year 9999.
const LAST_FISCAL_YEAR = 9999 + BUDDHIST_ERA_OFFSET;

const KIND_ORDER: Readonly<Record<PlannedReminder['kind'], number>> = {
  due: 0,
  overdue: 1,
  escalation: 2,
};

/**
 * Plans the reminders for one due date, sorted by sendOn. Every sendOn is a working day.
 * A due date on a weekend or holiday counts as the last working day before it for the reminders
 * before it, so people hear of the deadline while they are at work. The overdue notice and the
 * escalation count working days strictly after the due date itself, so a Saturday due date with
 * overdueAfterWorkingDays 1 gives the following Monday (when that is a working day).
 * Throws a RangeError for invalid settings, naming the setting.
 */
export function planReminders(
  settings: ReminderSettings,
  calendar: HolidayCalendar,
): PlannedReminder[] {
  validateReminderSettings(settings);
  const { dueDate, remindWorkingDaysBefore, overdueAfterWorkingDays, escalateAfterWorkingDays } =
    settings;
  const lastWorkingDay = previousWorkingDay(dueDate, calendar);
  const before = remindWorkingDaysBefore.map((workingDays): PlannedReminder => ({
    kind: 'due',
    sendOn: addWorkingDays(lastWorkingDay, -workingDays, calendar),
    workingDays,
  }));
  const after: PlannedReminder[] = [
    {
      kind: 'overdue',
      sendOn: addWorkingDays(dueDate, overdueAfterWorkingDays, calendar),
      workingDays: overdueAfterWorkingDays,
    },
    {
      kind: 'escalation',
      sendOn: addWorkingDays(dueDate, escalateAfterWorkingDays, calendar),
      workingDays: escalateAfterWorkingDays,
    },
  ];

  return [...before, ...after].sort(
    (a, b) => a.sendOn.localeCompare(b.sendOn) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind],
  );
}

/**
 * Returns the 12 progress due dates of a fiscal year, October to September. Progress for a
 * month is due on entryDeadlineDay of the next month, so with day 15 the October 2020 progress
 * of FY2564 is due on 2020-11-15. The dates are calendar days, and planReminders moves the
 * reminders onto working days. Throws a RangeError for a fiscal year that is not a whole
 * Buddhist-era year from 2484 to 10542, or a day that is not a whole number from 1 to 28.
 */
export function monthlyProgressDueDates(
  fiscalYear: number,
  entryDeadlineDay: number,
): MonthlyProgressDueDate[] {
  if (
    !Number.isInteger(fiscalYear) ||
    fiscalYear < FIRST_CONVERTIBLE_BE_YEAR ||
    fiscalYear > LAST_FISCAL_YEAR
  ) {
    throw new RangeError(
      `Invalid fiscal year ${String(fiscalYear)}: expected a whole Buddhist-era year from ` +
        `${FIRST_CONVERTIBLE_BE_YEAR} to ${LAST_FISCAL_YEAR}.`,
    );
  }
  if (
    !Number.isInteger(entryDeadlineDay) ||
    entryDeadlineDay < 1 ||
    entryDeadlineDay > MAX_ENTRY_DEADLINE_DAY
  ) {
    throw new RangeError(
      `Invalid entryDeadlineDay ${String(entryDeadlineDay)}: expected a whole number from 1 to ` +
        `${MAX_ENTRY_DEADLINE_DAY}, because later days do not exist in every month.`,
    );
  }
  const first = parseIsoDate(fiscalYearRange(fiscalYear).start);

  return Array.from({ length: 12 }, (_unused, index) => {
    const month = shiftMonth(first.year, first.month, index);
    const next = shiftMonth(first.year, first.month, index + 1);

    return {
      month: formatIsoDate({ ...month, day: 1 }).slice(0, 7),
      dueDate: formatIsoDate({ ...next, day: entryDeadlineDay }),
    };
  });
}

function shiftMonth(year: number, month: number, count: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + count;

  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

function validateReminderSettings(settings: ReminderSettings): void {
  const { dueDate, remindWorkingDaysBefore, overdueAfterWorkingDays, escalateAfterWorkingDays } =
    settings;

  try {
    parseIsoDate(dueDate);
  } catch {
    throw new RangeError(
      `Invalid dueDate "${String(dueDate)}": expected an existing date YYYY-MM-DD.`,
    );
  }
  for (const workingDays of remindWorkingDaysBefore) {
    if (!Number.isSafeInteger(workingDays) || workingDays < 0) {
      throw new RangeError(
        `Invalid remindWorkingDaysBefore entry ${String(workingDays)}: ` +
          'expected a whole number of 0 or more.',
      );
    }
  }
  if (new Set(remindWorkingDaysBefore).size !== remindWorkingDaysBefore.length) {
    throw new RangeError(
      `Invalid remindWorkingDaysBefore [${remindWorkingDaysBefore.join(', ')}]: ` +
        'each entry may appear only once.',
    );
  }
  if (!Number.isSafeInteger(overdueAfterWorkingDays) || overdueAfterWorkingDays < 1) {
    throw new RangeError(
      `Invalid overdueAfterWorkingDays ${String(overdueAfterWorkingDays)}: ` +
        'expected a whole number of 1 or more.',
    );
  }
  if (
    !Number.isSafeInteger(escalateAfterWorkingDays) ||
    escalateAfterWorkingDays <= overdueAfterWorkingDays
  ) {
    throw new RangeError(
      `Invalid escalateAfterWorkingDays ${String(escalateAfterWorkingDays)}: expected a whole ` +
        `number greater than overdueAfterWorkingDays (${overdueAfterWorkingDays}).`,
    );
  }
}
