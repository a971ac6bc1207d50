import { agencySeeds } from './agencies.seed-data';
import { phase2EditionCode, planEditionSeeds } from './plan.seed-data';
import { seedId } from './seed-id';

describe('agencySeeds', () => {
  it('counts each kind', () => {
    const count = (kind: string): number => agencySeeds.filter((seed) => seed.kind === kind).length;

    expect(count('administration')).toBe(1);
    expect(count('department')).toBe(16);
    expect(count('office')).toBe(4);
    expect(count('districtOffice')).toBe(50);
  });

  it('has unique keys, codes and geocodes', () => {
    const unique = (values: (string | null)[]): boolean => {
      const present = values.filter((value) => value !== null);

      return new Set(present).size === present.length;
    };

    expect(unique(agencySeeds.map((seed) => seed.key))).toBe(true);
    expect(unique(agencySeeds.map((seed) => seed.code))).toBe(true);
    expect(unique(agencySeeds.map((seed) => seed.geocode))).toBe(true);
  });

  it('lists parents before children', () => {
    const seen = new Set<string>();

    for (const seed of agencySeeds) {
      expect(seed.parentKey === null || seen.has(seed.parentKey)).toBe(true);
      seen.add(seed.key);
    }
  });

  it('gives BMA codes to three districts only', () => {
    const coded = agencySeeds.filter((seed) => seed.kind === 'districtOffice' && seed.code !== null);

    expect(coded.map((seed) => [seed.nameTh, seed.code, seed.geocode])).toEqual([
      ['สำนักงานเขตภาษีเจริญ', '5021', '1022'],
      ['สำนักงานเขตดินแดง', '5037', '1026'],
      ['สำนักงานเขตบางนา', '5047', '1047'],
    ]);
  });

  it('names districts in both languages', () => {
    const bangNa = agencySeeds.find((seed) => seed.geocode === '1047');

    expect(bangNa).toMatchObject({ nameTh: 'สำนักงานเขตบางนา', nameEn: 'Bang Na District Office', aliases: ['เขตบางนา', 'บางนา'] });
  });
});

describe('planEditionSeeds', () => {
  const edition = planEditionSeeds.find((seed) => seed.code === phase2EditionCode);

  it('covers fiscal years 2561 to 2565', () => {
    expect(edition).toMatchObject({ startYear: 2561, endYear: 2565 });
  });

  it('has seven dimensions', () => {
    expect(edition?.nodes.filter((node) => node.level === 'dimension').map((node) => node.code)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  it('has a parent for every sub-dimension', () => {
    const codes = new Set(edition?.nodes.map((node) => node.code));

    for (const node of edition?.nodes.filter((item) => item.level === 'subDimension') ?? []) {
      expect(codes.has(node.code.split('.')[0] ?? '')).toBe(true);
    }
  });

  it('names the sub-dimensions of dimension 5', () => {
    const names = Object.fromEntries(edition?.nodes.filter((node) => node.code.startsWith('5.')).map((node) => [node.code, node.nameTh]) ?? []);

    expect(names).toMatchObject({ '5.2': 'เมืองธรรมาภิบาล', '5.4': 'การเมืองสีขาว', '5.5': 'พลเมืองกรุงเทพฯ ขับเคลื่อนวิสัยทัศน์' });
  });
});

describe('seedId', () => {
  it('is a stable RFC 9562 version 8 UUID', () => {
    const id = seedId('agency', 'bma');

    expect(id).toBe(seedId('agency', 'bma'));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(seedId('agency', 'bmb')).not.toBe(id);
  });
});
