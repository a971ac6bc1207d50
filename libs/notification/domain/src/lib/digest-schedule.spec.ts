import { nextDigestDate } from './digest-schedule';

describe('nextDigestDate', () => {
  it.each([
    ['2025-01-10T00:59:59Z', 8, '2025-01-10'], // 07:59:59 in Bangkok: today's digest
    ['2025-01-10T01:00:00Z', 8, '2025-01-11'], // 08:00 in Bangkok: tomorrow's
    ['2025-01-10T16:59:00Z', 8, '2025-01-11'], // 23:59 in Bangkok
    ['2025-01-10T17:00:00Z', 8, '2025-01-11'], // 00:00 on the 11th in Bangkok, before 08:00
    ['2025-12-31T18:00:00Z', 0, '2026-01-02'], // 01:00 on 1 January, after the midnight digest
    ['2024-02-28T20:00:00Z', 23, '2024-02-29'], // leap day
  ])('at %s with the digest at %i o\'clock gives %s', (now, hour, expected) => {
    expect(nextDigestDate(new Date(now), hour)).toBe(expected);
  });

  it.each([-1, 24, 7.5, Number.NaN])('rejects the hour %s', (hour) => {
    expect(() => nextDigestDate(new Date('2025-01-10T00:00:00Z'), hour)).toThrow(/digestHour/);
  });
});
