import { bangkokOffsetMs, intlOffsetMs, startOfBangkokDay } from './bangkok-day';

const hourMs = 60 * 60 * 1000;

describe('bangkokOffsetMs', () => {
  it('matches Intl on every day from 1921 to 2100', () => {
    const mismatches: string[] = [];

    for (let utcMs = Date.UTC(1921, 0, 1); utcMs < Date.UTC(2101, 0, 1); utcMs += 24 * hourMs + 7 * 60 * 1000) {
      if (bangkokOffsetMs(utcMs) !== intlOffsetMs(utcMs)) {
        mismatches.push(new Date(utcMs).toISOString());
      }
    }

    expect(mismatches).toEqual([]);
  });

  it('reads Intl before 1921', () => {
    const utcMs = Date.UTC(1900, 5, 1);

    expect(bangkokOffsetMs(utcMs)).toBe(intlOffsetMs(utcMs));
    expect(bangkokOffsetMs(utcMs)).not.toBe(7 * hourMs);
  });

  it('keeps day starts at 17:00 UTC', () => {
    expect(startOfBangkokDay('2020-11-16')).toBe('2020-11-15T17:00:00.000Z');
    expect(startOfBangkokDay('2021-01-01')).toBe('2020-12-31T17:00:00.000Z');
  });
});
