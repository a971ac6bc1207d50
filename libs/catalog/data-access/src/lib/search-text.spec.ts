import { buildSearchText, escapeLike, searchTerms } from './search-text';

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
