import { Decimal } from '@prisma/client/runtime/client';
import { InvalidInputError } from './repository-errors';
import { canonicalJson, dateToIso, decimalToString, isoToDate, toDecimal, toJson } from './values';

describe('toDecimal', () => {
  it.each([
    ['70', '70'],
    ['-12.5', '-12.5'],
    ['+3', '3'],
    ['1.23455', '1.2346'],
    ['-1.23455', '-1.2346'],
    ['9999999999999999.9999', '9999999999999999.9999'],
    ['0.00001', '0'],
  ])('stores %s as %s', (input, stored) => {
    expect(toDecimal('value', input)?.toFixed()).toBe(stored);
  });

  it('passes null and undefined through', () => {
    expect(toDecimal('value', null)).toBeNull();
    expect(toDecimal('value', undefined)).toBeUndefined();
  });

  it.each(['', '1,000', '1e5', '๗๐', '.5', '1.', 'NaN', '10000000000000000'])('rejects "%s"', (input) => {
    expect(() => toDecimal('value', input)).toThrow(InvalidInputError);
  });
});

describe('decimalToString', () => {
  it('never uses exponent notation', () => {
    expect(decimalToString(new Decimal('1e-7'))).toBe('0.0000001');
    expect(decimalToString(new Decimal('1e21'))).toBe('1000000000000000000000');
    expect(decimalToString(null)).toBeNull();
  });
});

describe('isoToDate', () => {
  it('reads a calendar date as UTC midnight', () => {
    expect(isoToDate('date', '2021-09-30')?.toISOString()).toBe('2021-09-30T00:00:00.000Z');
    expect(dateToIso(isoToDate('date', '2020-10-01'))).toBe('2020-10-01');
  });

  it.each(['2021-02-29', '2021-13-01', '30/09/2564', '2021-9-30', ''])('rejects "%s"', (input) => {
    expect(() => isoToDate('date', input)).toThrow(InvalidInputError);
  });
});

describe('toJson', () => {
  it('writes Decimals as plain text', () => {
    expect(toJson({ value: new Decimal('1e-7'), list: [new Decimal('2.50')] })).toEqual({
      value: '0.0000001',
      list: ['2.5'],
    });
  });

  it('writes Dates as ISO strings', () => {
    expect(toJson({ at: new Date('2021-01-01T00:00:00Z') })).toEqual({ at: '2021-01-01T00:00:00.000Z' });
  });
});

describe('canonicalJson', () => {
  it('ignores key order at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { y: 2, z: 1 }] }, b: 1 }),
    );
  });

  it('keeps array order', () => {
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });
});
