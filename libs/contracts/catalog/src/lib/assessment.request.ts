import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

import { EvidenceFileRequest } from './artefact.request';
import { IsBuddhistYearNumber, IsCatalogText } from './catalog.validators';
import { ASSESSMENT_KINDS, assessmentCodePattern, type AssessmentKindName } from './questionnaire.request';

/**
 * Stages of an assessment. The agency edits a `draft` and submits it. The evaluator accepts it,
 * rejects it for good, or returns it (`returned`) for more evidence. The agency then edits and
 * submits a returned assessment again.
 */
export const ASSESSMENT_STATUSES = ['draft', 'submitted', 'returned', 'accepted', 'rejected'] as const;

export type AssessmentStatusName = (typeof ASSESSMENT_STATUSES)[number];

/** Decisions of an evaluator, on one answer or on the whole assessment. */
export const REVIEW_DECISIONS = ['accept', 'reject', 'requestEvidence'] as const;

export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** Maximum number of answers that one save request may contain. */
export const maxAnswersPerRequest = 300;

/** Maximum number of evidence files or links on one answer. */
export const maxEvidencePerAnswer = 20;

/** Request to start the assessment of an agency (readiness) or of a dataset (security) for a fiscal year. */
export class StartAssessmentRequest {
  @IsIn(ASSESSMENT_KINDS)
  @IsString()
  kind: AssessmentKindName;

  /** Buddhist-era fiscal year, such as 2568. */
  @IsBuddhistYearNumber()
  fiscalYear: number;

  /** Required for readiness. For security it must match the dataset's agency when given. */
  @IsOptional()
  @IsCatalogText(100)
  agencyCode?: string;

  /** Required for security and rejected for readiness: the dataset id or slug. */
  @IsOptional()
  @IsCatalogText(100)
  dataset?: string;
}

/** Request that names one assessment by id. */
export class AssessmentReferenceRequest {
  @IsUUID()
  assessmentId: string;
}

/** Filters of the assessment list; every filter given must match. */
export class ListAssessmentsRequest {
  @IsOptional()
  @IsIn(ASSESSMENT_KINDS)
  @IsString()
  kind?: AssessmentKindName;

  @IsOptional()
  @IsCatalogText(100)
  agency?: string;

  @IsOptional()
  @IsBuddhistYearNumber({ fromQuery: true })
  fiscalYear?: number;

  @IsOptional()
  @IsUUID()
  datasetId?: string;

  @IsOptional()
  @IsIn(ASSESSMENT_STATUSES)
  @IsString()
  status?: AssessmentStatusName;
}

/** The agency's answer to one question: the chosen option and its evidence. */
export class AnswerInput {
  @Matches(assessmentCodePattern, { message: '$property must be the code of a question of the questionnaire' })
  @IsString()
  questionCode: string;

  /** `value` of one option of the question's answer scale. */
  @Matches(assessmentCodePattern, { message: '$property must be the value of an option of the question' })
  @IsString()
  optionValue: string;

  @IsOptional()
  @IsCatalogText(4000)
  note?: string;

  /** Files already in the object store, for questions that need a document. */
  @IsOptional()
  @ArrayMaxSize(maxEvidencePerAnswer)
  @ValidateNested({ each: true })
  @Type(() => EvidenceFileRequest)
  @IsArray()
  documents?: EvidenceFileRequest[];

  /** http or https URLs, for questions that need a link. */
  @IsOptional()
  @ArrayMaxSize(maxEvidencePerAnswer)
  @MaxLength(2000, { each: true })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { each: true })
  @IsArray()
  links?: string[];
}

/** Request to save answers of a draft or returned assessment; each answer replaces the earlier answer to its question. */
export class SaveAnswersRequest {
  @IsUUID()
  assessmentId: string;

  @ArrayMaxSize(maxAnswersPerRequest)
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => AnswerInput)
  @IsArray()
  answers: AnswerInput[];
}

/** An evaluator's decision on one answer. `reason` is required unless the decision is accept. */
export class AnswerReviewInput {
  @Matches(assessmentCodePattern, { message: '$property must be the code of a question of the questionnaire' })
  @IsString()
  questionCode: string;

  @IsIn(REVIEW_DECISIONS)
  @IsString()
  decision: ReviewDecision;

  @IsOptional()
  @IsCatalogText(4000)
  reason?: string;
}

/**
 * An evaluator's review of a submitted assessment: a decision on the whole assessment, and
 * optionally on single answers. `reason` is required unless the decision is accept.
 */
export class ReviewAssessmentRequest {
  @IsUUID()
  assessmentId: string;

  @IsIn(REVIEW_DECISIONS)
  @IsString()
  decision: ReviewDecision;

  @IsOptional()
  @IsCatalogText(4000)
  reason?: string;

  @IsOptional()
  @ArrayMaxSize(maxAnswersPerRequest)
  @ValidateNested({ each: true })
  @Type(() => AnswerReviewInput)
  @IsArray()
  answers?: AnswerReviewInput[];
}
