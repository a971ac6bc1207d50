import { parseCriteriaParts } from './criteria.parser';

function numbersOf(text: string): string[] {
  return parseCriteriaParts(text).map((part) => part.number);
}

describe('parseCriteriaParts', () => {
  it.each([
    ['ส่วนที่ 1 ก 1.1 ข 1.2 ค ส่วนที่ 2 ง 2.1 จ', ['1', '1.1', '1.2', '2', '2.1']],
    ['1. ก 2. ข 3. ค', ['1', '2', '3']],
    ['บทนำ 1. ก ตามตัวชี้วัดที่ 5.2 ข 2. ค', ['1', '2']],
    ['ส่วนที่ 1 ก 1.1 ระบบ 4.1 ข 1.2 ค', ['1', '1.1', '1.2']],
    ['1.1 ก 1.2 ข', ['1.1', '1.2']],
    ['๑. ก ๒. ข', ['1', '2']],
    ['ปีงบประมาณ พ.ศ. 2563 (ข้อ1) ไม่มีส่วน', []],
    ['1. ก 3. ข', ['1']],
  ])('splits %s', (text, numbers) => {
    expect(numbersOf(text)).toEqual(numbers);
  });

  it('keeps the text of each part', () => {
    expect(parseCriteriaParts('นำ ส่วนที่ 1 ก ข 1.1 ค ส่วนที่ 2 ง')).toEqual([
      { number: '1', text: 'ก ข' },
      { number: '1.1', text: 'ค' },
      { number: '2', text: 'ง' },
    ]);
  });

  it('keeps Thai digits in part text', () => {
    expect(parseCriteriaParts('๑. จำนวน ๑๐ ชุด')).toEqual([{ number: '1', text: 'จำนวน ๑๐ ชุด' }]);
  });
});
