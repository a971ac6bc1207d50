import { compareThai, segmentThaiWords, sortThai } from './thai-collation.util';

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
