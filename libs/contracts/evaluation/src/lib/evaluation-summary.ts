import { IsIn, IsOptional, IsString, Matches } from 'class-validator';

import { FiscalQuarterRequest } from './evaluation.request';

/** Fields a summary groups indicators by: owner agency, development-plan node or KPI type. */
export const SUMMARY_GROUPS = ['agency', 'planNode', 'kpiType'] as const;

export type SummaryGroupBy = (typeof SUMMARY_GROUPS)[number];

/** Plan levels a summary can group by: ด้าน (dimension), มิติ (subDimension), เป้าหมาย (goal). */
export const SUMMARY_PLAN_LEVELS = ['dimension', 'subDimension', 'goal'] as const;

export type SummaryPlanLevel = (typeof SUMMARY_PLAN_LEVELS)[number];

/**
 * Request for the results of a fiscal year up to a quarter, grouped. Each group carries the
 * requested quarter and the quarters before it, which make its trend.
 */
export class EvaluationSummaryRequest extends FiscalQuarterRequest {
  @IsIn(SUMMARY_GROUPS, { message: '$property must be one of agency, planNode, kpiType' })
  @IsString()
  groupBy: SummaryGroupBy;

  /** Level of the plan nodes when grouping by plan node; `dimension` (ด้าน) when omitted. */
  @IsOptional()
  @IsIn(SUMMARY_PLAN_LEVELS, { message: '$property must be one of dimension, subDimension, goal' })
  @IsString()
  planLevel?: SummaryPlanLevel;

  /** Only the indicators of this agency (BMA code, four digits). */
  @IsOptional()
  @Matches(/^\d{4}$/, { message: '$property must be a four-digit BMA agency code' })
  @IsString()
  agency?: string;
}

/** Figures of a set of indicators in one quarter. */
export interface SummaryStatsResponse {
  quarter: number;
  indicators: number;
  scored: number;
  /** Indicators without a score: a missing month, no target, a weighted model not scored yet. */
  unscorable: number;
  /** Scored indicators whose unrounded percentage is at least 100. */
  metTarget: number;
  /** metTarget / scored × 100, rounded half-up to 2 decimals; null when nothing was scored. */
  shareMetTarget: number | null;
  /** Mean of the unrounded scored percentages, rounded half-up to 2 decimals; null when nothing was scored. */
  averagePercent: number | null;
  /** Indicators with at least one consistency flag. */
  flagged: number;
  /** Indicators per workflow state; `notStarted` counts those without a stored evaluation. */
  states: Record<string, number>;
}

/** One group of a summary with its figures for the requested quarter and its trend. */
export interface SummaryGroupResponse {
  /** Agency code, plan node code, KPI type, or `none` for indicators without one. */
  key: string;
  nameTh: string;
  nameEn: string | null;
  current: SummaryStatsResponse;
  /** Figures of quarter 1 up to the requested quarter, in order. */
  trend: SummaryStatsResponse[];
}

/** Results of a fiscal year up to a quarter, per group and overall. */
export interface EvaluationSummaryResponse {
  fiscalYear: number;
  quarter: number;
  groupBy: SummaryGroupBy;
  planLevel: SummaryPlanLevel | null;
  agency: string | null;
  groups: SummaryGroupResponse[];
  overall: { current: SummaryStatsResponse; trend: SummaryStatsResponse[] };
  /**
   * Counts of score sources: `stored` where an evaluator has scored the quarter, `preview` where
   * the score is computed from the indicator's current data.
   */
  sources: { stored: number; preview: number };
}
