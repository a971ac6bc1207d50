import { toPlainDecimalText, ScoreDecimal } from './score-decimal';
import { scoreReason, type ScoreReason } from './score-reason';
import { roundScore } from './score-rounding';
import {
  SCORING_MODEL_VERSIONS,
  checkDecimals,
  checkModelVersion,
  unscorable,
} from './scoring-model.common';
import type {
  MilestoneLevelDefinition,
  MilestoneModelDefinition,
  MilestoneScore,
  MilestoneValues,
  ScoreResult,
  ScoringOptions,
} from './scoring-model.types';

/** Number of success levels in a milestone model; a level's percent is level / 5 × 100. */
export const MILESTONE_LEVEL_COUNT = 5;

/** Returns the definition of the current milestone model with these level descriptions. */
export function milestoneModel(levels: MilestoneLevelDefinition[]): MilestoneModelDefinition {
  return { model: 'milestone', modelVersion: SCORING_MODEL_VERSIONS.milestone, levels };
}

/**
 * Scores success levels 1–5. The level reached is the highest n whose steps 1..n are all
 * completed, so a completed step 4 counts for nothing while step 3 is open. The score is that
 * level (0 when step 1 is open) and the level as a percent of 5.
 */
export function scoreMilestone(
  definition: MilestoneModelDefinition,
  values: MilestoneValues,
  options: ScoringOptions = {},
): ScoreResult<MilestoneScore> {
  const fail = (reason: ScoreReason) => unscorable('milestone', definition.modelVersion, reason);
  const problem =
    checkModelVersion('milestone', definition.modelVersion) ??
    validateMilestoneLevels(definition.levels) ??
    checkCompletedSteps(values.completedSteps);

  if (problem) {
    return fail(problem);
  }
  const rounding = checkDecimals(options);

  if ('reason' in rounding) {
    return fail(rounding.reason);
  }
  const level = milestoneLevelReached(values.completedSteps);
  const percent = new ScoreDecimal(level).times(100).div(MILESTONE_LEVEL_COUNT);

  return {
    status: 'scored',
    model: 'milestone',
    modelVersion: definition.modelVersion,
    level,
    percent: roundScore(percent, rounding.decimals),
    exactPercent: toPlainDecimalText(percent),
    decimals: rounding.decimals,
  };
}

/** Returns the highest level n such that steps 1..n are all in completedSteps. */
export function milestoneLevelReached(completedSteps: readonly number[]): number {
  const completed = new Set(completedSteps);
  let level = 0;

  while (level < MILESTONE_LEVEL_COUNT && completed.has(level + 1)) {
    level += 1;
  }

  return level;
}

/**
 * Returns the reason milestone levels are invalid, or null when they are levels 1–5, each once,
 * each with a non-blank Thai description.
 */
export function validateMilestoneLevels(
  levels: readonly MilestoneLevelDefinition[],
): ScoreReason | null {
  const numbers = levels.map((entry) => entry.level);
  const expected = Array.from({ length: MILESTONE_LEVEL_COUNT }, (_, index) => index + 1);
  const sorted = [...numbers].sort((a, b) => a - b);
  const undescribed = levels
    .filter((entry) => entry.descriptionTh.trim() === '')
    .map((entry) => entry.level);

  if (sorted.join(',') === expected.join(',') && undescribed.length === 0) {
    return null;
  }
  const levelList = numbers.length === 0 ? '(none)' : numbers.join(', ');

  return scoreReason(
    'INVALID_MILESTONE_LEVELS',
    `โมเดลระดับความสำเร็จต้องมีระดับ 1 ถึง 5 ระดับละหนึ่งขั้นตอนพร้อมคำอธิบาย แต่พบระดับ ${levelList}` +
      (undescribed.length > 0 ? ` และระดับ ${undescribed.join(', ')} ไม่มีคำอธิบาย` : ''),
    `Invalid milestone levels: expected levels 1 to 5, each once and with a Thai description, but got ${levelList}` +
      (undescribed.length > 0 ? `, and level ${undescribed.join(', ')} has no description.` : '.'),
  );
}

function checkCompletedSteps(completedSteps: readonly number[]): ScoreReason | null {
  const invalid = completedSteps.filter(
    (step) => !Number.isInteger(step) || step < 1 || step > MILESTONE_LEVEL_COUNT,
  );

  if (invalid.length === 0) {
    return null;
  }
  const list = invalid.map(String).join(', ');

  return scoreReason(
    'INVALID_MILESTONE_STEP',
    `ขั้นตอนที่ดำเนินการแล้วต้องเป็นเลข 1 ถึง 5 แต่พบ ${list}`,
    `Invalid completed step ${list}: expected step numbers 1 to 5.`,
  );
}
