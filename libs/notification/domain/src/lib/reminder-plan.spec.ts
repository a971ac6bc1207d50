import {
  HolidayCalendar,
  fixedThaiHolidays,
  isWorkingDay,
  previousWorkingDay,
  workingDaysBetween,
} from '@bma-kpi/util-thai';

import {
  type PlannedReminder,
  type ReminderSettings,
  monthlyProgressDueDates,
  planReminders,
} from './reminder-plan';

// 2021-04-12 (Monday) to 2021-04-15 (Thursday) are holidays, as in the Songkran week of 2021.
const SONGKRAN_2021 = new HolidayCalendar(
  ['2021-04-12', '2021-04-13', '2021-04-14', '2021-04-15'].map((date) => ({
    date,
    nameTh: 'วันสงกรานต์',
    nameEn: 'Songkran',
  })),
);
const THAI_2021 = new HolidayCalendar(fixedThaiHolidays(2021));

const settings = (
  dueDate: string,
  overrides: Partial<ReminderSettings> = {},
): ReminderSettings => ({
  dueDate,
  remindWorkingDaysBefore: [3, 1],
  overdueAfterWorkingDays: 1,
  escalateAfterWorkingDays: 5,
  ...overrides,
});

describe('planReminders', () => {
  it.each<[string, string, ReminderSettings, PlannedReminder[]]>([
    [
      'working-day due date',
      'Wednesday 2021-01-20',
      settings('2021-01-20'),
      [
        { kind: 'due', sendOn: '2021-01-15', workingDays: 3 },
        { kind: 'due', sendOn: '2021-01-19', workingDays: 1 },
        { kind: 'overdue', sendOn: '2021-01-21', workingDays: 1 },
        { kind: 'escalation', sendOn: '2021-01-27', workingDays: 5 },
      ],
    ],
    [
      'weekend due date',
      'Saturday 2021-01-16',
      settings('2021-01-16', { remindWorkingDaysBefore: [1, 0] }),
      [
        { kind: 'due', sendOn: '2021-01-14', workingDays: 1 },
        { kind: 'due', sendOn: '2021-01-15', workingDays: 0 },
        { kind: 'overdue', sendOn: '2021-01-18', workingDays: 1 },
        { kind: 'escalation', sendOn: '2021-01-22', workingDays: 5 },
      ],
    ],
    [
      'holiday due date',
      'Wednesday 2021-04-14',
      settings('2021-04-14'),
      [
        { kind: 'due', sendOn: '2021-04-06', workingDays: 3 },
        { kind: 'due', sendOn: '2021-04-08', workingDays: 1 },
        { kind: 'overdue', sendOn: '2021-04-16', workingDays: 1 },
        { kind: 'escalation', sendOn: '2021-04-22', workingDays: 5 },
      ],
    ],
    [
      'holidays before due date',
      'Monday 2021-04-19',
      settings('2021-04-19', { overdueAfterWorkingDays: 2, escalateAfterWorkingDays: 3 }),
      [
        { kind: 'due', sendOn: '2021-04-08', workingDays: 3 },
        { kind: 'due', sendOn: '2021-04-16', workingDays: 1 },
        { kind: 'overdue', sendOn: '2021-04-21', workingDays: 2 },
        { kind: 'escalation', sendOn: '2021-04-22', workingDays: 3 },
      ],
    ],
    [
      'no early reminders',
      'Wednesday 2021-01-20',
      settings('2021-01-20', { remindWorkingDaysBefore: [] }),
      [
        { kind: 'overdue', sendOn: '2021-01-21', workingDays: 1 },
        { kind: 'escalation', sendOn: '2021-01-27', workingDays: 5 },
      ],
    ],
    [
      'unsorted reminder days',
      'Wednesday 2021-01-20',
      settings('2021-01-20', { remindWorkingDaysBefore: [1, 5, 3] }),
      [
        { kind: 'due', sendOn: '2021-01-13', workingDays: 5 },
        { kind: 'due', sendOn: '2021-01-15', workingDays: 3 },
        { kind: 'due', sendOn: '2021-01-19', workingDays: 1 },
        { kind: 'overdue', sendOn: '2021-01-21', workingDays: 1 },
        { kind: 'escalation', sendOn: '2021-01-27', workingDays: 5 },
      ],
    ],
  ])('plans %s (%s)', (_case, _date, input, expected) => {
    expect(planReminders(input, SONGKRAN_2021)).toEqual(expected);
  });

  it('keeps invariants for every due date of 2021', () => {
    for (let day = new Date('2021-01-01T00:00:00Z'); day.getUTCFullYear() === 2021;) {
      const dueDate = day.toISOString().slice(0, 10);
      const plan = planReminders(
        settings(dueDate, { remindWorkingDaysBefore: [5, 2, 0] }),
        THAI_2021,
      );
      const lastWorkingDay = previousWorkingDay(dueDate, THAI_2021);

      for (const reminder of plan) {
        expect(isWorkingDay(reminder.sendOn, THAI_2021)).toBe(true);
        if (reminder.kind === 'due') {
          expect(workingDaysBetween(reminder.sendOn, lastWorkingDay, THAI_2021)).toBe(
            reminder.workingDays,
          );
        } else {
          expect(workingDaysBetween(dueDate, reminder.sendOn, THAI_2021)).toBe(
            reminder.workingDays,
          );
        }
      }
      expect(plan.map((reminder) => reminder.sendOn)).toEqual(
        plan.map((reminder) => reminder.sendOn).sort(),
      );
      day = new Date(day.getTime() + 86_400_000);
    }
  });

  it.each<[string, Partial<ReminderSettings>, string]>([
    ['bad due date', { dueDate: '2021-02-30' }, 'Invalid dueDate "2021-02-30"'],
    ['empty due date', { dueDate: '' }, 'Invalid dueDate ""'],
    [
      'negative reminder',
      { remindWorkingDaysBefore: [-1] },
      'Invalid remindWorkingDaysBefore entry -1',
    ],
    [
      'fractional reminder',
      { remindWorkingDaysBefore: [1.5] },
      'Invalid remindWorkingDaysBefore entry 1.5',
    ],
    [
      'duplicate reminder',
      { remindWorkingDaysBefore: [3, 1, 3] },
      'each entry may appear only once',
    ],
    ['zero overdue', { overdueAfterWorkingDays: 0 }, 'Invalid overdueAfterWorkingDays 0'],
    ['NaN overdue', { overdueAfterWorkingDays: Number.NaN }, 'Invalid overdueAfterWorkingDays NaN'],
    ['equal escalation', { escalateAfterWorkingDays: 1 }, 'Invalid escalateAfterWorkingDays 1'],
    [
      'early escalation',
      { overdueAfterWorkingDays: 3, escalateAfterWorkingDays: 2 },
      'greater than overdueAfterWorkingDays (3)',
    ],
    [
      'fractional escalation',
      { escalateAfterWorkingDays: 5.5 },
      'Invalid escalateAfterWorkingDays 5.5',
    ],
  ])('rejects %s', (_case, overrides, message) => {
    expect(() => planReminders(settings('2021-01-20', overrides), SONGKRAN_2021)).toThrow(
      RangeError,
    );
    expect(() => planReminders(settings('2021-01-20', overrides), SONGKRAN_2021)).toThrow(message);
  });
});

describe('monthlyProgressDueDates', () => {
  it('lists FY2564 with day 15', () => {
    expect(monthlyProgressDueDates(2564, 15)).toEqual([
      { month: '2020-10', dueDate: '2020-11-15' },
      { month: '2020-11', dueDate: '2020-12-15' },
      { month: '2020-12', dueDate: '2021-01-15' },
      { month: '2021-01', dueDate: '2021-02-15' },
      { month: '2021-02', dueDate: '2021-03-15' },
      { month: '2021-03', dueDate: '2021-04-15' },
      { month: '2021-04', dueDate: '2021-05-15' },
      { month: '2021-05', dueDate: '2021-06-15' },
      { month: '2021-06', dueDate: '2021-07-15' },
      { month: '2021-07', dueDate: '2021-08-15' },
      { month: '2021-08', dueDate: '2021-09-15' },
      { month: '2021-09', dueDate: '2021-10-15' },
    ]);
  });

  it.each<[number, number, number, { month: string; dueDate: string }]>([
    [2564, 1, 0, { month: '2020-10', dueDate: '2020-11-01' }],
    [2564, 28, 3, { month: '2021-01', dueDate: '2021-02-28' }],
    [2567, 28, 3, { month: '2024-01', dueDate: '2024-02-28' }],
    [2484, 15, 0, { month: '1940-10', dueDate: '1940-11-15' }],
    [10542, 15, 11, { month: '9999-09', dueDate: '9999-10-15' }],
  ])('gives FY%p day %p entry %p', (fiscalYear, day, index, expected) => {
    const dueDates = monthlyProgressDueDates(fiscalYear, day);

    expect(dueDates).toHaveLength(12);
    expect(dueDates[index]).toEqual(expected);
  });

  it.each([2483, 2564.5, Number.NaN, 10543])('rejects fiscal year %p', (fiscalYear) => {
    expect(() => monthlyProgressDueDates(fiscalYear, 15)).toThrow(
      `Invalid fiscal year ${fiscalYear}`,
    );
  });

  it.each([0, 29, 31, 1.5, Number.NaN])('rejects deadline day %p', (day) => {
    expect(() => monthlyProgressDueDates(2564, day)).toThrow(`Invalid entryDeadlineDay ${day}`);
  });
});
