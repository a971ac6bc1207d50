import {
  daysInMonth,
  formatIsoDate,
  isValidCalendarDate,
  parseIsoDate,
  toBangkokIsoDate,
} from './calendar-date.util';

describe('toBangkokIsoDate', () => {
  it.each([
    ['2020-09-30', '2020-09-30'],
    ['2020-09-30T16:59:59Z', '2020-09-30'],
    ['2020-09-30T17:00:00Z', '2020-10-01'],
    ['2020-09-30T17:30:00.000Z', '2020-10-01'],
    ['2020-10-01T00:30:00+07:00', '2020-10-01'],
    ['2020-09-30T23:30:00-05:00', '2020-10-01'],
  ])('reads %s as %s', (input, expected) => {
    expect(toBangkokIsoDate(input)).toBe(expected);
  });

  it('converts a Date instant', () => {
    expect(toBangkokIsoDate(new Date(Date.UTC(2020, 8, 30, 17, 30)))).toBe('2020-10-01');
  });

  it.each([
    ['2020-09-30T17:30:00', 'offset'],
    ['30/09/2020', 'YYYY-MM-DD'],
    ['2021-02-29', 'no such day'],
    ['', 'YYYY-MM-DD'],
  ])('rejects %j', (input, message) => {
    expect(() => toBangkokIsoDate(input)).toThrow(message);
  });

  it('rejects an invalid Date', () => {
    expect(() => toBangkokIsoDate(new Date(Number.NaN))).toThrow('not a point in time');
  });
});

describe('calendar helpers', () => {
  it.each([
    [2020, 2, 29],
    [2021, 2, 28],
    [2021, 4, 30],
    [2021, 12, 31],
  ])('daysInMonth %i-%i is %i', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it.each([
    [2021, 2, 29, false],
    [2020, 2, 29, true],
    [2021, 13, 1, false],
    [2021, 0, 1, false],
    [2021, 1, 0, false],
    [2021, 1, 1.5, false],
  ])('isValidCalendarDate %i-%i-%d is %s', (year, month, day, expected) => {
    expect(isValidCalendarDate(year, month, day)).toBe(expected);
  });

  it('formats with zero padding', () => {
    expect(formatIsoDate({ year: 2021, month: 3, day: 5 })).toBe('2021-03-05');
  });

  it('parses an ISO date', () => {
    expect(parseIsoDate('2021-03-05')).toEqual({ year: 2021, month: 3, day: 5 });
  });
});
