import { statisticalDataset } from '../testing/thai-gdc-schema.fixture';
import { buildAgencyScorecard, REQUIRED_ARTEFACTS, type ScorecardArtefact, type ScorecardDataset } from './governance-scorecard';

const today = '2026-12-04';

function dataset(overrides: Partial<ScorecardDataset> = {}): ScorecardDataset {
  return {
    id: 'id-1',
    slug: 'population',
    titleTh: 'จำนวนประชากร',
    agencyCode: '0411',
    metadata: { ...statisticalDataset() },
    classification: 'เปิดเผย',
    dictionaryFieldCount: 3,
    lastUpdatedDate: '2026-11-20',
    updateFrequencyUnit: 'เดือน',
    updateFrequencyInterval: 1,
    ...overrides,
  };
}

function artefact(kind: string, usageScope: string | null = null, evidenceCount = 1): ScorecardArtefact {
  return { agencyCode: '0411', kind, usageScope, evidenceCount };
}

describe('buildAgencyScorecard', () => {
  it('scores a dataset that meets every measure', () => {
    const card = buildAgencyScorecard('0411', [dataset()], [], today);

    expect(card.datasets).toBe(1);
    expect(card.metadataComplete).toEqual({ count: 1, total: 1, percent: 100 });
    expect(card.withDictionary.percent).toBe(100);
    expect(card.classified.percent).toBe(100);
    expect(card.owned.percent).toBe(100);
    expect(card.updatedOnTime.percent).toBe(100);
  });

  it('counts each shortfall in its own measure', () => {
    const card = buildAgencyScorecard(
      '0411',
      [
        dataset(),
        dataset({ id: 'id-2', metadata: { ...statisticalDataset(), notes: undefined } }),
        dataset({ id: 'id-3', dictionaryFieldCount: 0 }),
        dataset({ id: 'id-4', classification: 'ไม่ระบุ' }),
        dataset({ id: 'id-5', metadata: { ...statisticalDataset(), maintainer_email: ' ' } }),
      ],
      [],
      today,
    );

    expect(card.metadataComplete).toEqual({ count: 3, total: 5, percent: 60 });
    expect(card.withDictionary).toEqual({ count: 4, total: 5, percent: 80 });
    expect(card.classified).toEqual({ count: 4, total: 5, percent: 80 });
    expect(card.owned).toEqual({ count: 4, total: 5, percent: 80 });
  });

  it('lists stale datasets by due date', () => {
    // Datasets with an unknown frequency stay out of the on-time total.
    const card = buildAgencyScorecard(
      '0411',
      [
        dataset({ id: 'late-year', slug: 'late-year', updateFrequencyUnit: 'ปี', lastUpdatedDate: '2025-06-30' }),
        dataset({ id: 'late-month', slug: 'late-month', lastUpdatedDate: '2026-09-15' }),
        dataset({ id: 'unknown', updateFrequencyUnit: 'ไม่ทราบ' }),
        dataset({ id: 'fresh' }),
      ],
      [],
      today,
    );

    expect(card.updatedOnTime).toEqual({ count: 1, total: 3, percent: 33.3 });
    expect(card.staleDatasets.map((stale) => [stale.slug, stale.dueDate])).toEqual([
      ['late-year', '2026-06-30'],
      ['late-month', '2026-10-15'],
    ]);
  });

  it('counts only artefacts with evidence and names the missing ones', () => {
    const card = buildAgencyScorecard(
      '0411',
      [],
      [artefact('appointmentOrder'), artefact('databaseDevelopmentPlan', null, 0), artefact('evidenceOfUse', 'public')],
      today,
    );

    expect(card.artefacts).toEqual({ count: 2, total: REQUIRED_ARTEFACTS.length, percent: 33.3 });
    expect(card.missingArtefacts).toEqual(['databaseDevelopmentPlan', 'catalogSubmission', 'evidenceOfUse:internal', 'evidenceOfUse:bma']);
  });

  it('gives no percentage for an agency without datasets', () => {
    const card = buildAgencyScorecard('0411', [], [], today);

    expect(card.metadataComplete).toEqual({ count: 0, total: 0, percent: null });
    expect(card.updatedOnTime.percent).toBeNull();
  });
});
