import { datasetSlugPattern } from '@bma-kpi/contracts-catalog';

import { datasetSlug } from './dataset-slug.util';

const none = new Set<string>();

describe('datasetSlug', () => {
  it.each([
    ['from English title', 'จำนวนผู้ป่วย', 'Patient Count', 'patient-count'],
    ['punctuation in English', 'ข้อมูล', 'Air Quality (PM2.5) — Daily!', 'air-quality-pm2-5-daily'],
    ['accents dropped', 'ข้อมูล', 'Café Données', 'cafe-donnees'],
    ['underscores become dashes', 'ข้อมูล', 'road__network', 'road-network'],
    ['ASCII-only Thai title', 'COVID-19 Cases', undefined, 'covid-19-cases'],
    ['Thai digits in ASCII title', 'Budget ๒๕๖๘', undefined, 'budget-2568'],
    ['reserved name', 'ข้อมูล', 'New', 'new-dataset'],
  ])('%s', (_case, titleTh, titleEn, expected) => {
    expect(datasetSlug(titleTh, titleEn, none)).toBe(expected);
  });

  it.each([
    ['Thai-only title', 'จำนวนผู้ใช้บริการศูนย์บริการสาธารณสุข', undefined],
    ['blank English title', 'จำนวนผู้ใช้บริการ', '   '],
    ['Thai-script English title', 'จำนวนผู้ใช้บริการ', 'ภาษาไทย'],
    ['empty title', '', undefined],
    ['punctuation only', '!!! ... ---', undefined],
  ])('falls back to a hash for %s', (_case, titleTh, titleEn) => {
    expect(datasetSlug(titleTh, titleEn, none)).toMatch(/^dataset-[0-9a-f]{8}$/);
  });

  it('keeps ASCII words of a mixed title', () => {
    expect(datasetSlug('ข้อมูล COVID-19 กรุงเทพฯ', undefined, none)).toMatch(/^covid-19-[0-9a-f]{8}$/);
  });

  it('separates mixed titles sharing ASCII words', () => {
    expect(datasetSlug('ผู้ป่วย COVID-19', undefined, none)).not.toBe(datasetSlug('ผู้เสียชีวิต COVID-19', undefined, none));
  });

  it('is deterministic', () => {
    expect(datasetSlug('สถิติประชากร', undefined, none)).toBe(datasetSlug('สถิติประชากร', undefined, none));
  });

  it('ignores spacing and digit script', () => {
    expect(datasetSlug('สถิติ  ปี ๒๕๖๘ ', undefined, none)).toBe(datasetSlug('สถิติ ปี 2568', undefined, none));
  });

  it('repairs decomposed sara am', () => {
    expect(datasetSlug('จํานวน', undefined, none)).toBe(datasetSlug('จำนวน', undefined, none));
  });

  it('separates different Thai titles', () => {
    expect(datasetSlug('สถิติประชากร', undefined, none)).not.toBe(datasetSlug('สถิติครัวเรือน', undefined, none));
  });

  it.each([
    ['first collision', new Set(['patient-count']), 'patient-count-2'],
    ['second collision', new Set(['patient-count', 'patient-count-2']), 'patient-count-3'],
    ['gap in suffixes', new Set(['patient-count', 'patient-count-3']), 'patient-count-2'],
  ])('dedupes on %s', (_case, existing, expected) => {
    expect(datasetSlug('', 'Patient Count', existing)).toBe(expected);
  });

  it('dedupes a Thai fallback', () => {
    const first = datasetSlug('สถิติประชากร', undefined, none);

    expect(datasetSlug('สถิติประชากร', undefined, new Set([first]))).toBe(`${first}-2`);
  });

  describe('very long titles', () => {
    const longEnglish = 'Annual Report of Public Health Service Usage in Bangkok Districts '.repeat(4);
    const longMixed = `รายงาน ${'Bangkok District Health Service Statistics '.repeat(5)} ประจำปี`;

    it('caps an English slug at 100', () => {
      expect(datasetSlug('', longEnglish, none).length).toBeLessThanOrEqual(100);
    });

    it('caps a mixed slug at 100', () => {
      expect(datasetSlug(longMixed, undefined, none).length).toBeLessThanOrEqual(100);
    });

    it('keeps the hash of a long mixed title', () => {
      expect(datasetSlug(longMixed, undefined, none)).toMatch(/-[0-9a-f]{8}$/);
    });

    it('caps a deduplicated slug at 100', () => {
      const first = datasetSlug('', longEnglish, none);

      expect(datasetSlug('', longEnglish, new Set([first])).length).toBeLessThanOrEqual(100);
    });

    it('suffixes a deduplicated long slug', () => {
      const first = datasetSlug('', longEnglish, none);

      expect(datasetSlug('', longEnglish, new Set([first]))).toMatch(/[a-z0-9]-2$/);
    });
  });

  it.each([
    ['Thai', 'ข้อมูลสถิติ', undefined],
    ['mixed', 'ข้อมูล -- COVID -- 19', undefined],
    ['dashes', 'ข้อมูล', '--- A --- B ---'],
    ['long', 'x', 'word '.repeat(60)],
  ])('produces a valid %s name', (_case, titleTh, titleEn) => {
    const slug = datasetSlug(titleTh, titleEn, none);

    expect(slug).toMatch(datasetSlugPattern);
    expect(slug).not.toMatch(/--|^-|-$/);
  });
});
