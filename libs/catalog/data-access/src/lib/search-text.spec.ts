import { buildSearchText, escapeLike, searchColumnsOf, searchColumnsVersion, searchTerms } from './search-text';

describe('buildSearchText', () => {
  it('joins normalised lower-case texts', () => {
    expect(buildSearchText(['จำนวน  ประชากร', null, 'Population BY District', '  '])).toBe(
      'จำนวน ประชากร population by district',
    );
  });

  it('recomposes SARA AM', () => {
    // NIKHAHIT + SARA AA, as some keyboards and PDF exports write SARA AM.
    expect(buildSearchText(['จ\u0e4d\u0e32นวน'])).toBe('จำนวน');
  });
});

describe('searchTerms', () => {
  it('splits Thai text into words', () => {
    expect(searchTerms('จำนวนประชากร')).toEqual(['จำนวน', 'ประชากร']);
  });

  it('lower-cases and drops repeats', () => {
    expect(searchTerms('Population population')).toEqual(['population']);
  });

  it('returns nothing for blank text', () => {
    expect(searchTerms('   ')).toEqual([]);
  });
});

describe('escapeLike', () => {
  it('escapes ILIKE wildcards', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });
});

describe('searchColumnsOf', () => {
  const columns = searchColumnsOf({
    titleTh: 'งบประมาณ ๒๕๖๘',
    titleEn: 'Budget',
    slug: 'budget-2568',
    metadata: { notes: 'รายละเอียดยาวมาก', tag_string: 'การเงิน,บัญชี' },
  });

  it('writes Thai digits as Arabic digits in searchText', () => {
    expect(columns.searchText).toBe('งบประมาณ 2568 budget budget-2568 รายละเอียดยาวมาก การเงิน บัญชี');
  });

  it('takes trigrams from titles and keywords, not the description', () => {
    expect(columns.searchTrigrams).toContain('งบป');
    expect(columns.searchTrigrams).toContain('บัญ');
    expect(columns.searchTrigrams).not.toContain('ยาว');
  });

  it('stamps the current rules version', () => {
    expect(columns.searchVersion).toBe(searchColumnsVersion);
  });
});
