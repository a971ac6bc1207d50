import type { SummaryStatsResponse } from '@bma-kpi/contracts-evaluation';

import { ScoreDecimal } from './score-decimal';
import { roundScore } from './score-rounding';
import type { ScoreResult } from './scoring-model.types';

/** Decimals of the shares and averages in a summary, rounded by roundScore like every score. */
export const SUMMARY_DECIMALS = 2;

/** A group of indicators in a summary: an agency, a plan node or a KPI type. */
export interface OutcomeGroup {
  key: string;
  nameTh: string;
  nameEn: string | null;
}

/** Result of the evaluation of one indicator in one quarter. */
export interface IndicatorOutcome {
  group: OutcomeGroup;
  quarter: number;
  score: ScoreResult;
  /** Workflow state of the stored evaluation, or null when none is stored yet. */
  state: string | null;
  flagCount: number;
}

/** Counts and shares of the indicators of one group in one quarter, as the API returns them. */
export type OutcomeStats = SummaryStatsResponse;

/** One group with its figures for each quarter, first quarter first. */
export interface GroupSummary {
  group: OutcomeGroup;
  quarters: OutcomeStats[];
}

/** Summary of many outcomes: per group, and all groups together. */
export interface OutcomeSummary {
  groups: GroupSummary[];
  overall: OutcomeStats[];
}

/**
 * Tells whether a score meets its target: a scored percentage of at least 100, compared before
 * rounding so that 99.996 does not pass as 100.00. A milestone score meets it at the last level.
 */
export function meetsTarget(score: ScoreResult): boolean {
  return score.status === 'scored' && new ScoreDecimal(score.exactPercent).gte(100);
}

class StatsBuilder {
  private indicators = 0;
  private scored = 0;
  private metTarget = 0;
  private flagged = 0;
  private percentSum = new ScoreDecimal(0);
  private readonly states: Record<string, number> = {};

  constructor(private readonly quarter: number) {}

  add(outcome: IndicatorOutcome): void {
    this.indicators += 1;
    if (outcome.score.status === 'scored') {
      this.scored += 1;
      this.percentSum = this.percentSum.plus(outcome.score.exactPercent);
    }
    this.metTarget += meetsTarget(outcome.score) ? 1 : 0;
    this.flagged += outcome.flagCount > 0 ? 1 : 0;
    const state = outcome.state ?? 'notStarted';

    this.states[state] = (this.states[state] ?? 0) + 1;
  }

  build(): OutcomeStats {
    const scored = this.scored;

    return {
      quarter: this.quarter,
      indicators: this.indicators,
      scored,
      unscorable: this.indicators - scored,
      metTarget: this.metTarget,
      shareMetTarget: scored === 0 ? null : roundScore(new ScoreDecimal(this.metTarget).times(100).dividedBy(scored), SUMMARY_DECIMALS),
      averagePercent: scored === 0 ? null : roundScore(this.percentSum.dividedBy(scored), SUMMARY_DECIMALS),
      flagged: this.flagged,
      states: this.states,
    };
  }
}

/** Figures per quarter of one set of outcomes. Every quarter in `quarters` appears, even when empty. */
class QuarterSeries {
  private readonly builders: Map<number, StatsBuilder>;

  constructor(quarters: readonly number[]) {
    this.builders = new Map(quarters.map((quarter) => [quarter, new StatsBuilder(quarter)]));
  }

  add(outcome: IndicatorOutcome): void {
    this.builders.get(outcome.quarter)?.add(outcome);
  }

  build(): OutcomeStats[] {
    return [...this.builders.values()].map((builder) => builder.build());
  }
}

/**
 * Sums up outcomes per group and quarter for the given quarters, which make the trend up to the
 * requested quarter. Groups keep the order of their first outcome, so callers sort them.
 * Outcomes of other quarters are ignored.
 */
export function summariseOutcomes(outcomes: Iterable<IndicatorOutcome>, quarters: readonly number[]): OutcomeSummary {
  const groups = new Map<string, { group: OutcomeGroup; series: QuarterSeries }>();
  const overall = new QuarterSeries(quarters);

  for (const outcome of outcomes) {
    let entry = groups.get(outcome.group.key);

    if (entry === undefined) {
      entry = { group: outcome.group, series: new QuarterSeries(quarters) };
      groups.set(outcome.group.key, entry);
    }
    entry.series.add(outcome);
    overall.add(outcome);
  }

  return {
    groups: [...groups.values()].map(({ group, series }) => ({ group, quarters: series.build() })),
    overall: overall.build(),
  };
}
