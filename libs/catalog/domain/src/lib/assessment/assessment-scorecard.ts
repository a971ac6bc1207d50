import Decimal from 'decimal.js';

import type { AgencyAssessmentScores, AgencyDataQuality } from '@bma-kpi/contracts-catalog';

import type { QualityScores } from '../quality/quality.types';
import { scoreDecimals } from './assessment-scoring';

/** The overall score of one accepted assessment of the fiscal year. */
export interface ScorecardAssessment {
  kind: 'readiness' | 'security';
  agencyCode: string;
  datasetId: string | null;
  overallScore: number | null;
}

/** Means of the latest data quality scores of one agency's assessed datasets, as decimal text. */
export interface ScorecardQuality {
  agencyCode: string;
  /** Datasets with a finished assessment in the fiscal year. */
  datasets: number;
  scores: QualityScores;
}

const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

function toScore(text: string | null): number | null {
  return text === null ? null : Number(text);
}

/**
 * Builds the data quality part of an agency's scorecard from its means, or from none when no
 * dataset of the agency has a finished assessment in the fiscal year.
 */
export function buildDataQuality(quality: ScorecardQuality | null, datasetCount: number): AgencyDataQuality {
  const assessed = quality?.datasets ?? 0;
  const scores = quality?.scores;

  return {
    completeness: toScore(scores?.completeness ?? null),
    validity: toScore(scores?.validity ?? null),
    uniqueness: toScore(scores?.uniqueness ?? null),
    encoding: toScore(scores?.encoding ?? null),
    timeliness: toScore(scores?.timeliness ?? null),
    overall: toScore(scores?.overall ?? null),
    assessedDatasets: assessed,
    // The means and the dataset list are two reads, so a dataset deleted between them could make this negative.
    notAssessedDatasets: Math.max(0, datasetCount - assessed),
  };
}

/**
 * Builds the assessment part of an agency's scorecard from its accepted assessments and its data
 * quality means. The security score is the plain mean over assessed datasets, rounded half up to 2
 * decimals. Datasets without an accepted assessment are left out of the mean and counted in
 * `datasets` only.
 */
export function buildAssessmentScores(
  assessments: readonly ScorecardAssessment[],
  datasetCount: number,
  quality: ScorecardQuality | null,
): AgencyAssessmentScores {
  const readiness = assessments.find((assessment) => assessment.kind === 'readiness')?.overallScore ?? null;
  const security = assessments.filter((assessment) => assessment.kind === 'security' && assessment.overallScore !== null);
  const sum = security.reduce((total, assessment) => total.plus(assessment.overallScore ?? 0), new Exact(0));
  const averageScore = security.length === 0 ? null : sum.div(security.length).toDecimalPlaces(scoreDecimals, Exact.ROUND_HALF_UP).toNumber();

  return {
    readiness,
    security: { averageScore, assessedDatasets: security.length, datasets: datasetCount },
    dataQuality: buildDataQuality(quality, datasetCount),
  };
}
