import type { AssessmentComparison, AssessmentDetail, AssessmentSummary } from '@bma-kpi/contracts-catalog';
import type { AnswerWrite, AssessmentAnswerRecord, AssessmentRecord } from '@bma-kpi/catalog-data-access';
import { compareScores, computeScores, type AssessedDataset, type QuestionnaireContent, type ScoreResult } from '@bma-kpi/catalog-domain';

/** Returns the dataset facts of a security assessment, or null for readiness. */
export function assessedDatasetOf(record: Pick<AssessmentRecord, 'datasetCategory' | 'datasetClassification'>): AssessedDataset | null {
  if (record.datasetCategory === null || record.datasetClassification === null) {
    return null;
  }

  return { category: record.datasetCategory, classification: record.datasetClassification };
}

/** Scores answers, counting rejected answers as 0 points. */
export function scoreAnswers(content: QuestionnaireContent, dataset: AssessedDataset | null, answers: readonly AssessmentAnswerRecord[]): ScoreResult {
  const scored = new Map(answers.map((answer) => [answer.questionCode, { points: answer.points, rejected: answer.reviewStatus === 'rejected' }]));

  return computeScores(content, scored, dataset);
}

/** Merges answer writes into stored answers. A write replaces the answer to its question and resets its review to pending. */
export function mergeAnswers(stored: readonly AssessmentAnswerRecord[], writes: readonly AnswerWrite[], actor: string): AssessmentAnswerRecord[] {
  const merged = new Map(stored.map((answer) => [answer.questionCode, answer]));
  const answeredAt = new Date().toISOString();

  for (const write of writes) {
    merged.set(write.questionCode, { ...write, reviewStatus: 'pending', reviewReason: null, answeredBy: actor, answeredAt });
  }

  return [...merged.values()];
}

export function toAssessmentSummary(record: AssessmentRecord): AssessmentSummary {
  return {
    id: record.id,
    kind: record.kind,
    agencyCode: record.agencyCode,
    fiscalYear: record.fiscalYear,
    datasetId: record.datasetId,
    datasetCategory: record.datasetCategory,
    datasetClassification: record.datasetClassification,
    questionnaireId: record.questionnaireId,
    questionnaireVersion: record.questionnaireVersion,
    status: record.status,
    submissionCount: record.submissionCount,
    scores: { overall: record.overallScore, components: record.componentScores },
    version: record.version,
    createdBy: record.createdBy,
    createdAt: record.createdAt,
    submittedAt: record.submittedAt,
    reviewedAt: record.reviewedAt,
  };
}

/** Builds the comparison with the previous fiscal year's accepted assessment, or null deltas when there is none. */
export function toComparison(record: AssessmentRecord, previous: AssessmentRecord | null): AssessmentComparison {
  const current = { overall: record.overallScore, components: record.componentScores };
  const before = previous === null ? null : { overall: previous.overallScore, components: previous.componentScores };
  const compared = compareScores(current, before);

  return {
    previousFiscalYear: record.fiscalYear - 1,
    previousAssessmentId: previous?.id ?? null,
    previousOverall: previous?.overallScore ?? null,
    overallDelta: compared.overallDelta,
    components: compared.components,
  };
}

export function toAssessmentDetail(record: AssessmentRecord, previous: AssessmentRecord | null): AssessmentDetail {
  return {
    ...toAssessmentSummary(record),
    answers: record.answers.map((answer) => ({ ...answer, points: Number(answer.points) })),
    reviews: record.reviews,
    comparison: toComparison(record, previous),
  };
}

/** Builds the fields that every assessment event carries. */
export function assessmentEventData(record: AssessmentRecord) {
  return {
    assessmentId: record.id,
    kind: record.kind,
    agencyCode: record.agencyCode,
    fiscalYear: record.fiscalYear,
    datasetId: record.datasetId,
    status: record.status,
    submissionCount: record.submissionCount,
    overallScore: record.overallScore,
    componentScores: record.componentScores.map((component) => ({ code: component.code, score: component.score })),
  };
}
