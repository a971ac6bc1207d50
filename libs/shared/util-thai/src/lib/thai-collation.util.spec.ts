import { compareThai, segmentThaiWords, sortThai, thaiSortKey } from './thai-collation.util';

describe('compareThai', () => {
  it.each([
    ['กา', 'ขา', -1],
    ['ขา', 'กา', 1],
    ['ไก่', 'ขา', -1],
    ['กา', 'กา', 0],
  ])('orders %s against %s', (left, right, sign) => {
    expect(Math.sign(compareThai(left, right))).toBe(sign);
  });
});

describe('sortThai', () => {
  it('sorts by consonant before leading vowel', () => {
    expect(sortThai(['ขา', 'ไก่', 'กา', 'เกม'])).toEqual(['กา', 'เกม', 'ไก่', 'ขา']);
  });

  it('returns a copy', () => {
    const values = ['ขา', 'กา'];

    sortThai(values);

    expect(values).toEqual(['ขา', 'กา']);
  });
});

describe('segmentThaiWords', () => {
  it('splits words and drops spaces', () => {
    expect(segmentThaiWords('การดำเนินงาน ของหน่วยงาน')).toEqual([
      'การ',
      'ดำเนิน',
      'งาน',
      'ของ',
      'หน่วย',
      'งาน',
    ]);
  });

  it('returns nothing for punctuation', () => {
    expect(segmentThaiWords(' : | ')).toEqual([]);
  });
});

describe('thaiSortKey', () => {
  const byKey = (values: string[]): string[] =>
    [...values].sort((left, right) => {
      const [leftKey, rightKey] = [thaiSortKey(left), thaiSortKey(right)];

      if (leftKey === rightKey) {
        return 0;
      }

      return leftKey < rightKey ? -1 : 1;
    });

  it('orders Thai words as ICU does', () => {
    const words = ['เขต', 'กา', 'กะ', 'ก่า', 'ไก่', 'ใจ', 'เกม', 'แกง', 'โกง', 'ข้าว', 'ขาว', 'ค่า', 'คา', 'ก', 'เก', 'เก่า', 'กำ', 'กิ', 'กุ', 'กัน', 'ก็', 'การ'];

    expect(byKey(words)).toEqual(sortThai(words));
  });

  it('orders district and agency names as ICU does', () => {
    const names = [
      'คลองเตย', 'คันนายาว', 'จังหวัด', 'จอมทอง', 'จำนวนผู้ป่วย', 'จีน', 'ดอนเมือง', 'ดินแดง', 'ดุสิต', 'ภาษีเจริญ',
      'ราษฎร์บูรณะ', 'ลาดกระบัง', 'ฤดูกาล', 'สำนักงานเลขานุการปลัดกรุงเทพมหานคร', 'สำนักการแพทย์', 'หน่วยงาน/องค์กรระหว่างประเทศ',
      'หน่วยงานของรัฐ', 'แขวง', 'โรงเรียน', 'ไม่ทราบ',
    ];

    expect(byKey(names)).toEqual(sortThai(names));
  });

  it('puts digits of both scripts first, then Thai, then Latin', () => {
    expect(byKey(['Bangkok', 'กรุงเทพ', '๒๕๖๘', '2567', 'abc'])).toEqual(['2567', '๒๕๖๘', 'กรุงเทพ', 'abc', 'Bangkok']);
  });

  it('treats Thai and Arabic digits alike', () => {
    expect(thaiSortKey('ปี ๒๕๖๘').split('\u4dff')[0]).toBe(thaiSortKey('ปี 2568').split('\u4dff')[0]);
  });

  it('puts lower case before upper case', () => {
    expect(byKey(['JSON', 'json', 'Json'])).toEqual(['json', 'Json', 'JSON']);
  });

  it('skips punctuation and spaces at the first level', () => {
    expect(byKey(['หน่วยงานของรัฐ', 'หน่วยงาน/องค์กร', 'หน่วยงาน ก'])).toEqual(sortThai(['หน่วยงานของรัฐ', 'หน่วยงาน/องค์กร', 'หน่วยงาน ก']));
  });

  it('keeps the key inside the Basic Multilingual Plane', () => {
    expect([...thaiSortKey('Ñandú ข้อมูล 123 $')].every((character) => (character.codePointAt(0) ?? 0) <= 0xffff)).toBe(true);
  });
});
