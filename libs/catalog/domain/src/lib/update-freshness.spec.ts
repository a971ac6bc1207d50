import { nextUpdateDue, updateFreshness } from './update-freshness.util';

describe('nextUpdateDue', () => {
  it.each([
    ['yearly', '2025-03-15', 'ปี', 1, '2026-03-15'],
    ['twice a year', '2025-03-15', 'ปี', 2, '2025-09-15'],
    ['half-yearly', '2025-03-15', 'ครึ่งปี', 1, '2025-09-15'],
    ['quarterly', '2025-11-30', 'ไตรมาส', 1, '2026-02-28'],
    ['monthly from the 31st', '2025-01-31', 'เดือน', 1, '2025-02-28'],
    ['monthly in a leap year', '2024-01-31', 'เดือน', 1, '2024-02-29'],
    ['twice a month', '2025-01-01', 'เดือน', 2, '2025-01-16'],
    ['five times a year', '2025-01-01', 'ปี', 5, '2025-03-15'],
    ['weekly across a year end', '2025-12-29', 'สัปดาห์', 1, '2026-01-05'],
    ['daily', '2025-12-31', 'วัน', 1, '2026-01-01'],
    ['several times a day', '2025-12-31', 'วัน', 4, '2026-01-01'],
    ['hourly', '2025-06-01', 'ชั่วโมง', 1, '2025-06-02'],
    ['business day from a Friday', '2026-12-04', 'วันทำการ', 1, '2026-12-07'],
    ['business day from a Monday', '2026-12-07', 'วันทำการ', 1, '2026-12-08'],
  ])('adds the period for %s', (_case, lastUpdated, unit, interval, expected) => {
    expect(nextUpdateDue(lastUpdated, unit, interval)).toBe(expected);
  });

  it.each([['ไม่ทราบ'], ['อื่นๆ'], ['ไม่มีการปรับปรุงหลังจากการจัดเก็บข้อมูล'], ['fortnight']])('sets no date for %s', (unit) => {
    expect(nextUpdateDue('2025-01-01', unit, 1)).toBeNull();
  });

  it.each([[null], [0], [-2], [1.5]])('reads interval %s as once per unit', (interval) => {
    expect(nextUpdateDue('2025-01-01', 'เดือน', interval)).toBe('2025-02-01');
  });
});

describe('updateFreshness', () => {
  it('is current on the due date', () => {
    expect(updateFreshness('2025-01-31', 'เดือน', 1, '2025-02-28')).toEqual({ status: 'current', dueDate: '2025-02-28' });
  });

  it('is stale the day after the due date', () => {
    expect(updateFreshness('2025-01-31', 'เดือน', 1, '2025-03-01')).toEqual({ status: 'stale', dueDate: '2025-02-28' });
  });

  it('is stale without a last update date', () => {
    expect(updateFreshness(null, 'ปี', 1, '2025-03-01').status).toBe('stale');
  });

  it('is current when no updates are declared', () => {
    expect(updateFreshness(null, 'ไม่มีการปรับปรุงหลังจากการจัดเก็บข้อมูล', null, '2025-03-01').status).toBe('current');
  });

  it.each([[null], ['ไม่ทราบ'], ['อื่นๆ']])('does not assess unit %s', (unit) => {
    expect(updateFreshness('2020-01-01', unit, 1, '2025-03-01').status).toBe('notAssessed');
  });
});
