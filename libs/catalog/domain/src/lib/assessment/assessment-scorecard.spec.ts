import { buildAssessmentScores, buildDataQuality, type ScorecardQuality } from './assessment-scorecard';

const notAssessed = { completeness: null, validity: null, uniqueness: null, encoding: null, timeliness: null, overall: null };

function qualityMeans(datasets: number, overall: string | null): ScorecardQuality {
  return {
    agencyCode: '0411',
    datasets,
    scores: { completeness: '90.00', validity: '87.50', uniqueness: null, encoding: '100.00', timeliness: '0.00', overall },
  };
}

describe('buildAssessmentScores', () => {
  it('shows null scores for an unassessed agency', () => {
    expect(buildAssessmentScores([], 4, null)).toEqual({
      readiness: null,
      security: { averageScore: null, assessedDatasets: 0, datasets: 4 },
      dataQuality: { ...notAssessed, assessedDatasets: 0, notAssessedDatasets: 4 },
    });
  });

  it('averages security scores over assessed datasets', () => {
    const scores = buildAssessmentScores(
      [
        { kind: 'readiness', agencyCode: '0411', datasetId: null, overallScore: 72.5 },
        { kind: 'security', agencyCode: '0411', datasetId: 'a', overallScore: 100 },
        { kind: 'security', agencyCode: '0411', datasetId: 'b', overallScore: 33.33 },
        { kind: 'security', agencyCode: '0411', datasetId: 'c', overallScore: 50 },
      ],
      5,
      null,
    );

    expect(scores.readiness).toBe(72.5);
    // (100 + 33.33 + 50) / 3 = 61.11
    expect(scores.security).toEqual({ averageScore: 61.11, assessedDatasets: 3, datasets: 5 });
  });

  it('adds the data quality means', () => {
    const scores = buildAssessmentScores([], 5, qualityMeans(2, '69.38'));

    expect(scores.dataQuality).toEqual({
      completeness: 90,
      validity: 87.5,
      uniqueness: null,
      encoding: 100,
      timeliness: 0,
      overall: 69.38,
      assessedDatasets: 2,
      notAssessedDatasets: 3,
    });
    expect(scores.security.assessedDatasets).toBe(0);
  });
});

describe('buildDataQuality', () => {
  it('keeps a zero score apart from null', () => {
    const quality = buildDataQuality(qualityMeans(1, '0.00'), 1);

    expect(quality.overall).toBe(0);
    expect(quality.timeliness).toBe(0);
    expect(quality.uniqueness).toBeNull();
  });

  it('counts every dataset assessed', () => {
    const quality = buildDataQuality(qualityMeans(3, '50.00'), 3);

    expect(quality.assessedDatasets).toBe(3);
    expect(quality.notAssessedDatasets).toBe(0);
  });

  it('clamps not assessed at zero', () => {
    // A dataset deleted after the means were read leaves fewer datasets than assessed ones.
    const quality = buildDataQuality(qualityMeans(3, '50.00'), 2);

    expect(quality.notAssessedDatasets).toBe(0);
  });
});
