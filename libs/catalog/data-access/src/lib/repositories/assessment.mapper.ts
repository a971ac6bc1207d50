import type { ComponentScore } from '@bma-kpi/catalog-domain';
import type { Prisma } from '../../generated/prisma/client';
import type { EvidenceFileInput } from './artefact.types';
import type { AssessmentAnswerRecord, AssessmentRecord, AssessmentReviewRecord } from './assessment.types';

/** Relations that AssessmentRecord contains. */
export const assessmentInclude = {
  answers: { orderBy: { answeredAt: 'asc' } },
  // Rows of one review share their timestamp, so the order comes from round, then answer decisions
  // by question code before the decision on the whole assessment.
  reviews: { orderBy: [{ round: 'asc' }, { questionCode: { sort: 'asc', nulls: 'last' } }, { reviewedAt: 'asc' }] },
  questionnaire: { select: { version: true } },
} as const satisfies Prisma.AssessmentInclude;

type AssessmentRow = Prisma.AssessmentGetPayload<{ include: typeof assessmentInclude }>;

/** `kind:agency:fiscalYear:dataset`, the key that keeps one open assessment per scope. */
export function assessmentScopeKey(kind: string, agencyCode: string, fiscalYear: number, datasetId: string | null): string {
  return `${kind}:${agencyCode}:${fiscalYear}:${datasetId ?? '-'}`;
}

function jsonArray<T>(value: Prisma.JsonValue): T[] {
  return Array.isArray(value) ? (value as unknown as T[]) : [];
}

function toAnswerRecord(row: AssessmentRow['answers'][number]): AssessmentAnswerRecord {
  return {
    questionCode: row.questionCode,
    optionValue: row.optionValue,
    points: row.points.toFixed(),
    note: row.note,
    documents: jsonArray<EvidenceFileInput>(row.documents),
    links: jsonArray<string>(row.links),
    automatic: row.automatic,
    reviewStatus: row.reviewStatus as AssessmentAnswerRecord['reviewStatus'],
    reviewReason: row.reviewReason,
    answeredBy: row.answeredBy,
    answeredAt: row.answeredAt.toISOString(),
  };
}

function toReviewRecord(row: AssessmentRow['reviews'][number]): AssessmentReviewRecord {
  return {
    round: row.round,
    questionCode: row.questionCode,
    decision: row.decision as AssessmentReviewRecord['decision'],
    reason: row.reason,
    reviewedBy: row.reviewedBy,
    reviewedAt: row.reviewedAt.toISOString(),
  };
}

/** Maps a stored assessment with `assessmentInclude` to its record. */
export function toAssessmentRecord(row: AssessmentRow): AssessmentRecord {
  return {
    id: row.id,
    kind: row.kind,
    agencyCode: row.agencyCode,
    fiscalYear: row.fiscalYear,
    datasetId: row.datasetId,
    datasetCategory: row.datasetCategory,
    datasetClassification: row.datasetClassification,
    questionnaireId: row.questionnaireId,
    questionnaireVersion: row.questionnaire.version,
    status: row.status,
    submissionCount: row.submissionCount,
    overallScore: row.overallScore === null ? null : row.overallScore.toNumber(),
    componentScores: jsonArray<ComponentScore>(row.componentScores),
    version: row.version,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    answers: row.answers.map(toAnswerRecord),
    reviews: row.reviews.map(toReviewRecord),
  };
}
