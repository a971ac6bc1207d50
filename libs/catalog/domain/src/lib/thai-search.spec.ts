import { searchKey, searchTokens, searchTrigrams } from './thai-search.util';

describe('searchKey', () => {
  it.each([
    ['Thai digits', 'ปี ๒๕๖๘', 'ปี 2568'],
    ['case', 'Bangkok DATA', 'bangkok data'],
    ['spacing', '  ข้อมูล \t สถิติ  ', 'ข้อมูล สถิติ'],
    ['decomposed sara am', 'จํานวน', 'จำนวน'],
    ['decomposed accents', 'Cafe\u0301', 'café'],
  ])('normalises %s', (_case, input, expected) => {
    expect(searchKey(input)).toBe(expected);
  });
});

describe('searchTokens', () => {
  it('segments Thai words', () => {
    expect(searchTokens('ข้อมูลสถิติประชากร').length).toBeGreaterThan(1);
  });

  it('keeps the whole text', () => {
    expect(searchTokens('ข้อมูลสถิติประชากร').join('')).toBe('ข้อมูลสถิติประชากร');
  });

  it('drops repeated words', () => {
    expect(searchTokens('data data DATA')).toEqual(['data']);
  });

  it('matches digit scripts', () => {
    expect(searchTokens('งบประมาณ ๒๕๖๘')).toContain('2568');
  });

  it('drops punctuation', () => {
    expect(searchTokens('PM2.5, ฝุ่น!')).not.toContain(',');
  });
});

describe('searchTrigrams', () => {
  it.each([
    ['empty', '', []],
    ['short', 'ab', ['ab']],
    ['three letters', 'abc', ['abc']],
    ['repeats', 'aaaa', ['aaa']],
    ['words', 'ab cd', ['ab ', 'b c', ' cd']],
  ])('handles %s text', (_case, input, expected) => {
    expect(searchTrigrams(input)).toEqual(expected);
  });

  it('shares trigrams across digit scripts', () => {
    expect(searchTrigrams('ปี ๒๕๖๘')).toEqual(searchTrigrams('ปี 2568'));
  });

  it('splits Thai by code point', () => {
    expect(searchTrigrams('กรุง')).toEqual(['กรุ', 'รุง']);
  });
});
