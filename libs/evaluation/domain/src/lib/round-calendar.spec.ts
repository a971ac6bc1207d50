import { expectStatus } from '../testing/expect-status';
import { addDays, bangkokDateOfInstant, startOfBangkokDay } from './bangkok-day';
import {
  checkProgressEntry,
  monthEntryWindow,
  roundPhaseAt,
  roundSchedule,
  type RoundPhase,
} from './round-calendar';
import { DEFAULT_ROUND_CALENDAR_CONFIG, type RoundCalendarConfig } from './round-calendar.config';

const Q1_FY2564 = { fiscalYear: 2564, quarter: 1 } as const;

function withConfig(overrides: Partial<RoundCalendarConfig>): RoundCalendarConfig {
  return { ...DEFAULT_ROUND_CALENDAR_CONFIG, ...overrides };
}

describe('DEFAULT_ROUND_CALENDAR_CONFIG', () => {
  it('accepts progress until the 15th', () => {
    expect(DEFAULT_ROUND_CALENDAR_CONFIG.entryDeadlineDay).toBe(15);
  });

  it('reviews for 30 days', () => {
    expect(DEFAULT_ROUND_CALENDAR_CONFIG.reviewPeriodDays).toBe(30);
  });

  it('has no round overrides', () => {
    expect(DEFAULT_ROUND_CALENDAR_CONFIG.roundOverrides).toEqual([]);
  });
});

describe('bangkok-day helpers', () => {
  it.each([
    ['2020-02-28', 1, '2020-02-29'],
    ['2021-02-28', 1, '2021-03-01'],
    ['2020-12-31', 1, '2021-01-01'],
    ['2021-01-15', 30, '2021-02-14'],
    ['2021-01-01', -1, '2020-12-31'],
  ])('addDays(%s, %p) is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ['2020-10-01', '2020-09-30T17:00:00.000Z'],
    ['2021-01-01', '2020-12-31T17:00:00.000Z'],
    ['2020-11-16', '2020-11-15T17:00:00.000Z'],
  ])('startOfBangkokDay(%s) is %s', (date, instant) => {
    expect(startOfBangkokDay(date)).toBe(instant);
  });

  it.each([
    ['2020-11-15T16:59:59Z', '2020-11-15'],
    ['2020-11-15T17:00:00Z', '2020-11-16'],
    ['2020-11-16T00:00:00+07:00', '2020-11-16'],
    ['2020-12-31T17:00:00.000Z', '2021-01-01'],
  ])('bangkokDateOfInstant(%s) is %s', (instant, date) => {
    expect(bangkokDateOfInstant(instant)).toBe(date);
  });

  it.each(['2020-11-15', '2020-11-15T10:00:00', 'yesterday', ''])(
    'bangkokDateOfInstant rejects %p',
    (instant) => {
      expect(bangkokDateOfInstant(instant)).toBeNull();
    },
  );
});

describe('monthEntryWindow', () => {
  it.each([
    ['2020-09', 2563, 4, '2020-08-31T17:00:00.000Z', '2020-10-15', '2020-10-15T17:00:00.000Z'],
    ['2020-10', 2564, 1, '2020-09-30T17:00:00.000Z', '2020-11-15', '2020-11-15T17:00:00.000Z'],
    ['2020-12', 2564, 1, '2020-11-30T17:00:00.000Z', '2021-01-15', '2021-01-15T17:00:00.000Z'],
    ['2021-01', 2564, 2, '2020-12-31T17:00:00.000Z', '2021-02-15', '2021-02-15T17:00:00.000Z'],
    ['2021-09', 2564, 4, '2021-08-31T17:00:00.000Z', '2021-10-15', '2021-10-15T17:00:00.000Z'],
  ])('places %s in FY%p Q%p', (month, fiscalYear, quarter, opensAt, deadline, closesAt) => {
    const window = expectStatus(monthEntryWindow(month), 'ok').value;

    expect(window.fiscalYear).toBe(fiscalYear);
    expect(window.quarter).toBe(quarter);
    expect(window.opensAt).toBe(opensAt);
    expect(window.deadline).toBe(deadline);
    expect(window.closesAt).toBe(closesAt);
  });

  it('uses the configured deadline day', () => {
    const window = expectStatus(
      monthEntryWindow('2021-01', withConfig({ entryDeadlineDay: 28 })),
      'ok',
    );

    expect(window.value.deadline).toBe('2021-02-28');
  });

  it.each(['2020-13', '2020-1', '2020-10-01', 'October', '1941-09', ''])(
    'rejects month %p',
    (month) => {
      const result = expectStatus(monthEntryWindow(month), 'rejected');

      expect(result.reason.code).toBe('INVALID_MONTH');
    },
  );
});

describe('checkProgressEntry at Bangkok midnight', () => {
  it.each([
    ['2020-10', '2020-11-15T16:59:59Z', 'accepted'],
    ['2020-10', '2020-11-15T23:59:59.999+07:00', 'accepted'],
    ['2020-10', '2020-11-15T17:00:00Z', 'WINDOW_CLOSED'],
    ['2020-10', '2020-11-16T00:00:00+07:00', 'WINDOW_CLOSED'],
    ['2020-10', '2020-09-30T16:59:59Z', 'WINDOW_NOT_OPEN'],
    ['2020-10', '2020-09-30T17:00:00Z', 'accepted'],
    ['2020-12', '2021-01-15T16:59:59.999Z', 'accepted'],
    ['2020-12', '2021-01-15T17:00:00.000Z', 'WINDOW_CLOSED'],
    ['2021-09', '2021-10-15T16:59:59Z', 'accepted'],
    ['2021-09', '2021-10-15T17:00:00Z', 'WINDOW_CLOSED'],
    ['2021-01', '2020-12-31T16:59:59Z', 'WINDOW_NOT_OPEN'],
    ['2021-01', '2020-12-31T17:00:00Z', 'accepted'],
  ])('progress for %s at %s is %s', (month, at, expected) => {
    const decision = checkProgressEntry({ month, at });
    const outcome = decision.status === 'accepted' ? 'accepted' : decision.reason.code;

    expect(outcome).toBe(expected);
  });

  it('keeps September progress in the ending fiscal year', () => {
    const decision = expectStatus(
      checkProgressEntry({ month: '2021-09', at: '2021-10-10T09:00:00+07:00' }),
      'accepted',
    );

    expect(decision.window.fiscalYear).toBe(2564);
    expect(decision.window.quarter).toBe(4);
  });

  it('names the deadline when the window is closed', () => {
    const decision = expectStatus(
      checkProgressEntry({ month: '2020-10', at: '2020-11-15T17:00:00Z' }),
      'rejected',
    );

    expect(decision.reason.deadline).toBe('2020-11-15');
    expect(decision.reason.closesAt).toBe('2020-11-15T17:00:00.000Z');
  });

  it('names the opening instant when the window is not open', () => {
    const decision = expectStatus(
      checkProgressEntry({ month: '2020-11', at: '2020-10-31T12:00:00Z' }),
      'rejected',
    );

    expect(decision.reason.code).toBe('WINDOW_NOT_OPEN');
    expect(decision.reason.opensAt).toBe('2020-10-31T17:00:00.000Z');
  });

  it('ignores the host time zone', () => {
    const original = process.env.TZ;

    process.env.TZ = 'Pacific/Kiritimati';
    try {
      expect(checkProgressEntry({ month: '2020-10', at: '2020-11-15T16:59:59Z' }).status).toBe(
        'accepted',
      );
      expect(checkProgressEntry({ month: '2020-10', at: '2020-11-15T17:00:00Z' }).status).toBe(
        'rejected',
      );
      expect(startOfBangkokDay('2020-11-16')).toBe('2020-11-15T17:00:00.000Z');
    } finally {
      process.env.TZ = original;
    }
  });
});

describe('checkProgressEntry after sign-off', () => {
  const signedOffAt = '2021-01-10T03:00:00Z';

  it('rejects an entry from the sign-off on', () => {
    const decision = expectStatus(
      checkProgressEntry({ month: '2020-12', at: signedOffAt, roundSignedOffAt: signedOffAt }),
      'rejected',
    );

    expect(decision.reason.code).toBe('ROUND_SIGNED_OFF');
    expect(decision.reason.signedOffAt).toBe(signedOffAt);
  });

  it('accepts an entry made before the sign-off', () => {
    const decision = checkProgressEntry({
      month: '2020-12',
      at: '2021-01-10T02:59:59Z',
      roundSignedOffAt: signedOffAt,
    });

    expect(decision.status).toBe('accepted');
  });

  it('reports sign-off before a closed window', () => {
    const decision = expectStatus(
      checkProgressEntry({
        month: '2020-10',
        at: '2021-03-01T00:00:00Z',
        roundSignedOffAt: signedOffAt,
      }),
      'rejected',
    );

    expect(decision.reason.code).toBe('ROUND_SIGNED_OFF');
  });

  it('rejects an invalid sign-off time', () => {
    const decision = expectStatus(
      checkProgressEntry({ month: '2020-12', at: signedOffAt, roundSignedOffAt: '2021-01-10' }),
      'rejected',
    );

    expect(decision.reason.code).toBe('INVALID_INSTANT');
  });

  it.each(['2020-11-15', '2020-11-15T09:00:00', 'now'])('rejects entry time %p', (at) => {
    const decision = expectStatus(checkProgressEntry({ month: '2020-10', at }), 'rejected');

    expect(decision.reason.code).toBe('INVALID_INSTANT');
  });
});

describe('roundSchedule', () => {
  it('computes FY2564 Q1 with defaults', () => {
    const schedule = expectStatus(roundSchedule(Q1_FY2564), 'ok').value;

    expect(schedule.startDate).toBe('2020-10-01');
    expect(schedule.endDate).toBe('2020-12-31');
    expect(schedule.months.map((window) => window.month)).toEqual([
      '2020-10',
      '2020-11',
      '2020-12',
    ]);
    expect(schedule.months.map((window) => window.deadline)).toEqual([
      '2020-11-15',
      '2020-12-15',
      '2021-01-15',
    ]);
    expect(schedule.entryDeadline).toBe('2021-01-15');
    expect(schedule.entryClosesAt).toBe('2021-01-15T17:00:00.000Z');
    expect(schedule.reviewEndDate).toBe('2021-02-14');
    expect(schedule.reviewClosesAt).toBe('2021-02-14T17:00:00.000Z');
    expect(schedule.overridden).toBe(false);
  });

  it('computes FY2564 Q4 across the fiscal year end', () => {
    const schedule = expectStatus(roundSchedule({ fiscalYear: 2564, quarter: 4 }), 'ok').value;

    expect(schedule.months.map((window) => window.month)).toEqual([
      '2021-07',
      '2021-08',
      '2021-09',
    ]);
    expect(schedule.entryDeadline).toBe('2021-10-15');
    expect(schedule.reviewEndDate).toBe('2021-11-14');
  });

  it('uses the configured review period', () => {
    const schedule = expectStatus(
      roundSchedule(Q1_FY2564, withConfig({ reviewPeriodDays: 45 })),
      'ok',
    );

    expect(schedule.value.reviewEndDate).toBe('2021-03-01');
  });

  it('applies a round override', () => {
    const config = withConfig({
      roundOverrides: [{ fiscalYear: 2564, quarter: 1, entryDeadline: '2021-01-31' }],
    });
    const schedule = expectStatus(roundSchedule(Q1_FY2564, config), 'ok').value;

    expect(schedule.months.map((window) => window.deadline)).toEqual([
      '2021-01-31',
      '2021-01-31',
      '2021-01-31',
    ]);
    expect(schedule.reviewEndDate).toBe('2021-03-02');
    expect(schedule.overridden).toBe(true);
  });

  it('applies an overridden review end', () => {
    const config = withConfig({
      roundOverrides: [{ fiscalYear: 2564, quarter: 1, reviewEndDate: '2021-02-28' }],
    });
    const schedule = expectStatus(roundSchedule(Q1_FY2564, config), 'ok').value;

    expect(schedule.entryDeadline).toBe('2021-01-15');
    expect(schedule.reviewEndDate).toBe('2021-02-28');
  });

  it('leaves other rounds alone', () => {
    const config = withConfig({
      roundOverrides: [{ fiscalYear: 2564, quarter: 1, entryDeadline: '2021-01-31' }],
    });
    const schedule = expectStatus(
      roundSchedule({ fiscalYear: 2564, quarter: 2 }, config),
      'ok',
    ).value;

    expect(schedule.entryDeadline).toBe('2021-04-15');
    expect(schedule.overridden).toBe(false);
  });

  it('accepts overridden progress late', () => {
    const config = withConfig({
      roundOverrides: [{ fiscalYear: 2564, quarter: 1, entryDeadline: '2021-01-31' }],
    });

    expect(
      checkProgressEntry({ month: '2020-10', at: '2021-01-31T16:59:59Z' }, config).status,
    ).toBe('accepted');
    expect(
      checkProgressEntry({ month: '2020-10', at: '2021-01-31T17:00:00Z' }, config).status,
    ).toBe('rejected');
  });

  it.each([
    [2484, 1],
    [2564, 0],
    [2564, 5],
    [2564.5, 1],
    [10000, 1],
  ])('rejects round FY%p Q%p', (fiscalYear, quarter) => {
    const result = expectStatus(roundSchedule({ fiscalYear, quarter } as never), 'rejected');

    expect(result.reason.code).toBe('INVALID_ROUND');
  });
});

describe('round calendar configuration', () => {
  it.each<[string, Partial<RoundCalendarConfig>, string]>([
    ['deadline day 0', { entryDeadlineDay: 0 }, 'entryDeadlineDay'],
    ['deadline day 29', { entryDeadlineDay: 29 }, 'entryDeadlineDay'],
    ['fractional deadline day', { entryDeadlineDay: 1.5 }, 'entryDeadlineDay'],
    ['review period 0', { reviewPeriodDays: 0 }, 'reviewPeriodDays'],
    ['review period 367', { reviewPeriodDays: 367 }, 'reviewPeriodDays'],
    ['overrides not a list', { roundOverrides: null as never }, 'roundOverrides'],
    [
      'override of quarter 5',
      { roundOverrides: [{ fiscalYear: 2564, quarter: 5 as never }] },
      'roundOverrides[0]',
    ],
    [
      'deadline before quarter end',
      { roundOverrides: [{ fiscalYear: 2564, quarter: 1, entryDeadline: '2020-12-30' }] },
      'roundOverrides[0].entryDeadline',
    ],
    [
      'nonexistent deadline',
      { roundOverrides: [{ fiscalYear: 2564, quarter: 1, entryDeadline: '2021-02-30' }] },
      'roundOverrides[0].entryDeadline',
    ],
    [
      'review end before deadline',
      {
        roundOverrides: [
          {
            fiscalYear: 2564,
            quarter: 1,
            entryDeadline: '2021-01-31',
            reviewEndDate: '2021-01-30',
          },
        ],
      },
      'roundOverrides[0].reviewEndDate',
    ],
    [
      'duplicate overrides',
      {
        roundOverrides: [
          { fiscalYear: 2564, quarter: 1, entryDeadline: '2021-01-31' },
          { fiscalYear: 2564, quarter: 1, reviewEndDate: '2021-03-31' },
        ],
      },
      'roundOverrides',
    ],
  ])('rejects %s', (_name, overrides, field) => {
    const result = expectStatus(roundSchedule(Q1_FY2564, withConfig(overrides)), 'rejected');

    expect(result.reason.code).toBe('INVALID_CALENDAR_CONFIG');
    expect(result.reason.field).toBe(field);
  });

  it('rejects a bad config in checkProgressEntry', () => {
    const decision = expectStatus(
      checkProgressEntry(
        { month: '2020-10', at: '2020-11-01T00:00:00Z' },
        withConfig({ entryDeadlineDay: 31 }),
      ),
      'rejected',
    );

    expect(decision.reason.code).toBe('INVALID_CALENDAR_CONFIG');
  });
});

describe('roundPhaseAt', () => {
  it.each<[string, string | null, RoundPhase]>([
    ['2020-09-30T16:59:59Z', null, 'upcoming'],
    ['2020-09-30T17:00:00Z', null, 'entry'],
    ['2021-01-15T16:59:59Z', null, 'entry'],
    ['2021-01-15T17:00:00Z', null, 'review'],
    ['2021-02-14T16:59:59Z', null, 'review'],
    ['2021-02-14T17:00:00Z', null, 'overdue'],
    ['2021-02-10T01:59:59Z', '2021-02-10T02:00:00Z', 'review'],
    ['2021-02-10T02:00:00Z', '2021-02-10T02:00:00Z', 'signedOff'],
    ['2022-01-01T00:00:00Z', '2021-02-10T02:00:00Z', 'signedOff'],
  ])('FY2564 Q1 at %s (signed off %p) is %s', (at, signedOffAt, phase) => {
    const result = expectStatus(roundPhaseAt({ ...Q1_FY2564, at, signedOffAt }), 'ok');

    expect(result.value.phase).toBe(phase);
  });

  it('rejects an invalid instant', () => {
    const result = expectStatus(roundPhaseAt({ ...Q1_FY2564, at: '2021-01-15' }), 'rejected');

    expect(result.reason.code).toBe('INVALID_INSTANT');
  });

  it('rejects an invalid round', () => {
    const result = expectStatus(
      roundPhaseAt({ fiscalYear: 2564, quarter: 7 as never, at: '2021-01-15T00:00:00Z' }),
      'rejected',
    );

    expect(result.reason.code).toBe('INVALID_ROUND');
  });
});

describe('calendar messages', () => {
  it('words WINDOW_CLOSED in both languages', () => {
    const { reason } = expectStatus(
      checkProgressEntry({ month: '2020-10', at: '2020-11-16T08:00:00+07:00' }),
      'rejected',
    );

    expect(reason.th).toBe(
      'หมดเวลาบันทึกผลการดำเนินงานของเดือนตุลาคม 2563 แล้ว บันทึกได้ถึงสิ้นวันที่ 15 พฤศจิกายน 2563 เวลากรุงเทพฯ ' +
        'หากต้องการบันทึกเพิ่ม โปรดติดต่อ สยป.',
    );
    expect(reason.en).toBe(
      'Progress for 2020-10 is no longer accepted: the entry window closed at the end of 2020-11-15, ' +
        'Bangkok time. Ask the evaluation department to extend the round.',
    );
  });

  it('words WINDOW_NOT_OPEN with the first day', () => {
    const { reason } = expectStatus(
      checkProgressEntry({ month: '2021-01', at: '2020-12-20T08:00:00+07:00' }),
      'rejected',
    );

    expect(reason.th).toContain('มกราคม 2564');
    expect(reason.th).toContain('1 มกราคม 2564');
    expect(reason.en).toContain('2021-01-01');
  });

  it('dates ROUND_SIGNED_OFF in Bangkok and BE', () => {
    const signedOffAt = '2021-02-09T18:00:00Z';
    const { reason } = expectStatus(
      checkProgressEntry({
        month: '2020-12',
        at: '2021-02-10T09:00:00+07:00',
        roundSignedOffAt: signedOffAt,
      }),
      'rejected',
    );

    expect(reason.th).toBe(
      'รอบการประเมินไตรมาสที่ 1 ปีงบประมาณ 2564 รับรองผลแล้วเมื่อวันที่ 10 กุมภาพันธ์ 2564 จึงแก้ไขผลการดำเนินงานไม่ได้',
    );
    expect(reason.en).toBe(
      'Round FY2564 Q1 was signed off on 2021-02-10, so its progress is locked and cannot be changed.',
    );
  });

  it('names value and fix in INVALID_MONTH', () => {
    const { reason } = expectStatus(monthEntryWindow('2020-13'), 'rejected');

    expect(reason.th).toContain('"2020-13"');
    expect(reason.en).toContain('"2020-13"');
    expect(reason.en).toContain('YYYY-MM');
  });

  it('names field and range in INVALID_CALENDAR_CONFIG', () => {
    const { reason } = expectStatus(
      roundSchedule(Q1_FY2564, withConfig({ entryDeadlineDay: 31 })),
      'rejected',
    );

    expect(reason.th).toContain('entryDeadlineDay');
    expect(reason.en).toBe(
      'Invalid round calendar setting entryDeadlineDay = "31": expected an integer from 1 to 28.',
    );
  });
});
