import type { CalendarRoundResponse } from '@bma-kpi/contracts-evaluation';
import { HolidayCalendar, fixedThaiHolidays } from '@bma-kpi/util-thai';

import { buildReminderHolidays } from './reminder-holidays';
import type { ReminderIndicator } from './reminder-indicators';
import { progressDeliveries, reviewDelivery } from './reminder-notices';
import type { ScheduledReminder } from './reminder-schedule';
import { reminderSettingsOf } from './reminder-settings.env';

const holidays = new HolidayCalendar(fixedThaiHolidays(2025));
const context = { date: '2025-11-21', holidays, publicBaseUrl: 'https://kpi.example.test' };

function kpi(id: string, code: string, agencyCode: string, reported: string[] = []): ReminderIndicator {
  return { id, code, titleTh: `ตัวชี้วัด ${code}`, agencyCode, agencyNameTh: `หน่วยงาน ${agencyCode}`, reportedMonths: new Set(reported) };
}

function reminder(kind: ScheduledReminder['kind'], stage: number): ScheduledReminder {
  return { kind, fiscalYear: 2569, period: '2025-10', stage, dueDate: '2025-11-15', sendOn: '2025-11-21', month: '2025-10', quarter: 1, active: true };
}

describe('progressDeliveries', () => {
  const indicators = [
    kpi('id-b', '0411-0002', '0411'),
    kpi('id-a', '0411-0001', '0411'),
    kpi('id-c', '1000-0001', '1000', ['2025-10']),
    kpi('id-d', '0500-0001', '0500', ['2025-09']),
  ];

  it('groups KPIs without the month by agency', () => {
    const sut = progressDeliveries(reminder('progressOverdueEscalation', 5), indicators, context);

    expect(sut.map((delivery) => [delivery.key, delivery.kpiCodes])).toEqual([
      ['progressOverdueEscalation:0411:2025-10:5', ['0411-0001', '0411-0002']],
      ['progressOverdueEscalation:0500:2025-10:5', ['0500-0001']],
    ]);
  });

  it('gives each KPI its own source id', () => {
    const [sut] = progressDeliveries(reminder('progressOverdue', 1), indicators, context);

    expect(sut?.notices.map((notice) => notice.sourceId)).toEqual(['progressOverdue:0411:2025-10:1:id-a', 'progressOverdue:0411:2025-10:1:id-b']);
  });

  it('counts working days overdue from the due date', () => {
    const [sut] = progressDeliveries(reminder('progressOverdue', 1), indicators, context);

    expect(sut?.notices[0]?.variables).toEqual({
      kpiCode: '0411-0001',
      kpiTitleTh: 'ตัวชี้วัด 0411-0001',
      agencyNameTh: 'หน่วยงาน 0411',
      month: '2025-10',
      dueDate: '2025-11-15',
      link: 'https://kpi.example.test/api/v1/indicators/id-a/progress',
      daysOverdue: 5,
    });
  });

  it('leaves daysOverdue out of a due reminder', () => {
    const [sut] = progressDeliveries(reminder('progressDueReminder', 1), indicators, context);

    expect(sut?.notices[0]?.variables).not.toHaveProperty('daysOverdue');
  });

  it('returns nothing when every KPI reported', () => {
    expect(progressDeliveries(reminder('progressOverdue', 1), [indicators[2]], context)).toEqual([]);
  });
});

describe('reviewDelivery', () => {
  const review: ScheduledReminder = { ...reminder('reviewDueReminder', 3), period: '2569-Q1', month: null, dueDate: '2026-02-16' };
  const round = (evaluationStates: Record<string, number>): CalendarRoundResponse => ({
    quarter: 1,
    exists: true,
    signedOff: false,
    signedOffAt: null,
    entryDeadline: '2026-01-15',
    reviewEndDate: '2026-02-16',
    overridden: false,
    evaluationStates,
  });

  it('counts KPIs not scored or signed off as pending', () => {
    const sut = reviewDelivery(review, round({ scored: 2, signedOff: 1, submitted: 4 }), 10, 'https://kpi.example.test');

    expect(sut?.key).toBe('reviewDueReminder:evaluators:2569-Q1:3');
    expect(sut?.notices[0]?.variables).toMatchObject({ fiscalYear: 2569, quarter: 1, pendingCount: 7, dueDate: '2026-02-16' });
  });

  it('returns null when nothing is pending', () => {
    expect(reviewDelivery(review, round({ scored: 3 }), 3, 'https://kpi.example.test')).toBeNull();
  });
});

describe('buildReminderHolidays', () => {
  const stored = [{ date: '2025-04-14', nameTh: 'วันสงกรานต์', nameEn: 'Songkran', substitution: false }];

  it('keeps a stored year as stored', () => {
    const sut = buildReminderHolidays(stored, 2025, 2026);

    expect(sut.calendar.isHoliday('2025-04-14')).toBe(true);
    expect(sut.calendar.isHoliday('2025-04-15')).toBe(false);
  });

  it('fills a year without rows with fixed-date holidays', () => {
    const sut = buildReminderHolidays(stored, 2025, 2026);

    expect(sut.defaultedYears).toEqual([2026]);
    expect(sut.calendar.isHoliday('2026-01-01')).toBe(true);
  });
});

describe('reminderSettingsOf', () => {
  const env = { REMINDERS_ENABLED: true, REMINDER_TICK_INTERVAL_MS: 60_000, REMINDER_DAYS_BEFORE: ' 3, 1', REMINDER_OVERDUE_AFTER_DAYS: 1, REMINDER_ESCALATE_AFTER_DAYS: 5 };

  it('reads the comma list of days before', () => {
    expect(reminderSettingsOf(env).remindWorkingDaysBefore).toEqual([3, 1]);
  });

  it('rejects a repeated day before', () => {
    expect(() => reminderSettingsOf({ ...env, REMINDER_DAYS_BEFORE: '1,1' })).toThrow('REMINDER_DAYS_BEFORE');
  });

  it('rejects an escalation not after the overdue notice', () => {
    expect(() => reminderSettingsOf({ ...env, REMINDER_ESCALATE_AFTER_DAYS: 1 })).toThrow('REMINDER_ESCALATE_AFTER_DAYS');
  });
});
