import type { EvidenceFileRequest } from './artefact.request';
import type { AssessmentStatusName, ReviewDecision } from './assessment.request';
import type { AssessmentKindName, AutoCheckName, EvidenceRequirement } from './questionnaire.request';

/** One option of a question's answer scale. */
export interface AnswerOptionResponse {
  value: string;
  labelTh: string;
  labelEn: string;
  points: number;
}

/** A question of a questionnaire version. */
export interface QuestionResponse {
  code: string;
  textTh: string;
  textEn: string;
  weight: number;
  evidence: EvidenceRequirement;
  options: AnswerOptionResponse[];
  appliesTo: { classifications?: string[]; exceptClassifications?: string[]; categories?: string[] } | null;
  autoCheck: AutoCheckName | null;
}

/** A data governance component of a questionnaire version, with its questions. */
export interface QuestionnaireComponentResponse {
  code: string;
  nameTh: string;
  nameEn: string;
  weight: number;
  questions: QuestionResponse[];
}

/** One published, immutable questionnaire version. */
export interface QuestionnaireResponse {
  id: string;
  kind: AssessmentKindName;
  version: number;
  titleTh: string;
  titleEn: string;
  /** `default` when loaded from the data file that ships with the service, `custom` when posted by an administrator. */
  source: 'default' | 'custom';
  components: QuestionnaireComponentResponse[];
  createdBy: string;
  /** ISO 8601 instant. */
  createdAt: string;
}

/** Questionnaire versions, newest first. */
export interface QuestionnaireListResponse {
  items: QuestionnaireResponse[];
  total: number;
}

/** Answer review states: not reviewed yet, or the evaluator's last decision on it. */
export type AnswerReviewStatus = 'pending' | 'accepted' | 'rejected' | 'evidenceRequested';

/** A stored answer with its evidence and its review state. */
export interface AssessmentAnswerResponse {
  questionCode: string;
  optionValue: string;
  /** Points of the chosen option, copied when the answer was saved. */
  points: number;
  note: string | null;
  documents: EvidenceFileRequest[];
  links: string[];
  /** True when the service answered the question itself (an automatic check). */
  automatic: boolean;
  reviewStatus: AnswerReviewStatus;
  reviewReason: string | null;
  answeredBy: string;
  /** ISO 8601 instant. */
  answeredAt: string;
}

/** One decision in the review history. `questionCode` is null for a decision on the whole assessment. */
export interface AssessmentReviewResponse {
  /** The submission the decision is about: 1 for the first submission, 2 after the first resubmission, and so on. */
  round: number;
  questionCode: string | null;
  decision: ReviewDecision;
  reason: string | null;
  reviewedBy: string;
  /** ISO 8601 instant. */
  reviewedAt: string;
}

/** The score of one component, 0–100 with 2 decimals, or null when none of its questions applies. */
export interface ComponentScoreResponse {
  code: string;
  nameTh: string;
  nameEn: string;
  weight: number;
  score: number | null;
  /** Questions of the component that apply to the assessment, and how many of them have an answer. */
  applicable: number;
  answered: number;
}

/** Scores of an assessment: per component and overall, each 0–100 with 2 decimals. */
export interface AssessmentScores {
  overall: number | null;
  components: ComponentScoreResponse[];
}

/** Change since the accepted assessment of the previous fiscal year, in points, or null where either side has no score. */
export interface AssessmentComparison {
  previousFiscalYear: number;
  /** The accepted assessment of the same agency (and dataset, for security) in the previous fiscal year, or null. */
  previousAssessmentId: string | null;
  previousOverall: number | null;
  overallDelta: number | null;
  components: { code: string; previousScore: number | null; delta: number | null }[];
}

/** An assessment without its answers, as lists return it. */
export interface AssessmentSummary {
  id: string;
  kind: AssessmentKindName;
  agencyCode: string;
  /** Buddhist-era fiscal year. */
  fiscalYear: number;
  /** Security assessments only: the dataset, and its category and classification when the assessment started. */
  datasetId: string | null;
  datasetCategory: string | null;
  datasetClassification: string | null;
  questionnaireId: string;
  questionnaireVersion: number;
  status: AssessmentStatusName;
  /** Times the agency submitted the assessment. */
  submissionCount: number;
  scores: AssessmentScores;
  /** Optimistic concurrency: each change increments it. */
  version: number;
  createdBy: string;
  /** ISO 8601 instants, null until the first submission or review. */
  createdAt: string;
  submittedAt: string | null;
  reviewedAt: string | null;
}

/** An assessment with its answers, review history and comparison with the previous fiscal year. */
export interface AssessmentDetail extends AssessmentSummary {
  answers: AssessmentAnswerResponse[];
  /** Decisions ordered by round. Within a round, answer decisions come by question code, then the decision on the whole assessment. */
  reviews: AssessmentReviewResponse[];
  comparison: AssessmentComparison;
}

/** Assessments that match a list request, newest fiscal year first. */
export interface AssessmentListResponse {
  items: AssessmentSummary[];
  total: number;
}
