import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

import { choiceValues, IsCatalogText } from './catalog.validators';
import { CLASSIFICATION_LEVELS, DATA_CATEGORIES } from './catalog-vocabulary.data';

/** Kinds of governance assessment: agency readiness (per agency and fiscal year) and data security (per dataset). */
export const ASSESSMENT_KINDS = ['readiness', 'security'] as const;

export type AssessmentKindName = (typeof ASSESSMENT_KINDS)[number];

/** Evidence that an answer to a question needs: nothing, a file in the object store, or a URL. */
export const EVIDENCE_REQUIREMENTS = ['none', 'document', 'link'] as const;

export type EvidenceRequirement = (typeof EVIDENCE_REQUIREMENTS)[number];

/**
 * Automatic checks that the catalog service runs on its own data in place of an agency's answer.
 * `personalDataLegalBasis` is met when every dictionary field flagged as personal data names a
 * legal basis under the Personal Data Protection Act B.E. 2562.
 */
export const AUTO_CHECKS = ['personalDataLegalBasis'] as const;

export type AutoCheckName = (typeof AUTO_CHECKS)[number];

/** Option values that an automatically checked question must offer: one for met, one for not met. */
export const AUTO_CHECK_OPTIONS = { met: 'met', notMet: 'notMet' } as const;

/** Codes of components, questions and options: ASCII letters, digits, `.`, `_` or `-`, at most 40 characters. */
export const assessmentCodePattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

const codeMessage = { message: '$property must be 1–40 ASCII letters, digits, ".", "_" or "-", starting with a letter or digit' };

/** Maximum points or weight that a questionnaire may give, so that stored decimals fit NUMERIC(12,4). */
export const maxQuestionnaireNumber = 10_000;

const decimalNumber = { maxDecimalPlaces: 4, allowNaN: false, allowInfinity: false };

/** One choice on the answer scale of a question, with the points it earns. */
export class AnswerOptionInput {
  @Matches(assessmentCodePattern, codeMessage)
  @IsString()
  value: string;

  @IsCatalogText(500)
  labelTh: string;

  @IsCatalogText(500)
  labelEn: string;

  @Max(maxQuestionnaireNumber)
  @Min(0)
  @IsNumber(decimalNumber)
  points: number;
}

/**
 * Datasets that a security checklist item applies to. Every condition given must hold, and an absent
 * condition matches every dataset.
 */
export class QuestionScopeInput {
  @IsOptional()
  @ArrayUnique()
  @IsIn(choiceValues(CLASSIFICATION_LEVELS), { each: true })
  @IsArray()
  classifications?: string[];

  @IsOptional()
  @ArrayUnique()
  @IsIn(choiceValues(CLASSIFICATION_LEVELS), { each: true })
  @IsArray()
  exceptClassifications?: string[];

  @IsOptional()
  @ArrayUnique()
  @IsIn(choiceValues(DATA_CATEGORIES), { each: true })
  @IsArray()
  categories?: string[];
}

/** A question (or checklist item) with its answer scale, weight and the evidence its answer needs. */
export class QuestionInput {
  @Matches(assessmentCodePattern, codeMessage)
  @IsString()
  code: string;

  @IsCatalogText(2000)
  textTh: string;

  @IsCatalogText(2000)
  textEn: string;

  /** Relative weight within its component; must be above 0. */
  @Max(maxQuestionnaireNumber)
  @Min(0.0001)
  @IsNumber(decimalNumber)
  weight: number;

  @IsIn(EVIDENCE_REQUIREMENTS)
  @IsString()
  evidence: EvidenceRequirement;

  @ArrayMaxSize(20)
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => AnswerOptionInput)
  @IsArray()
  options: AnswerOptionInput[];

  /** Datasets the item applies to, for security checklists only. Absent means all datasets. */
  @IsOptional()
  @ValidateNested()
  @Type(() => QuestionScopeInput)
  appliesTo?: QuestionScopeInput;

  /** Automatic check that answers this item from the catalog's data, for security checklists only. */
  @IsOptional()
  @IsIn(AUTO_CHECKS)
  @IsString()
  autoCheck?: AutoCheckName;
}

/** A data governance component (องค์ประกอบ) that groups questions, with its weight in the overall score. */
export class QuestionnaireComponentInput {
  @Matches(assessmentCodePattern, codeMessage)
  @IsString()
  code: string;

  @IsCatalogText(500)
  nameTh: string;

  @IsCatalogText(500)
  nameEn: string;

  @Max(maxQuestionnaireNumber)
  @Min(0.0001)
  @IsNumber(decimalNumber)
  weight: number;

  @ArrayMaxSize(100)
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => QuestionInput)
  @IsArray()
  questions: QuestionInput[];
}

/** Request to publish a new, immutable version of the questionnaire of an assessment kind. */
export class CreateQuestionnaireRequest {
  @IsIn(ASSESSMENT_KINDS)
  @IsString()
  kind: AssessmentKindName;

  @IsCatalogText(500)
  titleTh: string;

  @IsCatalogText(500)
  titleEn: string;

  @ArrayMaxSize(30)
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => QuestionnaireComponentInput)
  @IsArray()
  components: QuestionnaireComponentInput[];
}

/** Request to publish the questionnaire that ships with the service as the next version of its kind. */
export class LoadDefaultQuestionnaireRequest {
  @IsIn(ASSESSMENT_KINDS)
  @IsString()
  kind: AssessmentKindName;
}

/** Filter of the questionnaire list. */
export class ListQuestionnairesRequest {
  @IsOptional()
  @IsIn(ASSESSMENT_KINDS)
  @IsString()
  kind?: AssessmentKindName;
}

/** Request that names one questionnaire version by id. */
export class QuestionnaireReferenceRequest {
  @IsUUID()
  questionnaireId: string;
}
