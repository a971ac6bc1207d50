import { invalidDecimalsReason, scoreReason, type ScoreReason } from './score-reason';
import { MAX_SCORE_DECIMALS, isValidScoreDecimals, resolveScoreDecimals } from './score-rounding';
import type { ScoringModelName, ScoringOptions, Unscorable } from './scoring-model.types';

/**
 * Current version of each model's rules. A change to how a model computes gets a new version,
 * so a stored score records which rules made it.
 */
export const SCORING_MODEL_VERSIONS = {
  achievement: 1,
  milestone: 1,
  weighted: 1,
  quarterAggregation: 1,
} as const;

/** Builds an unscorable result. */
export function unscorable(
  model: string,
  modelVersion: number | null,
  reason: ScoreReason,
): Unscorable {
  return { status: 'unscorable', model, modelVersion, reason };
}

/** Returns the reason a definition's version is not supported, or null when it is the current one. */
export function checkModelVersion(
  model: ScoringModelName,
  modelVersion: number,
): ScoreReason | null {
  const supported = SCORING_MODEL_VERSIONS[model];

  if (modelVersion === supported) {
    return null;
  }

  return scoreReason(
    'UNSUPPORTED_MODEL_VERSION',
    `ไม่รองรับโมเดลการให้คะแนน ${model} รุ่นที่ ${String(modelVersion)} รุ่นที่รองรับคือ ${String(supported)}`,
    `Unsupported version ${String(modelVersion)} of the ${model} scoring model: the supported version is ${String(supported)}.`,
  );
}

/** Returns the decimals to round to, or the reason the declared decimals are invalid. */
export function checkDecimals(
  options: ScoringOptions,
): { decimals: number } | { reason: ScoreReason } {
  const decimals = resolveScoreDecimals(options.decimals);

  return isValidScoreDecimals(decimals)
    ? { decimals }
    : { reason: invalidDecimalsReason(decimals, MAX_SCORE_DECIMALS) };
}
