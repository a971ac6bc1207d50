import Decimal from 'decimal.js';

import type { AgencyAssessmentScores } from '@bma-kpi/contracts-catalog';

import { scoreDecimals } from './assessment-scoring';

/** The overall score of one accepted assessment of the fiscal year. */
export interface ScorecardAssessment {
  kind: 'readiness' | 'security';
  agencyCode: string;
  datasetId: string | null;
  overallScore: number | null;
}

const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

/**
 * Builds the assessment part of an agency's scorecard from its accepted assessments. The security
 * score is the plain mean over assessed datasets, rounded half up to 2 decimals. Datasets without
 * an accepted assessment are left out of the mean and counted in `datasets` only.
 */
export function buildAssessmentScores(assessments: readonly ScorecardAssessment[], datasetCount: number): AgencyAssessmentScores {
  const readiness = assessments.find((assessment) => assessment.kind === 'readiness')?.overallScore ?? null;
  const security = assessments.filter((assessment) => assessment.kind === 'security' && assessment.overallScore !== null);
  const sum = security.reduce((total, assessment) => total.plus(assessment.overallScore ?? 0), new Exact(0));
  const averageScore = security.length === 0 ? null : sum.div(security.length).toDecimalPlaces(scoreDecimals, Exact.ROUND_HALF_UP).toNumber();

  return {
    readiness,
    security: { averageScore, assessedDatasets: security.length, datasets: datasetCount },
    // NOTE: the data quality assessment is not built yet; this slot stays null until it is.
    dataQuality: null,
  };
}
