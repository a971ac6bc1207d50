import { NOTE_DATE_PATTERN, parseNoteDate } from './note-date.parser';
import { thaiMonthNumber } from './thai-months.data';

describe('parseNoteDate', () => {
  it.each([
    ['28/10/2563', '2020-10-28', 'd/m/BE'],
    ['30/11/2563', '2020-11-30', 'd/m/BE'],
    ['1/31/2021', '2021-01-31', 'm/d/CE'],
    ['2/27/2021', '2021-02-27', 'm/d/CE'],
    ['31/03/2564', '2021-03-31', 'd/m/BE'],
    ['30/5/2564', '2021-05-30', 'd/m/BE'],
    ['6/30/2021', '2021-06-30', 'm/d/CE'],
    ['05/06/2564', '2021-06-05', 'd/m/BE'],
    ['25/05/2566', '2023-05-25', 'd/m/BE'],
    ['31/1/2021', '2021-01-31', 'd/m/CE'],
    ['12/12/2021', '2021-12-12', 'm/d/CE'],
    ['๒๘/๑๐/๒๕๖๓', '2020-10-28', 'd/m/BE'],
    ['29/02/2563', '2020-02-29', 'd/m/BE'],
    ['13 ธันวาคม 2566', '2023-12-13', 'd month year'],
    ['วันที่ 13 ธันวาคม พ.ศ. 2566', '2023-12-13', 'd month year'],
    ['28 ต.ค. 63', '2020-10-28', 'd month year'],
    ['๒๘ ต.ค. ๖๓', '2020-10-28', 'd month year'],
    ['1 มกราคม 2021', '2021-01-01', 'd month year'],
  ])('reads %s as %s', (raw, iso, format) => {
    expect(parseNoteDate(raw)).toEqual({
      kind: 'date',
      iso,
      format,
      precision: 'day',
      raw,
      resolvedBySequence: false,
    });
  });

  it.each([
    ['เดือนต.ค. 63', '2020-10-01'],
    ['เดือนพ.ย. 63', '2020-11-01'],
    ['ต.ค.63', '2020-10-01'],
    ['ตค 63', '2020-10-01'],
    ['มี.ค. 2564', '2021-03-01'],
    ['เดือน ธันวาคม 2566', '2023-12-01'],
  ])('reads the month %s', (raw, iso) => {
    expect(parseNoteDate(raw)).toMatchObject({
      kind: 'date',
      iso,
      precision: 'month',
      format: 'month year',
    });
  });

  it.each([
    ['5/6/2021', ['2021-05-06', '2021-06-05']],
    ['1/12/2021', ['2021-01-12', '2021-12-01']],
  ])('flags %s as ambiguous', (raw, candidates) => {
    expect(parseNoteDate(raw)).toMatchObject({ kind: 'ambiguous', candidates, raw });
  });

  it.each([
    ['31/02/2564', 'day 31 does not exist'],
    ['30/02/2021', 'does not exist'],
    ['29/02/2564', 'day 29 does not exist'],
    ['5/13/2564', 'month 13 does not exist'],
    ['13/13/2021', 'does not exist'],
    ['1/2/2200', 'neither Christian era'],
    ['1/2/2483', 'before 1941'],
    ['1/2/1940', 'before 1941'],
    ['28/10/63', '4-digit year'],
    ['32 ต.ค. 63', 'day 32 does not exist'],
    ['yesterday', 'not a date'],
    ['', 'not a date'],
    ['1'.repeat(100), 'too long'],
  ])('rejects %j', (raw, reason) => {
    const result = parseNoteDate(raw);

    expect(result.kind).toBe('invalid');
    expect(result).toHaveProperty('reason', expect.stringContaining(reason));
  });

  it('keeps the raw text', () => {
    expect(parseNoteDate(' 28/10/2563 ').raw).toBe(' 28/10/2563 ');
  });
});

describe('NOTE_DATE_PATTERN', () => {
  const pattern = new RegExp(NOTE_DATE_PATTERN, 'g');

  it.each([
    ['28/10/2563 : ก 30/11/2563 : ข', ['28/10/2563', '30/11/2563']],
    ['เดือนต.ค. 63 ดำเนินการ', ['เดือนต.ค. 63']],
    ['วันที่ 13 ธันวาคม 2566 :', ['วันที่ 13 ธันวาคม 2566']],
    ['๒๘/๑๐/๒๕๖๓ :', ['๒๘/๑๐/๒๕๖๓']],
    ['ไม่มีวันที่', []],
  ])('finds the dates in %s', (text, expected) => {
    expect(text.match(pattern) ?? []).toEqual(expected);
  });
});

describe('thaiMonthNumber', () => {
  it.each([
    ['มกราคม', 1],
    ['ม.ค.', 1],
    ['มี.ค.', 3],
    ['เม.ย', 4],
    ['ธันวาคม', 12],
    ['ธ.ค.', 12],
    ['อังคาร', null],
  ])('maps %s to %p', (text, month) => {
    expect(thaiMonthNumber(text)).toBe(month);
  });
});
