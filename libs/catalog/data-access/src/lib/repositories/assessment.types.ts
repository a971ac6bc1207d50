import type { ComponentScore, QuestionnaireContent, ScoreResult } from '@bma-kpi/catalog-domain';
import type { AssessmentKind, AssessmentStatus } from '../../generated/prisma/client';
import type { EvidenceFileInput } from './artefact.types';

/** A stored questionnaire version. `createdAt` is ISO 8601. */
export interface QuestionnaireRecord {
  id: string;
  kind: AssessmentKind;
  version: number;
  titleTh: string;
  titleEn: string;
  content: QuestionnaireContent;
  contentSha256: string;
  source: 'default' | 'custom';
  createdBy: string;
  createdAt: string;
}

/** A stored answer. `points` is decimal text as stored. */
export interface AssessmentAnswerRecord {
  questionCode: string;
  optionValue: string;
  points: string;
  note: string | null;
  documents: EvidenceFileInput[];
  links: string[];
  automatic: boolean;
  reviewStatus: 'pending' | 'accepted' | 'rejected' | 'evidenceRequested';
  reviewReason: string | null;
  answeredBy: string;
  answeredAt: string;
}

/** A stored review decision. `questionCode` is null for the whole assessment. */
export interface AssessmentReviewRecord {
  round: number;
  questionCode: string | null;
  decision: 'accept' | 'reject' | 'requestEvidence';
  reason: string | null;
  reviewedBy: string;
  reviewedAt: string;
}

/** A stored assessment with its answers and review history. Timestamps are ISO 8601. */
export interface AssessmentRecord {
  id: string;
  kind: AssessmentKind;
  agencyCode: string;
  fiscalYear: number;
  datasetId: string | null;
  datasetCategory: string | null;
  datasetClassification: string | null;
  questionnaireId: string;
  questionnaireVersion: number;
  status: AssessmentStatus;
  submissionCount: number;
  overallScore: number | null;
  componentScores: ComponentScore[];
  version: number;
  createdBy: string;
  createdAt: string;
  submittedAt: string | null;
  reviewedAt: string | null;
  answers: AssessmentAnswerRecord[];
  reviews: AssessmentReviewRecord[];
}

/** Input of AssessmentRepository.create. */
export interface CreateAssessmentInput {
  kind: AssessmentKind;
  agencyCode: string;
  fiscalYear: number;
  datasetId: string | null;
  datasetCategory: string | null;
  datasetClassification: string | null;
  questionnaireId: string;
  scores: ScoreResult;
}

/** An answer to insert or to replace the stored answer to the same question. */
export interface AnswerWrite {
  questionCode: string;
  optionValue: string;
  points: string;
  note: string | null;
  documents: EvidenceFileInput[];
  links: string[];
  automatic: boolean;
}

/** A change of the review state of one stored answer. */
export interface AnswerReviewWrite {
  questionCode: string;
  reviewStatus: AssessmentAnswerRecord['reviewStatus'];
  reviewReason: string | null;
}

/** One write to an assessment, applied only if the stored version is still `expectedVersion`. */
export interface AssessmentChange {
  expectedVersion: number;
  status: AssessmentStatus;
  scores: ScoreResult;
  submitted?: boolean;
  reviewed?: boolean;
  answers?: AnswerWrite[];
  answerReviews?: AnswerReviewWrite[];
  reviews?: Omit<AssessmentReviewRecord, 'reviewedBy' | 'reviewedAt'>[];
}

/** Filters of AssessmentRepository.list. */
export interface AssessmentFilter {
  kind?: AssessmentKind;
  agencyCode?: string;
  fiscalYear?: number;
  datasetId?: string;
  status?: AssessmentStatus;
}

/** The overall score of one accepted assessment, as the scorecard reads it. */
export interface AcceptedAssessmentScore {
  kind: AssessmentKind;
  agencyCode: string;
  datasetId: string | null;
  overallScore: number | null;
}

/** A dictionary field flagged as personal data, with its legal basis or null. */
export interface PersonalDataField {
  name: string;
  resourceId: string | null;
  legalBasis: string | null;
}
