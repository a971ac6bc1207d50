import { toBuddhistYear, toChristianYear } from './buddhist-era.util';

describe('toBuddhistYear', () => {
  it.each([
    [1941, 2484],
    [2020, 2563],
    [2021, 2564],
  ])('converts %i to %i', (ceYear, beYear) => {
    expect(toBuddhistYear(ceYear)).toBe(beYear);
  });

  it.each([1940, 1900, 0])('rejects %i before 1941', (ceYear) => {
    expect(() => toBuddhistYear(ceYear)).toThrow(RangeError);
  });

  it('rejects a fractional year', () => {
    expect(() => toBuddhistYear(2020.5)).toThrow('expected an integer');
  });
});

describe('toChristianYear', () => {
  it.each([
    [2484, 1941],
    [2563, 2020],
    [2564, 2021],
  ])('converts %i to %i', (beYear, ceYear) => {
    expect(toChristianYear(beYear)).toBe(ceYear);
  });

  it.each([2483, 2400])('rejects %i before 2484', (beYear) => {
    expect(() => toChristianYear(beYear)).toThrow('before BE 2484');
  });
});
