import type { DecimalInput } from './score-decimal';
import type { ScoreReason } from './score-reason';

/** Names of the scoring models an indicator can be scored with. */
export type ScoringModelName = 'achievement' | 'milestone' | 'weighted';

/** Whether a higher result is better (`increase`) or a lower one (`decrease`), as indicators store it. */
export type ScoreDirection = 'increase' | 'decrease';

/** Achievement percentage against a target; a `decrease` indicator also needs a baseline. */
export interface AchievementModelDefinition {
  model: 'achievement';
  modelVersion: number;
  direction: ScoreDirection;
}

/** One success level of a milestone model: the step an agency completes to reach it. */
export interface MilestoneLevelDefinition {
  level: number;
  descriptionTh: string;
  descriptionEn?: string;
}

/** Success levels 1–5, each a described step. */
export interface MilestoneModelDefinition {
  model: 'milestone';
  modelVersion: number;
  levels: MilestoneLevelDefinition[];
}

/** One part of a weighted model, scored by its own model; weight is a percentage of the total. */
export interface WeightedPartDefinition {
  key: string;
  nameTh: string;
  nameEn?: string;
  weight: DecimalInput;
  definition: ScoringModelDefinition;
}

/** Parts whose weights sum to 100, each scored by its own model. */
export interface WeightedModelDefinition {
  model: 'weighted';
  modelVersion: number;
  parts: WeightedPartDefinition[];
}

/** The scoring model chosen for an indicator, with the version of its rules. */
export type ScoringModelDefinition =
  AchievementModelDefinition | MilestoneModelDefinition | WeightedModelDefinition;

/** Target, result and, for a `decrease` indicator, the baseline the reduction starts from. */
export interface AchievementValues {
  target: DecimalInput;
  result: DecimalInput;
  baseline?: DecimalInput;
}

/** Step numbers (1–5) the agency has completed, in any order. */
export interface MilestoneValues {
  completedSteps: number[];
}

/** Input of each part, by part key. */
export interface WeightedValues {
  parts: Record<string, ScoringInput | undefined>;
}

/** Achievement values tagged with their model, for scoreWithModel. */
export interface AchievementInput extends AchievementValues {
  model: 'achievement';
}

/** Milestone values tagged with their model, for scoreWithModel. */
export interface MilestoneInput extends MilestoneValues {
  model: 'milestone';
}

/** Weighted values tagged with their model, for scoreWithModel. */
export interface WeightedInput extends WeightedValues {
  model: 'weighted';
}

/** Values to score, shaped by the model they are meant for. */
export type ScoringInput = AchievementInput | MilestoneInput | WeightedInput;

/** Options shared by every model. */
export interface ScoringOptions {
  /** The indicator's declared decimals; 2 when null or omitted. */
  decimals?: number | null;
}

/** Fields every score carries, so a stored score names the rules that made it. */
export interface ScoredBase {
  status: 'scored';
  modelVersion: number;
  /** Percentage rounded by roundScore to `decimals`. */
  percent: number;
  /** The unrounded percentage as plain decimal text, for storage and for weighted totals. */
  exactPercent: string;
  decimals: number;
}

/** An achievement percentage; it may exceed 100 or be negative. */
export interface AchievementScore extends ScoredBase {
  model: 'achievement';
  direction: ScoreDirection;
}

/** The milestone level reached (0 when step 1 is not complete) and that level as a percent of 5. */
export interface MilestoneScore extends ScoredBase {
  model: 'milestone';
  level: number;
}

/** One part of a weighted total: its weight, its own score and its contribution to the total. */
export interface WeightedPartScore {
  key: string;
  weight: string;
  /** weight × part percent / 100, rounded like every other shown value. */
  weightedPercent: number;
  score: ModelScore;
}

/** Σ weight × part percent / 100 over all parts, computed from the unrounded part percentages. */
export interface WeightedScore extends ScoredBase {
  model: 'weighted';
  parts: WeightedPartScore[];
}

/** A score from any model. */
export type ModelScore = AchievementScore | MilestoneScore | WeightedScore;

/** A value that cannot be scored, with the model and version that rejected it and the reason. */
export interface Unscorable {
  status: 'unscorable';
  /** The model name as given, which may be unknown when it came from stored data. */
  model: string;
  modelVersion: number | null;
  reason: ScoreReason;
}

/** Either a score or the reason there is none. */
export type ScoreResult<TScore extends ModelScore = ModelScore> = TScore | Unscorable;
