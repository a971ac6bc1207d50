import Decimal from 'decimal.js';

import { expectStatus } from '../testing/expect-status';
import { parseDecimalInput, toPlainDecimalText } from './score-decimal';
import { DEFAULT_SCORE_DECIMALS, resolveScoreDecimals, roundScore } from './score-rounding';

describe('roundScore', () => {
  it.each([
    ['1.005', 2, 1.01],
    [1.005, 2, 1.01],
    ['-1.005', 2, -1.01],
    ['-2.5', 0, -3],
    ['2.5', 0, 3],
    ['0.125', 2, 0.13],
    ['1.0049', 2, 1],
    ['33.335', 2, 33.34],
    ['104.15', 2, 104.15],
    ['12345.67895', 4, 12345.679],
    ['70', 0, 70],
    ['-0.5', 0, -1],
  ])('rounds %p to %p decimals as %p', (value, decimals, expected) => {
    expect(roundScore(value, decimals)).toBe(expected);
  });

  it('rounds a Decimal value', () => {
    expect(roundScore(new Decimal('2.675'), 2)).toBe(2.68);
  });

  it('uses 2 decimals when unset', () => {
    expect(roundScore('1.005')).toBe(1.01);
    expect(roundScore('1.005', null)).toBe(1.01);
    expect(DEFAULT_SCORE_DECIMALS).toBe(2);
    expect(resolveScoreDecimals(undefined)).toBe(2);
    expect(resolveScoreDecimals(0)).toBe(0);
  });

  it('returns 0 rather than -0', () => {
    expect(Object.is(roundScore('-0.004', 2), 0)).toBe(true);
    expect(Object.is(roundScore('-0.4', 0), 0)).toBe(true);
  });

  it.each([-1, 1.5, 21, Number.NaN])('rejects decimals %p', (decimals) => {
    expect(() => roundScore('1', decimals)).toThrow(RangeError);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])('rejects value %p', (value) => {
    expect(() => roundScore(value, 2)).toThrow(RangeError);
  });
});

describe('parseDecimalInput', () => {
  it.each([
    ['70', '70'],
    [' 70.50 ', '70.5'],
    ['-2.5', '-2.5'],
    ['+3', '3'],
    ['.5', '0.5'],
    [1.005, '1.005'],
    [-0.1, '-0.1'],
    [new Decimal('12.30'), '12.3'],
  ])('reads %p as %s', (input, expected) => {
    const parsed = parseDecimalInput(input);

    expect(parsed.status).toBe('value');
    expect(toPlainDecimalText(expectStatus(parsed, 'value').value)).toBe(expected);
  });

  it.each([null, undefined, '', '   '])('reads %p as missing', (input) => {
    expect(parseDecimalInput(input)).toEqual({ status: 'missing' });
  });

  it.each([
    ['abc', 'abc'],
    ['1,407.52', '1,407.52'],
    ['1e3', '1e3'],
    ['0x10', '0x10'],
    ['Infinity', 'Infinity'],
    ['NaN', 'NaN'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [new Decimal(Number.NaN), 'NaN'],
  ])('reads %p as invalid', (input, raw) => {
    expect(parseDecimalInput(input)).toEqual({ status: 'invalid', raw });
  });

  it('writes large and small values without an exponent', () => {
    expect(toPlainDecimalText(new Decimal('1e-9'))).toBe('0.000000001');
    expect(toPlainDecimalText(new Decimal('1e25'))).toBe('10000000000000000000000000');
  });
});
