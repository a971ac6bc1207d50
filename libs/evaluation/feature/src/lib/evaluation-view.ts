import { OVERALL_PART_KEY } from '@bma-kpi/contracts-evaluation';
import type { ScoringIndicator, ScoringProgressNote } from '@bma-kpi/contracts-indicators';
import {
  MILESTONE_LEVEL_COUNT,
  achievementModel,
  aggregateQuarter,
  consistencyFlags,
  scoreWithModel,
  type CompleteQuarter,
  type ConsistencyFlag,
  type MilestoneClaim,
  type MonthlyValue,
  type QuarterAggregate,
  type ScoreResult,
  type ScoringInput,
  type ScoringModelDefinition,
  type WeightedModelDefinition,
} from '@bma-kpi/evaluation-domain';

import { DEFAULT_ACCUMULATION, type StoredScoringModel } from './model-assignment.mapper';

/** Values computed for one indicator and quarter from the indicator's current data. */
export interface EvaluationView {
  agencyCode: string | null;
  definition: ScoringModelDefinition;
  /** Parts that a `score` action must comment on. */
  partKeys: string[];
  quarter: QuarterAggregate;
  score: ScoreResult;
  flags: ConsistencyFlag[];
}

/**
 * Returns one value per calendar month from dated progress notes with a value. When a month has
 * several notes, the latest date wins, and on the same date the note stored last.
 */
export function monthlyValuesOf(progress: readonly ScoringProgressNote[]): MonthlyValue[] {
  const latest = new Map<string, ScoringProgressNote>();

  for (const note of progress) {
    if (note.date === null || note.value === null) {
      continue;
    }
    const month = note.date.slice(0, 7);
    const previous = latest.get(month);

    if (previous === undefined || isLater(note, previous)) {
      latest.set(month, note);
    }
  }

  return [...latest.entries()].map(([month, note]) => ({ month, value: note.value }));
}

function isLater(note: ScoringProgressNote, other: ScoringProgressNote): boolean {
  const byDate = (note.date ?? '').localeCompare(other.date ?? '');

  return byDate === 0 ? note.createdAt >= other.createdAt : byDate > 0;
}

/** Returns the part keys of a model: a weighted model's part keys, otherwise the single overall part. */
export function partKeysOf(definition: ScoringModelDefinition): string[] {
  return definition.model === 'weighted' ? definition.parts.map((part) => part.key) : [OVERALL_PART_KEY];
}

/** Inputs of evaluateIndicator besides the indicator, its model and the period. */
export interface ViewExtras {
  /** The evaluator's value per weighted part, given with a `score` action. */
  partValues?: Readonly<Record<string, number>>;
  /**
   * Evidence files of the agency's governance artefacts in the fiscal year, as the catalog
   * service's events reported them. Undefined means unknown, and then no evidence flag is raised.
   */
  evidenceCount?: number;
}

/** Values that the assignment and the evaluator add to the indicator's own data. */
export interface ScoringExtras {
  /** Starting value of a lower-is-better indicator, from the model assignment. */
  baseline?: number | null;
  /** The evaluator's value per weighted part, by part key, given with a `score` action. */
  partValues?: Readonly<Record<string, number>>;
}

/**
 * Builds the scoring input of a complete quarter. An achievement model scores the quarter's value
 * against the indicator's target. A milestone model reads the quarter's value as the level reached,
 * so level n means steps 1 to n are complete. A weighted model scores the evaluator's part values,
 * since progress notes carry one value for the whole indicator.
 */
export function scoringInputOf(
  definition: ScoringModelDefinition,
  indicator: Pick<ScoringIndicator, 'target'>,
  quarter: CompleteQuarter,
  extras: ScoringExtras = {},
): ScoringInput | undefined {
  switch (definition.model) {
    case 'achievement':
      return { model: 'achievement', target: indicator.target, result: quarter.exactValue, baseline: extras.baseline ?? undefined };
    case 'milestone':
      return { model: 'milestone', completedSteps: stepsUpTo(quarter.value) };
    case 'weighted':
      return extras.partValues === undefined ? undefined : weightedInputOf(definition, extras.partValues);
  }
}

/**
 * Builds the input of a weighted model from one value per part. An achievement part reads its
 * value as the percentage of the part's goal achieved, so its target is 100. A milestone part
 * reads it as the level reached. A part without a value, or a weighted part inside a weighted
 * model, gets no input and the model reports it.
 */
export function weightedInputOf(definition: WeightedModelDefinition, values: Readonly<Record<string, number>>): ScoringInput {
  const parts: Record<string, ScoringInput | undefined> = {};

  for (const part of definition.parts) {
    const value = values[part.key];

    if (value === undefined || part.definition.model === 'weighted') {
      parts[part.key] = undefined;
    } else if (part.definition.model === 'achievement') {
      parts[part.key] = { model: 'achievement', target: 100, result: value };
    } else {
      parts[part.key] = { model: 'milestone', completedSteps: stepsUpTo(value) };
    }
  }

  return { model: 'weighted', parts };
}

function stepsUpTo(level: number): number[] {
  const reached = Math.max(0, Math.min(MILESTONE_LEVEL_COUNT, Math.floor(level)));

  return Array.from({ length: reached }, (_, index) => index + 1);
}

/**
 * Aggregates the indicator's progress into the round's quarter, scores it with the assigned model (by
 * default the achievement model in the indicator's direction) and computes the consistency flags.
 * An incomplete or invalid quarter yields an unscorable score with the quarter's reason.
 */
export function evaluateIndicator(
  indicator: ScoringIndicator,
  assigned: StoredScoringModel | null,
  period: { fiscalYear: number; quarter: number },
  extras: ViewExtras = {},
): EvaluationView {
  const { partValues } = extras;
  const definition = assigned?.definition ?? achievementModel(indicator.direction);
  const accumulation = assigned?.accumulation ?? DEFAULT_ACCUMULATION;
  const aggregate = aggregateQuarter({
    fiscalYear: period.fiscalYear,
    quarter: period.quarter,
    accumulation,
    monthlyValues: monthlyValuesOf(indicator.progress),
    decimals: indicator.decimals,
  });
  const options = { decimals: indicator.decimals };
  let score: ScoreResult;

  // The evaluator's part values stand for the whole quarter, so a weighted score does not wait for monthly values.
  if (definition.model === 'weighted' && partValues !== undefined) {
    score = scoreWithModel(definition, weightedInputOf(definition, partValues), options);
  } else if (aggregate.status === 'complete') {
    score = scoreWithModel(definition, scoringInputOf(definition, indicator, aggregate, { baseline: assigned?.baseline }), options);
  } else {
    score = { status: 'unscorable', model: definition.model, modelVersion: definition.modelVersion, reason: aggregate.reason };
  }

  return {
    agencyCode: indicator.agency?.code ?? null,
    definition,
    partKeys: partKeysOf(definition),
    quarter: aggregate,
    score,
    flags: consistencyFlags({
      indicator,
      quarter: period.quarter,
      cumulative: accumulation === 'cumulative',
      milestones: milestoneClaimsOf(score, extras.evidenceCount),
    }),
  };
}

/**
 * Returns the milestone level a milestone score claims, with the evidence on record, for the
 * consistency flags. Without a known evidence count, or below level 1, nothing is claimed.
 */
function milestoneClaimsOf(score: ScoreResult, evidenceCount: number | undefined): MilestoneClaim[] {
  if (evidenceCount === undefined || score.status !== 'scored' || score.model !== 'milestone' || score.level < 1) {
    return [];
  }

  return [{ level: score.level, claimed: true, evidenceCount }];
}
