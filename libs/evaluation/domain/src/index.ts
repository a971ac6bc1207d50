export { achievementModel, scoreAchievement } from './lib/achievement.model';
export {
  MILESTONE_LEVEL_COUNT,
  milestoneLevelReached,
  milestoneModel,
  scoreMilestone,
  validateMilestoneLevels,
} from './lib/milestone.model';
export {
  type Accumulation,
  type CompleteQuarter,
  type IncompleteQuarter,
  type InvalidQuarterInput,
  type MonthlyValue,
  type QuarterAggregate,
  type QuarterAggregationInput,
  aggregateQuarter,
  fiscalQuarterMonths,
} from './lib/quarter-aggregation';
export {
  type DecimalInput,
  type ParsedDecimal,
  parseDecimalInput,
  toPlainDecimalText,
} from './lib/score-decimal';
export type { PartWeight, ScoreField, ScoreReason, ScoreReasonCode } from './lib/score-reason';
export {
  DEFAULT_SCORE_DECIMALS,
  MAX_SCORE_DECIMALS,
  isValidScoreDecimals,
  resolveScoreDecimals,
  roundScore,
} from './lib/score-rounding';
export { SCORING_MODEL_VERSIONS } from './lib/scoring-model.common';
export { scoreWeighted, scoreWithModel, validateScoringModel } from './lib/scoring-model';
export type {
  AchievementInput,
  AchievementModelDefinition,
  AchievementScore,
  AchievementValues,
  MilestoneInput,
  MilestoneLevelDefinition,
  MilestoneModelDefinition,
  MilestoneScore,
  MilestoneValues,
  ModelScore,
  ScoreDirection,
  ScoreResult,
  ScoredBase,
  ScoringInput,
  ScoringModelDefinition,
  ScoringModelName,
  ScoringOptions,
  Unscorable,
  WeightedInput,
  WeightedModelDefinition,
  WeightedPartDefinition,
  WeightedPartScore,
  WeightedScore,
  WeightedValues,
} from './lib/scoring-model.types';
export { type PartScorer, validateWeightedParts, weightedModel } from './lib/weighted.model';
export { consistencyFlags, type ConsistencyFlag, type ConsistencyFlagCode, type ConsistencyInput, type MilestoneClaim } from './lib/consistency-flags';
export {
  type CalendarResult,
  type EvaluationRound,
  type MonthEntryWindow,
  type ProgressEntryDecision,
  type ProgressEntryRequest,
  type RoundPhase,
  type RoundPhaseAt,
  type RoundPhaseRequest,
  type RoundSchedule,
  checkProgressEntry,
  monthEntryWindow,
  roundPhaseAt,
  roundSchedule,
} from './lib/round-calendar';
export {
  DEFAULT_ROUND_CALENDAR_CONFIG,
  MAX_ENTRY_DEADLINE_DAY,
  MAX_REVIEW_PERIOD_DAYS,
  type RoundCalendarConfig,
  type RoundOverride,
} from './lib/round-calendar.config';
export type { CalendarRejection, CalendarRejectionCode } from './lib/round-calendar.messages';
export {
  DEFAULT_WORKFLOW_OPTIONS,
  WORKFLOW_ACTION_ROLES,
  WORKFLOW_TRANSITIONS,
  allowedActions,
  editableValues,
  initialWorkflowState,
  transitionWorkflow,
} from './lib/evaluation-workflow';
export type {
  EditableValues,
  PartComment,
  WorkflowAction,
  WorkflowActor,
  WorkflowOptions,
  WorkflowPayloads,
  WorkflowRejection,
  WorkflowRejectionCode,
  WorkflowRequest,
  WorkflowRole,
  WorkflowState,
  WorkflowStatus,
  WorkflowTransitionRecord,
  WorkflowTransitionResult,
} from './lib/evaluation-workflow.types';
export {
  SUMMARY_DECIMALS,
  meetsTarget,
  summariseOutcomes,
  type GroupSummary,
  type IndicatorOutcome,
  type OutcomeGroup,
  type OutcomeStats,
  type OutcomeSummary,
} from './lib/result-summary';
