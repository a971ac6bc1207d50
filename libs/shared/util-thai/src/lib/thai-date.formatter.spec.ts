import { formatThaiDate, formatThaiDateShort } from './thai-date.formatter';

describe('formatThaiDate', () => {
  it.each([
    ['2020-10-28', '28 ตุลาคม 2563'],
    ['2021-01-01', '1 มกราคม 2564'],
    ['2023-12-13', '13 ธันวาคม 2566'],
  ])('formats %s', (iso, expected) => {
    expect(formatThaiDate(iso)).toBe(expected);
  });

  it('rejects a malformed date', () => {
    expect(() => formatThaiDate('28/10/2563')).toThrow(RangeError);
  });
});

describe('formatThaiDateShort', () => {
  it.each([
    ['2020-10-28', '28 ต.ค. 63'],
    ['2021-03-05', '5 มี.ค. 64'],
    ['2043-01-01', '1 ม.ค. 86'],
    ['2057-06-30', '30 มิ.ย. 00'],
  ])('formats %s', (iso, expected) => {
    expect(formatThaiDateShort(iso)).toBe(expected);
  });
});
