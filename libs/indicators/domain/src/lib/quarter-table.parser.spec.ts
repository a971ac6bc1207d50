import { isQuarterColumnHeader, parseQuarterRow } from './quarter-table.parser';

describe('parseQuarterRow', () => {
  it.each([
    ['1\t20.00\t100\t1 / 1', 1, 20, 100, '1 / 1'],
    ['3\t80.00\t\t3 / 3', 3, 80, null, '3 / 3'],
    ['4\t100.00', 4, 100, null, null],
    ['2 40.00 100 2 / 2', 2, 40, 100, '2 / 2'],
    ['ไตรมาสที่ 3 80.00 0 100/0', 3, 80, 0, '100/0'],
    ['4 100.00', 4, 100, null, null],
    ['1 20.00 100', 1, 20, 100, null],
  ])('reads %j', (line, quarter, planned, assessment, pairRaw) => {
    expect(parseQuarterRow(line)).toEqual({ quarter, planned, assessment, pairRaw });
  });

  it.each(['5 20.00 100', '1 abc', '1 20 100 5 6', 'ไตรมาส', `1 ${'2 '.repeat(200)}`])(
    'rejects %j',
    (line) => {
      expect(parseQuarterRow(line)).toBeNull();
    },
  );
});

describe('isQuarterColumnHeader', () => {
  it.each([
    ['ไตรมาสที่\t*ผลงาน*\tประเมิน\t(* 2.1 / 2.2 *)', true],
    ['(* 2.1 / 2.2 *)', true],
    ['1\t20.00\t100\t1 / 1', false],
    ['ข้อความอื่น', false],
  ])('checks %j', (line, expected) => {
    expect(isQuarterColumnHeader(line)).toBe(expected);
  });
});
