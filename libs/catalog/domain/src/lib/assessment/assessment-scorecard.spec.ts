import { buildAssessmentScores } from './assessment-scorecard';

describe('buildAssessmentScores', () => {
  it('shows null scores for an unassessed agency', () => {
    expect(buildAssessmentScores([], 4)).toEqual({
      readiness: null,
      security: { averageScore: null, assessedDatasets: 0, datasets: 4 },
      dataQuality: null,
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
    );

    expect(scores.readiness).toBe(72.5);
    // (100 + 33.33 + 50) / 3 = 61.11
    expect(scores.security).toEqual({ averageScore: 61.11, assessedDatasets: 3, datasets: 5 });
  });
});
