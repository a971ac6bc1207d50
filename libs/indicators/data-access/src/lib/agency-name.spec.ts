import { districtAliases, normalizeAgencyName, stripDistrictPrefix } from './agency-name';

describe('normalizeAgencyName', () => {
  it('trims and collapses white space', () => {
    expect(normalizeAgencyName('  สำนักงานเขต \t บางนา \n')).toBe('สำนักงานเขต บางนา');
  });

  it('composes to NFC', () => {
    const decomposed = 'Cafe\u0301';

    expect(normalizeAgencyName(decomposed)).toBe('Caf\u00e9');
  });
});

describe('stripDistrictPrefix', () => {
  it.each([
    ['สำนักงานเขตบางนา', 'บางนา'],
    ['เขตบางนา', 'บางนา'],
    ['เขต บางนา', 'บางนา'],
    [' สำนักงานเขต  ดินแดง ', 'ดินแดง'],
  ])('strips %s', (name, bare) => {
    expect(stripDistrictPrefix(name)).toBe(bare);
  });

  it.each(['บางนา', 'สำนักการแพทย์', 'เขต', 'สำนักงานเขต'])('returns null for %s', (name) => {
    expect(stripDistrictPrefix(name)).toBeNull();
  });
});

describe('districtAliases', () => {
  it('lists the three spellings', () => {
    expect(districtAliases(' บางนา ')).toEqual(['สำนักงานเขตบางนา', 'เขตบางนา', 'บางนา']);
  });
});
