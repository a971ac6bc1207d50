import {
  bangkokStartOfDay,
  cellStatus,
  dueDateOf,
  dueInstantOf,
  fiscalYearMonths,
  fiscalYearOfMonth,
  submissionStatus,
} from './district-calendar.util';

describe('district calendar', () => {
  it('lists fiscal year months from October', () => {
    const months = fiscalYearMonths(2567);

    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2023-10');
    expect(months[2]).toBe('2023-12');
    expect(months[3]).toBe('2024-01');
    expect(months[11]).toBe('2024-09');
  });

  it.each([
    ['2023-10', 2567],
    ['2024-09', 2567],
    ['2024-10', 2568],
    ['2020-10', 2564],
  ])('puts month %s in fiscal year %i', (month, fiscalYear) => {
    expect(fiscalYearOfMonth(month)).toBe(fiscalYear);
  });

  it.each([
    ['2024-01', 15, 0, '2024-01-15'],
    ['2024-01', 15, 1, '2024-02-15'],
    ['2024-12', 15, 1, '2025-01-15'],
    ['2024-02', 31, 0, '2024-02-29'],
    ['2023-02', 31, 0, '2023-02-28'],
    ['2024-01', 31, 1, '2024-02-29'],
  ])('dates month %s due day %i offset %i as %s', (month, dueDay, dueMonthOffset, expected) => {
    expect(dueDateOf(month, { dueDay, dueMonthOffset })).toBe(expected);
  });

  it('ends the due day at 23:59:59.999 Bangkok', () => {
    const dueAt = dueInstantOf('2024-01', { dueDay: 15, dueMonthOffset: 0 });

    expect(dueAt.toISOString()).toBe('2024-01-15T16:59:59.999Z');
  });

  it('ends a year-end due day in the next UTC year', () => {
    const dueAt = dueInstantOf('2024-12', { dueDay: 31, dueMonthOffset: 0 });

    expect(dueAt.toISOString()).toBe('2024-12-31T16:59:59.999Z');
  });

  it('starts a Bangkok day at 17:00 UTC the day before', () => {
    expect(bangkokStartOfDay('2024-01-16').toISOString()).toBe('2024-01-15T17:00:00.000Z');
  });

  describe('submission status around Bangkok midnight', () => {
    const dueAt = dueInstantOf('2024-01', { dueDay: 15, dueMonthOffset: 0 });

    it('is on time at 23:59:59 Bangkok on the due day', () => {
      expect(submissionStatus(new Date('2024-01-15T23:59:59+07:00'), dueAt)).toBe('onTime');
    });

    it('is late at 00:00 Bangkok the next day', () => {
      expect(submissionStatus(new Date('2024-01-16T00:00:00+07:00'), dueAt)).toBe('late');
    });

    it('is on time at 20:00 UTC on the 14th, already the 15th in Bangkok', () => {
      expect(submissionStatus(new Date('2024-01-14T20:00:00Z'), dueAt)).toBe('onTime');
    });

    it('is late at 18:00 UTC on the 15th, already the 16th in Bangkok', () => {
      expect(submissionStatus(new Date('2024-01-15T18:00:00Z'), dueAt)).toBe('late');
    });
  });

  describe('cell status', () => {
    const dueAt = dueInstantOf('2024-01', { dueDay: 15, dueMonthOffset: 0 });
    const onTime = { firstSubmittedAt: new Date('2024-01-10T10:00:00+07:00'), status: 'onTime' as const };

    it('is pending before the due day ends', () => {
      expect(cellStatus(null, dueAt, new Date('2024-01-15T23:59:59+07:00'))).toBe('pending');
    });

    it('is missing once the due day has ended', () => {
      expect(cellStatus(null, dueAt, bangkokStartOfDay('2024-01-16'))).toBe('missing');
    });

    it('takes the status of the submission', () => {
      expect(cellStatus(onTime, dueAt, bangkokStartOfDay('2024-02-01'))).toBe('onTime');
    });

    it('ignores a submission after the as-of instant', () => {
      expect(cellStatus(onTime, dueAt, bangkokStartOfDay('2024-01-05'))).toBe('pending');
    });
  });
});
