import {
  type FiscalQuarter,
  fiscalPeriodOf,
  fiscalQuarterOf,
  fiscalQuarterRange,
  fiscalYearOf,
  fiscalYearRange,
} from './fiscal-period.util';

describe('fiscalPeriodOf', () => {
  it.each([
    ['2020-09-30', 2563, 4],
    ['2020-10-01', 2564, 1],
    ['2020-09-30T17:30:00Z', 2564, 1],
    ['2020-09-30T16:59:59Z', 2563, 4],
    ['2021-09-30', 2564, 4],
    ['2021-10-01', 2565, 1],
    ['1940-10-01', 2484, 1],
  ])('%s is FY%i Q%i', (input, fiscalYear, quarter) => {
    expect(fiscalPeriodOf(input)).toEqual({ fiscalYear, quarter });
  });

  // First and last day of every month of FY2564.
  it.each([
    ['2020-10-01', 2564, 1],
    ['2020-10-31', 2564, 1],
    ['2020-11-01', 2564, 1],
    ['2020-11-30', 2564, 1],
    ['2020-12-01', 2564, 1],
    ['2020-12-31', 2564, 1],
    ['2021-01-01', 2564, 2],
    ['2021-01-31', 2564, 2],
    ['2021-02-01', 2564, 2],
    ['2021-02-28', 2564, 2],
    ['2021-03-01', 2564, 2],
    ['2021-03-31', 2564, 2],
    ['2021-04-01', 2564, 3],
    ['2021-04-30', 2564, 3],
    ['2021-05-01', 2564, 3],
    ['2021-05-31', 2564, 3],
    ['2021-06-01', 2564, 3],
    ['2021-06-30', 2564, 3],
    ['2021-07-01', 2564, 4],
    ['2021-07-31', 2564, 4],
    ['2021-08-01', 2564, 4],
    ['2021-08-31', 2564, 4],
    ['2021-09-01', 2564, 4],
    ['2021-09-30', 2564, 4],
  ])('month boundary %s is FY%i Q%i', (input, fiscalYear, quarter) => {
    expect(fiscalPeriodOf(input)).toEqual({ fiscalYear, quarter });
  });

  it('reads a Date in Bangkok time', () => {
    expect(fiscalPeriodOf(new Date('2021-09-30T17:00:00Z'))).toEqual({
      fiscalYear: 2565,
      quarter: 1,
    });
  });

  it('rejects a date before FY2484', () => {
    expect(() => fiscalPeriodOf('1940-09-30')).toThrow(RangeError);
  });

  it('fiscalYearOf returns the year', () => {
    expect(fiscalYearOf('2021-05-30')).toBe(2564);
  });

  it('fiscalQuarterOf returns the quarter', () => {
    expect(fiscalQuarterOf('2021-05-30')).toBe(3);
  });
});

describe('fiscalYearRange', () => {
  it.each([
    [2564, '2020-10-01', '2021-09-30'],
    [2565, '2021-10-01', '2022-09-30'],
  ])('FY%i runs %s to %s', (fiscalYear, start, end) => {
    expect(fiscalYearRange(fiscalYear)).toEqual({ start, end });
  });

  it('rejects a year before BE 2484', () => {
    expect(() => fiscalYearRange(2483)).toThrow(RangeError);
  });
});

describe('fiscalQuarterRange', () => {
  it.each([
    [2564, 1, '2020-10-01', '2020-12-31'],
    [2564, 2, '2021-01-01', '2021-03-31'],
    [2564, 3, '2021-04-01', '2021-06-30'],
    [2564, 4, '2021-07-01', '2021-09-30'],
    [2563, 2, '2020-01-01', '2020-03-31'],
  ])('FY%i Q%i runs %s to %s', (fiscalYear, quarter, start, end) => {
    expect(fiscalQuarterRange(fiscalYear, quarter as FiscalQuarter)).toEqual({ start, end });
  });

  it('rejects quarter 5', () => {
    expect(() => fiscalQuarterRange(2564, 5 as FiscalQuarter)).toThrow('expected 1, 2, 3 or 4');
  });
});
