import { achievementPercent, roundToNumber } from './indicator.mapper';

describe('roundToNumber', () => {
  it.each([
    ['70', 2, 70],
    ['1407.5250', 2, 1407.53],
    ['1407.5249', 2, 1407.52],
    ['-2.5', 0, -3],
    ['65.0000', 0, 65],
    ['0.1235', 3, 0.124],
  ])('%s to %d decimals → %d', (value, decimals, expected) => {
    expect(roundToNumber(value, decimals)).toBe(expected);
  });

  it('keeps null', () => {
    expect(roundToNumber(null, 2)).toBeNull();
  });
});

describe('achievementPercent', () => {
  it.each([
    ['100', '70', 70],
    ['10', '80', 800],
    ['3', '1', 33.33],
    ['100', '104.15', 104.15],
  ])('target %s, actual %s → %d', (target, actual, expected) => {
    expect(achievementPercent(target, actual)).toBe(expected);
  });

  it.each([
    ['0', '100'],
    [null, '70'],
    ['100', null],
  ])('target %s, actual %s → null', (target, actual) => {
    expect(achievementPercent(target, actual)).toBeNull();
  });
});
