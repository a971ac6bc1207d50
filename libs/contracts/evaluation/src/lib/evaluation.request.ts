import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

/** Fiscal quarters, Q1 = October to December. */
const quarterMessage = '$property must be a fiscal quarter from 1 to 4';
const fiscalYearMessage = '$property must be a Buddhist-era (พ.ศ.) year such as 2568';

/**
 * Fiscal years the evaluation accepts. 2485 is the first whose months all have a fixed
 * Buddhist-era offset, and 2700 is the indicators service's own limit.
 */
const minFiscalYear = 2485;
const maxFiscalYear = 2700;

/** Actions of the evaluator workflow. */
export const WORKFLOW_ACTIONS = ['submit', 'score', 'requestCorrection', 'correct', 'appeal', 'signOff'] as const;

export type WorkflowActionName = (typeof WORKFLOW_ACTIONS)[number];

/** Roles that act in the workflow; the gateway sets the role from the action and the caller's credentials. */
export const WORKFLOW_ROLES = ['agency', 'evaluator'] as const;

export type WorkflowRoleName = (typeof WORKFLOW_ROLES)[number];

/**
 * Part key of an indicator scored by one achievement or milestone model. A `score` action needs
 * a part comment for it; a weighted model uses the keys of its parts instead.
 */
export const OVERALL_PART_KEY = 'overall';

/** A fiscal year (BE) and quarter; in query strings both arrive as digits. */
export class FiscalQuarterRequest {
  @Type(() => Number)
  @Min(minFiscalYear, { message: fiscalYearMessage })
  @Max(maxFiscalYear, { message: fiscalYearMessage })
  @IsInt({ message: fiscalYearMessage })
  fiscalYear: number;

  @Type(() => Number)
  @Min(1, { message: quarterMessage })
  @Max(4, { message: quarterMessage })
  @IsInt({ message: quarterMessage })
  quarter: number;
}

/**
 * Request to open the round of a fiscal year and quarter, optionally with its own deadlines. Its
 * numbers come in a JSON body, so unlike path and query values they are not converted from text.
 */
export class CreateRoundRequest {
  @Min(minFiscalYear, { message: fiscalYearMessage })
  @Max(maxFiscalYear, { message: fiscalYearMessage })
  @IsInt({ message: fiscalYearMessage })
  fiscalYear: number;

  @Min(1, { message: quarterMessage })
  @Max(4, { message: quarterMessage })
  @IsInt({ message: quarterMessage })
  quarter: number;

  /** Last day (`YYYY-MM-DD`, Bangkok) on which agencies may enter progress for every month of the quarter. */
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date written YYYY-MM-DD' })
  @IsString()
  entryDeadline?: string;

  /** Last day (`YYYY-MM-DD`, Bangkok) of the evaluators' review. */
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date written YYYY-MM-DD' })
  @IsString()
  reviewUntil?: string;
}

/** Filters of the round list. */
export class ListRoundsRequest {
  @IsOptional()
  @Type(() => Number)
  @Min(minFiscalYear, { message: fiscalYearMessage })
  @Max(maxFiscalYear, { message: fiscalYearMessage })
  @IsInt({ message: fiscalYearMessage })
  fiscalYear?: number;
}

/** Request to sign a round off, guarded by the round version the evaluator read. */
export class SignOffRoundRequest extends FiscalQuarterRequest {
  /** Only evaluators sign off; the gateway sets it once its access rule has admitted the caller. */
  @IsIn(['evaluator'], { message: '$property must be evaluator: only the evaluation department signs a round off' })
  @IsString()
  role: 'evaluator';

  @IsOptional()
  @Min(1)
  @IsInt()
  expectedVersion?: number;
}

/** Request that names one indicator in one fiscal year. */
export class IndicatorYearRequest {
  @IsUUID()
  indicatorId: string;

  @Type(() => Number)
  @Min(minFiscalYear, { message: fiscalYearMessage })
  @Max(maxFiscalYear, { message: fiscalYearMessage })
  @IsInt({ message: fiscalYearMessage })
  fiscalYear: number;
}

/** Request to choose an indicator's scoring model; the service checks the definition with the model rules. */
export class AssignModelRequest extends IndicatorYearRequest {
  /** A scoring model definition: `achievement`, `milestone` or `weighted`, with its `modelVersion`. */
  @IsObject()
  model: Record<string, unknown>;

  /** Cumulative indicators take the latest month of a quarter; flow indicators sum its months. */
  @IsIn(['cumulative', 'flow'])
  @IsString()
  accumulation: 'cumulative' | 'flow';

  /**
   * Value a lower-is-better indicator starts from (ค่าฐาน), such as last year's result. A
   * `decrease` achievement model scores the share of the planned reduction from it to the target.
   */
  @IsOptional()
  @Min(-1e15)
  @Max(1e15)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  baseline?: number;

  /**
   * True when a milestone level claimed needs evidence files on the agency's governance artefacts
   * in the catalog (หลักฐาน), as for data governance KPIs. A claim without them is flagged.
   */
  @IsOptional()
  @IsBoolean()
  requiresEvidence?: boolean;

  /** The assignment version the caller read, or 0 when it expects none yet. */
  @IsOptional()
  @Min(0)
  @IsInt()
  expectedVersion?: number;
}

/** Request for the evaluation of one indicator in the round of a fiscal year and quarter. */
export class EvaluationReferenceRequest extends FiscalQuarterRequest {
  @IsUUID()
  indicatorId: string;
}

/** Request for the evaluations of one indicator in every quarter of its fiscal year. */
export class IndicatorEvaluationsRequest {
  @IsUUID()
  indicatorId: string;
}

/**
 * The evaluator's value for one part of a weighted model: the level reached for a milestone part,
 * or the percentage of the part's goal achieved for an achievement part.
 */
export class PartValueRequest {
  @MaxLength(100)
  @IsString()
  partKey: string;

  @IsNumber({ allowNaN: false, allowInfinity: false })
  value: number;
}

/** The evaluator's comment on one scored part. */
export class PartCommentRequest {
  @MaxLength(100)
  @IsString()
  partKey: string;

  @MaxLength(4000)
  @IsString()
  comment: string;
}

/** Request to apply one workflow action to an indicator's evaluation. */
export class TransitionRequest extends EvaluationReferenceRequest {
  @IsIn(WORKFLOW_ACTIONS)
  @IsString()
  action: WorkflowActionName;

  @IsIn(WORKFLOW_ROLES)
  @IsString()
  role: WorkflowRoleName;

  /** Agency of an agency user; it must be the indicator's owner. */
  @IsOptional()
  @MaxLength(20)
  @IsString()
  agencyCode?: string;

  /** Appeal reason or correction message. */
  @IsOptional()
  @MaxLength(4000)
  @IsString()
  reason?: string;

  /** Optional comment of submit, correct and signOff. */
  @IsOptional()
  @MaxLength(4000)
  @IsString()
  comment?: string;

  /** The value a correction reopens or corrects, such as `actual`. */
  @IsOptional()
  @MaxLength(100)
  @IsString()
  valueKey?: string;

  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PartCommentRequest)
  @IsArray()
  partComments?: PartCommentRequest[];

  /** Values of the parts of a weighted model, required with `score` for such a model. */
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PartValueRequest)
  @IsArray()
  partValues?: PartValueRequest[];

  /** The evaluation version the caller read; a newer stored version rejects the request. */
  @IsOptional()
  @Min(1)
  @IsInt()
  expectedVersion?: number;
}

/** Request to check whether progress dated `date` for an indicator is accepted now. */
export class CheckProgressEntryRequest {
  @IsUUID()
  indicatorId: string;

  /** Date of the progress note, `YYYY-MM-DD` in the Christian era; its month decides the window. */
  @Matches(/^(194[1-9]|19[5-9]\d|20\d\d|21[0-4]\d|215[0-6])-/, {
    message: '$property must be a Christian-era date such as 2021-06-30; a Buddhist-era year such as 2564 is 543 years later',
  })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date written YYYY-MM-DD' })
  @IsString()
  date: string;
}

/** Request for the health of the evaluation service; it has no fields. */
export class EvaluationHealthRequest {}
