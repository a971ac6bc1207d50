import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

import { FiscalQuarterRequest } from './evaluation.request';
import type { FlagResponse } from './evaluation.responses';

/** Largest page of the evaluation list. */
export const maxEvaluationPageSize = 200;

/**
 * Request for the stored evaluations of one round, one page at a time, ordered by agency code and
 * then indicator id. An indicator appears once an evaluation of it is stored, at its first
 * workflow action.
 */
export class ListRoundEvaluationsRequest extends FiscalQuarterRequest {
  /** Only the evaluations of this agency (BMA code, four digits). */
  @IsOptional()
  @Matches(/^\d{4}$/, { message: '$property must be a four-digit BMA agency code' })
  @IsString()
  agency?: string;

  @IsOptional()
  @Type(() => Number)
  @Min(1)
  @Max(1_000_000)
  @IsInt()
  page?: number;

  @IsOptional()
  @Type(() => Number)
  @Min(1)
  @Max(maxEvaluationPageSize)
  @IsInt()
  pageSize?: number;
}

/** A stored evaluation as the round list returns it, without its transitions. */
export interface EvaluationListItem {
  id: string;
  indicatorId: string;
  agencyCode: string;
  state: string;
  /** True once the evaluation or its whole round is signed off, which locks it. */
  signedOff: boolean;
  /** The quarter's value stored with the last score; null before the first score. */
  quarterValue: Record<string, unknown> | null;
  /** The stored score without its copy of the quarter value, decimals as text; null before the first score. */
  score: Record<string, unknown> | null;
  flags: FlagResponse[];
  /** When the indicator or its progress changed after the stored score; null while the score is current. */
  inputChangedAt: string | null;
  version: number;
  updatedAt: string;
}

/** One page of the evaluations of a round. */
export interface EvaluationListResponse {
  fiscalYear: number;
  quarter: number;
  /** `open` or `signedOff`; null when the round was never opened, and the page is then empty. */
  roundStatus: 'open' | 'signedOff' | null;
  items: EvaluationListItem[];
  total: number;
  page: number;
  pageSize: number;
}
