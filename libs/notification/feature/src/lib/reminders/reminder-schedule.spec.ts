import type { CalendarRoundResponse, EvaluationCalendarResponse } from '@bma-kpi/contracts-evaluation';
import { HolidayCalendar, fixedThaiHolidays } from '@bma-kpi/util-thai';

import {
  DEFAULT_REMINDER_SETTINGS,
  catchUpStart,
  fiscalYearsAround,
  reminderKey,
  remindersDue,
  scheduleFiscalYear,
  type ScheduledReminder,
} from './reminder-schedule';

const holidays = new HolidayCalendar([...fixedThaiHolidays(2025), ...fixedThaiHolidays(2026)]);

function round(quarter: number, overrides: Partial<CalendarRoundResponse> = {}): CalendarRoundResponse {
  return {
    quarter,
    exists: true,
    signedOff: false,
    signedOffAt: null,
    entryDeadline: '2026-01-15',
    reviewEndDate: '2026-02-16',
    overridden: false,
    evaluationStates: {},
    ...overrides,
  };
}

/** A fiscal year 2569 calendar with one month and rounds 1 and 2, as the evaluation service returns it. */
function calendarWith(deadline: string, rounds: CalendarRoundResponse[] = [round(1)]): EvaluationCalendarResponse {
  return { fiscalYear: 2569, months: [{ month: '2025-10', quarter: 1, deadline }], rounds };
}

function sendDates(reminders: ScheduledReminder[], kind: ScheduledReminder['kind']): [number, string][] {
  return reminders.filter((reminder) => reminder.kind === kind).map((reminder) => [reminder.stage, reminder.sendOn]);
}

describe('scheduleFiscalYear', () => {
  it('moves reminders of a Saturday deadline to the Friday before', () => {
    const sut = scheduleFiscalYear(calendarWith('2025-11-15'), holidays, DEFAULT_REMINDER_SETTINGS);

    expect(sendDates(sut, 'progressDueReminder')).toEqual([
      [3, '2025-11-11'],
      [1, '2025-11-13'],
    ]);
    expect(sendDates(sut, 'progressOverdue')).toEqual([[1, '2025-11-17']]);
    expect(sendDates(sut, 'progressOverdueEscalation')).toEqual([[5, '2025-11-21']]);
  });

  it('skips Songkran, Chakri Day and their substitution days', () => {
    // 2025-04-15 is a Songkran Tuesday. 13 April fell on a Sunday, so Wednesday 16 April is a
    // substitution day, and Sunday 6 April (Chakri Day) gives Monday 7 April.
    const sut = scheduleFiscalYear(calendarWith('2025-04-15'), holidays, DEFAULT_REMINDER_SETTINGS);

    expect(sendDates(sut, 'progressDueReminder')).toEqual([
      [3, '2025-04-08'],
      [1, '2025-04-10'],
    ]);
    expect(sendDates(sut, 'progressOverdue')).toEqual([[1, '2025-04-17']]);
    expect(sendDates(sut, 'progressOverdueEscalation')).toEqual([[5, '2025-04-23']]);
  });

  it('skips New Year across the calendar year end', () => {
    const sut = scheduleFiscalYear(calendarWith('2026-01-02'), holidays, DEFAULT_REMINDER_SETTINGS);

    expect(sendDates(sut, 'progressDueReminder')).toEqual([
      [3, '2025-12-26'],
      [1, '2025-12-30'],
    ]);
    expect(sendDates(sut, 'progressOverdue')).toEqual([[1, '2026-01-05']]);
    expect(sendDates(sut, 'progressOverdueEscalation')).toEqual([[5, '2026-01-09']]);
  });

  it('plans review reminders before the review end only', () => {
    const sut = scheduleFiscalYear(calendarWith('2025-11-17', [round(1, { reviewEndDate: '2026-02-16' })]), holidays, DEFAULT_REMINDER_SETTINGS);
    const reviews = sut.filter((reminder) => reminder.kind === 'reviewDueReminder');

    expect(reviews.map((reminder) => [reminder.period, reminder.stage, reminder.sendOn])).toEqual([
      ['2569-Q1', 3, '2026-02-11'],
      ['2569-Q1', 1, '2026-02-13'],
    ]);
  });

  it('follows the configured working days', () => {
    const settings = { ...DEFAULT_REMINDER_SETTINGS, remindWorkingDaysBefore: [2], overdueAfterWorkingDays: 2, escalateAfterWorkingDays: 3 };
    const sut = scheduleFiscalYear(calendarWith('2025-11-17', []), holidays, settings);

    expect(sut.map((reminder) => [reminder.kind, reminder.stage, reminder.sendOn])).toEqual([
      ['progressDueReminder', 2, '2025-11-13'],
      ['progressOverdue', 2, '2025-11-19'],
      ['progressOverdueEscalation', 3, '2025-11-20'],
    ]);
  });

  it('marks a signed-off round inactive', () => {
    const sut = scheduleFiscalYear(calendarWith('2025-11-17', [round(1, { signedOff: true })]), holidays, DEFAULT_REMINDER_SETTINGS);

    expect(sut.every((reminder) => !reminder.active)).toBe(true);
  });

  it('marks the review of an unopened round inactive', () => {
    const sut = scheduleFiscalYear(calendarWith('2025-11-17', [round(1, { exists: false })]), holidays, DEFAULT_REMINDER_SETTINGS);

    expect(sut.filter((reminder) => reminder.kind === 'reviewDueReminder' && reminder.active)).toEqual([]);
    expect(sut.filter((reminder) => reminder.kind === 'progressOverdue' && reminder.active)).toHaveLength(1);
  });
});

describe('catchUpStart', () => {
  it.each([
    ['the date itself on the first run', '2025-11-17', null, '2025-11-17'],
    ['the last run date after an outage', '2025-11-17', '2025-11-10', '2025-11-10'],
    ['the last run date on the next day', '2025-11-17', '2025-11-16', '2025-11-16'],
    ['at most the bounded number of days back', '2025-11-17', '2025-01-01', '2025-10-17'],
    ['the date itself for a past date', '2025-11-17', '2025-12-01', '2025-11-17'],
  ])('returns %s', (_case, date, lastRunOn, expected) => {
    expect(catchUpStart(date, lastRunOn)).toBe(expected);
  });
});

describe('remindersDue', () => {
  const reminders = scheduleFiscalYear(calendarWith('2025-11-15', []), holidays, DEFAULT_REMINDER_SETTINGS);
  const due = (from: string, date: string) => remindersDue(reminders, from, date).map((reminder) => `${reminder.kind}:${reminder.stage}`);

  it('selects the reminders of one day', () => {
    expect(due('2025-11-13', '2025-11-13')).toEqual(['progressDueReminder:1']);
  });

  it('sends nothing on a day without reminders', () => {
    expect(due('2025-11-14', '2025-11-14')).toEqual([]);
  });

  it('catches up missed days', () => {
    expect(due('2025-11-10', '2025-11-21')).toEqual(['progressOverdue:1', 'progressOverdueEscalation:5']);
  });

  it('catches up due reminders while the deadline is ahead', () => {
    expect(due('2025-11-10', '2025-11-14')).toEqual(['progressDueReminder:3', 'progressDueReminder:1']);
  });

  it('leaves out inactive reminders', () => {
    const inactive = reminders.map((reminder) => ({ ...reminder, active: false }));

    expect(remindersDue(inactive, '2025-11-01', '2025-11-30')).toEqual([]);
  });
});

describe('fiscalYearsAround', () => {
  it.each([
    ['2025-10-01', [2568, 2569]],
    ['2025-09-30', [2567, 2568]],
  ])('returns the fiscal year of %s and the one before', (date, expected) => {
    expect(fiscalYearsAround(date)).toEqual(expected);
  });
});

describe('reminderKey', () => {
  it('names kind, agency, period and stage', () => {
    expect(reminderKey({ kind: 'progressOverdue', period: '2025-10', stage: 1 }, '0411')).toBe('progressOverdue:0411:2025-10:1');
  });

  it('names the evaluators without an agency', () => {
    expect(reminderKey({ kind: 'reviewDueReminder', period: '2569-Q1', stage: 3 }, null)).toBe('reviewDueReminder:evaluators:2569-Q1:3');
  });
});
