import { parseThaiNumber, thaiDigitsToAscii } from './thai-digits.util';

describe('thaiDigitsToAscii', () => {
  it.each([
    ['๐๑๒๓๔๕๖๗๘๙', '0123456789'],
    ['๕.๔.๑.๑', '5.4.1.1'],
    ['๑๐ ประเภท', '10 ประเภท'],
    ['ร้อยละ 70', 'ร้อยละ 70'],
  ])('converts %s', (input, expected) => {
    expect(thaiDigitsToAscii(input)).toBe(expected);
  });
});

describe('parseThaiNumber', () => {
  it.each([
    ['๒๒', 22, '22'],
    ['1,407.52', 1407.52, '1407.52'],
    ['65.0000', 65, '65.0000'],
    ['104.15', 104.15, '104.15'],
    ['0', 0, '0'],
    [' 100 ', 100, '100'],
    ['-3.5', -3.5, '-3.5'],
    ['+7', 7, '7'],
    ['๑,๒๓๔', 1234, '1234'],
    ['1,234,567', 1234567, '1234567'],
  ])('parses %j', (input, value, decimal) => {
    expect(parseThaiNumber(input)).toEqual({ value, decimal });
  });

  it.each(['', 'abc', '1,40', '12 ครั้ง', '1.2.3', '.5', '1,2345', '--1'])('rejects %j', (input) => {
    expect(parseThaiNumber(input)).toBeNull();
  });
});
