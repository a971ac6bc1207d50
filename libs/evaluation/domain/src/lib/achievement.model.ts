import type Decimal from 'decimal.js';

import { type DecimalInput, parseDecimalInput, toPlainDecimalText } from './score-decimal';
import {
  invalidNumberReason,
  scoreReason,
  type ScoreField,
  type ScoreReason,
} from './score-reason';
import { roundScore } from './score-rounding';
import {
  SCORING_MODEL_VERSIONS,
  checkDecimals,
  checkModelVersion,
  unscorable,
} from './scoring-model.common';
import type {
  AchievementModelDefinition,
  AchievementScore,
  AchievementValues,
  ScoreResult,
  ScoringOptions,
} from './scoring-model.types';

/** Returns the definition of the current achievement model for a direction. */
export function achievementModel(
  direction: AchievementModelDefinition['direction'],
): AchievementModelDefinition {
  return { model: 'achievement', modelVersion: SCORING_MODEL_VERSIONS.achievement, direction };
}

/**
 * Scores an achievement percentage, direction-aware.
 *
 * - `increase` (higher is better): result / target × 100.
 * - `decrease` (lower is better): (baseline − result) / (baseline − target) × 100, the share of the
 *   planned reduction achieved. The baseline must be above the target.
 *
 * A target of 0 or no target means the target is not set, not a goal of zero, so it is reported
 * as TARGET_NOT_SET in both directions. Results beyond the target give more than 100 %, and
 * negative values are scored like any other. Bad data yields an Unscorable result, never NaN,
 * Infinity or an exception.
 */
export function scoreAchievement(
  definition: AchievementModelDefinition,
  values: AchievementValues,
  options: ScoringOptions = {},
): ScoreResult<AchievementScore> {
  const fail = (reason: ScoreReason) => unscorable('achievement', definition.modelVersion, reason);
  const versionProblem = checkModelVersion('achievement', definition.modelVersion);

  if (versionProblem) {
    return fail(versionProblem);
  }
  const rounding = checkDecimals(options);

  if ('reason' in rounding) {
    return fail(rounding.reason);
  }
  const percent = achievementPercent(definition.direction, values);

  if ('reason' in percent) {
    return fail(percent.reason);
  }

  return {
    status: 'scored',
    model: 'achievement',
    modelVersion: definition.modelVersion,
    direction: definition.direction,
    percent: roundScore(percent.value, rounding.decimals),
    exactPercent: toPlainDecimalText(percent.value),
    decimals: rounding.decimals,
  };
}

type PercentOutcome = { value: Decimal } | { reason: ScoreReason };

function achievementPercent(direction: string, values: AchievementValues): PercentOutcome {
  const target = readValue('target', values.target);

  if ('reason' in target) {
    return target;
  }
  if (target.value === null || target.value.isZero()) {
    return { reason: targetNotSetReason() };
  }
  const result = readValue('result', values.result);

  if ('reason' in result) {
    return result;
  }
  if (result.value === null) {
    return {
      reason: scoreReason(
        'RESULT_MISSING',
        'ยังไม่มีผลงานที่ทำได้ จึงคำนวณคะแนนไม่ได้',
        'The result is missing, so no score can be computed.',
      ),
    };
  }
  if (direction === 'increase') {
    // NOTE: a negative target is divided like any other, so result -10 against target -5 gives
    // 200 %; no source defines achievement against a negative higher-is-better target.
    return { value: result.value.div(target.value).times(100) };
  }
  if (direction === 'decrease') {
    return reductionPercent(target.value, result.value, values.baseline);
  }

  return { reason: invalidDirectionReason(direction) };
}

function reductionPercent(
  target: Decimal,
  result: Decimal,
  baselineInput: DecimalInput,
): PercentOutcome {
  const baseline = readValue('baseline', baselineInput);

  if ('reason' in baseline) {
    return baseline;
  }
  if (baseline.value === null) {
    return {
      reason: scoreReason(
        'BASELINE_MISSING',
        'ตัวชี้วัดที่ค่ายิ่งต่ำยิ่งดีต้องมีค่าฐานเพื่อวัดการลดลง แต่ไม่พบค่าฐาน',
        'The baseline is missing: a lower-is-better indicator needs one to measure the reduction.',
      ),
    };
  }
  const plannedReduction = baseline.value.minus(target);

  if (plannedReduction.isZero()) {
    return { reason: baselineEqualsTargetReason(baseline.value) };
  }
  if (plannedReduction.isNegative()) {
    return { reason: baselineBelowTargetReason(baseline.value, target) };
  }

  return { value: baseline.value.minus(result).div(plannedReduction).times(100) };
}

function readValue(
  field: ScoreField,
  input: DecimalInput,
): { value: Decimal | null } | { reason: ScoreReason } {
  const parsed = parseDecimalInput(input);

  if (parsed.status === 'invalid') {
    return { reason: invalidNumberReason(field, parsed.raw) };
  }

  return { value: parsed.status === 'value' ? parsed.value : null };
}

function targetNotSetReason(): ScoreReason {
  return scoreReason(
    'TARGET_NOT_SET',
    'ยังไม่ได้กำหนดค่าเป้าหมาย (ค่าเป้าหมายว่างหรือเป็น 0) จึงคำนวณร้อยละความสำเร็จไม่ได้',
    'The target is not set (missing or 0), so no achievement percentage can be computed.',
  );
}

function baselineEqualsTargetReason(baseline: Decimal): ScoreReason {
  const text = toPlainDecimalText(baseline);

  return scoreReason(
    'BASELINE_EQUALS_TARGET',
    `ค่าฐาน (${text}) เท่ากับค่าเป้าหมาย จึงไม่มีปริมาณที่ต้องลดให้วัดผลได้ ให้ตรวจสอบค่าฐานหรือค่าเป้าหมาย`,
    `The baseline (${text}) equals the target, so there is no planned reduction to measure. Check the baseline or the target.`,
  );
}

function baselineBelowTargetReason(baseline: Decimal, target: Decimal): ScoreReason {
  const baselineText = toPlainDecimalText(baseline);
  const targetText = toPlainDecimalText(target);

  return scoreReason(
    'BASELINE_BELOW_TARGET',
    `ค่าฐาน (${baselineText}) ต่ำกว่าค่าเป้าหมาย (${targetText}) ซึ่งขัดกับตัวชี้วัดที่ค่ายิ่งต่ำยิ่งดี ให้ตรวจสอบค่าฐาน ค่าเป้าหมาย หรือทิศทางของตัวชี้วัด`,
    `The baseline (${baselineText}) is below the target (${targetText}), which contradicts a lower-is-better indicator. Check the baseline, the target or the direction.`,
  );
}

/** Builds the INVALID_DIRECTION reason for a direction other than increase or decrease. */
export function invalidDirectionReason(direction: string): ScoreReason {
  return scoreReason(
    'INVALID_DIRECTION',
    `ทิศทางของตัวชี้วัด "${direction}" ไม่ถูกต้อง ต้องเป็น increase (ยิ่งสูงยิ่งดี) หรือ decrease (ยิ่งต่ำยิ่งดี)`,
    `Invalid direction "${direction}": expected increase (higher is better) or decrease (lower is better).`,
  );
}
