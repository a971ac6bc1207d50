import type Decimal from 'decimal.js';

import { ScoreDecimal, parseDecimalInput, toPlainDecimalText } from './score-decimal';
import { scoreReason, type PartWeight, type ScoreReason } from './score-reason';
import { roundScore } from './score-rounding';
import {
  SCORING_MODEL_VERSIONS,
  checkDecimals,
  checkModelVersion,
  unscorable,
} from './scoring-model.common';
import type {
  ScoreResult,
  ScoringInput,
  ScoringModelDefinition,
  ScoringOptions,
  WeightedModelDefinition,
  WeightedPartDefinition,
  WeightedPartScore,
  WeightedScore,
  WeightedValues,
} from './scoring-model.types';

/** Scores one part with the model its definition names. */
export type PartScorer = (
  definition: ScoringModelDefinition,
  input: ScoringInput | undefined,
  options: ScoringOptions,
) => ScoreResult;

const WEIGHT_TOTAL = 100;

/** Returns the definition of the current weighted model with these parts. */
export function weightedModel(parts: WeightedPartDefinition[]): WeightedModelDefinition {
  return { model: 'weighted', modelVersion: SCORING_MODEL_VERSIONS.weighted, parts };
}

/**
 * Returns the reason a weighted model's parts are invalid, or null when they are valid: at least
 * one part, unique non-blank keys, every weight a positive decimal, and weights summing to exactly
 * 100. The reason lists every part's weight.
 */
export function validateWeightedParts(
  parts: readonly WeightedPartDefinition[],
): ScoreReason | null {
  const weights = readWeights(parts);

  return 'reason' in weights ? weights.reason : null;
}

/**
 * Scores a weighted model as Σ weight × part percent / 100. Each part is scored by scorePart from
 * its own input, and the total uses the parts' unrounded percentages, so only the total is
 * rounded. One part that cannot be scored makes the total unscorable, naming that part.
 */
export function scoreWeightedWith(
  scorePart: PartScorer,
  definition: WeightedModelDefinition,
  values: WeightedValues,
  options: ScoringOptions = {},
): ScoreResult<WeightedScore> {
  const fail = (reason: ScoreReason) => unscorable('weighted', definition.modelVersion, reason);
  const versionProblem = checkModelVersion('weighted', definition.modelVersion);

  if (versionProblem) {
    return fail(versionProblem);
  }
  const rounding = checkDecimals(options);

  if ('reason' in rounding) {
    return fail(rounding.reason);
  }
  const weights = readWeights(definition.parts);

  if ('reason' in weights) {
    return fail(weights.reason);
  }
  const parts = scoreParts(scorePart, definition.parts, weights.values, values, rounding.decimals);

  if ('reason' in parts) {
    return fail(parts.reason);
  }

  return {
    status: 'scored',
    model: 'weighted',
    modelVersion: definition.modelVersion,
    percent: roundScore(parts.total, rounding.decimals),
    exactPercent: toPlainDecimalText(parts.total),
    decimals: rounding.decimals,
    parts: parts.scores,
  };
}

function scoreParts(
  scorePart: PartScorer,
  parts: readonly WeightedPartDefinition[],
  weights: readonly Decimal[],
  values: WeightedValues,
  decimals: number,
): { total: Decimal; scores: WeightedPartScore[] } | { reason: ScoreReason } {
  const scores: WeightedPartScore[] = [];
  let total = new ScoreDecimal(0);

  for (const [index, part] of parts.entries()) {
    const input = Object.hasOwn(values.parts, part.key) ? values.parts[part.key] : undefined;
    const score = scorePart(part.definition, input, { decimals });

    if (score.status === 'unscorable') {
      return { reason: partNotScorableReason(part, score.reason) };
    }
    const weight = weights[index];
    const weighted = weight.times(score.exactPercent).div(WEIGHT_TOTAL);

    total = total.plus(weighted);
    scores.push({
      key: part.key,
      weight: toPlainDecimalText(weight),
      weightedPercent: roundScore(weighted, decimals),
      score,
    });
  }

  return { total, scores };
}

function readWeights(
  parts: readonly WeightedPartDefinition[],
): { values: Decimal[] } | { reason: ScoreReason } {
  const structureProblem = checkPartKeys(parts);

  if (structureProblem) {
    return { reason: structureProblem };
  }
  const parsed = parts.map((part) => parseDecimalInput(part.weight));
  const listed = parts.map((part, index): PartWeight => ({
    key: part.key,
    weight: weightText(parsed[index], part),
  }));
  const values = parsed.flatMap((entry) =>
    entry.status === 'value' && entry.value.isPositive() && !entry.value.isZero()
      ? [entry.value]
      : [],
  );

  if (values.length < parts.length) {
    return { reason: weightReason('INVALID_WEIGHT', listed) };
  }
  const sum = values.reduce((total, weight) => total.plus(weight), new ScoreDecimal(0));

  return sum.equals(WEIGHT_TOTAL)
    ? { values }
    : { reason: weightReason('WEIGHTS_NOT_100', listed, sum) };
}

function weightText(
  parsed: ReturnType<typeof parseDecimalInput>,
  part: WeightedPartDefinition,
): string {
  if (parsed.status === 'value') {
    return toPlainDecimalText(parsed.value);
  }

  return parsed.status === 'invalid' ? parsed.raw : String(part.weight);
}

function checkPartKeys(parts: readonly WeightedPartDefinition[]): ScoreReason | null {
  const keys = parts.map((part) => part.key);
  const duplicates = keys.filter((key, index) => keys.indexOf(key) !== index);
  const blank = keys.some((key) => key.trim() === '');

  if (parts.length > 0 && duplicates.length === 0 && !blank) {
    return null;
  }

  return scoreReason(
    'INVALID_PARTS',
    `โมเดลถ่วงน้ำหนักต้องมีอย่างน้อยหนึ่งส่วน และแต่ละส่วนต้องมีรหัสไม่ว่างและไม่ซ้ำกัน แต่พบรหัส [${keys.join(', ')}]`,
    `Invalid weighted parts: expected at least one part, each with a unique non-blank key, but got keys [${keys.join(', ')}].`,
  );
}

function weightReason(
  code: 'INVALID_WEIGHT' | 'WEIGHTS_NOT_100',
  weights: PartWeight[],
  sum?: Decimal,
): ScoreReason {
  const list = weights.map((entry) => `${entry.key} = ${entry.weight}`).join(', ');
  const reason =
    code === 'WEIGHTS_NOT_100' && sum
      ? scoreReason(
          code,
          `น้ำหนักของทุกส่วนรวมกันต้องเท่ากับ 100 แต่รวมได้ ${toPlainDecimalText(sum)} (${list})`,
          `Invalid weights: the parts' weights must sum to 100 but sum to ${toPlainDecimalText(sum)} (${list}).`,
        )
      : scoreReason(
          code,
          `น้ำหนักของแต่ละส่วนต้องเป็นตัวเลขที่มากกว่า 0 (${list})`,
          `Invalid weights: every part's weight must be a number greater than 0 (${list}).`,
        );

  return { ...reason, weights };
}

function partNotScorableReason(part: WeightedPartDefinition, cause: ScoreReason): ScoreReason {
  const nameEn = part.nameEn ?? part.nameTh;

  return {
    ...scoreReason(
      'PART_NOT_SCORABLE',
      `ให้คะแนนส่วน "${part.nameTh}" (${part.key}) ไม่ได้ จึงคำนวณคะแนนรวมไม่ได้: ${cause.th}`,
      `Part "${nameEn}" (${part.key}) cannot be scored, so neither can the total: ${cause.en}`,
    ),
    partKey: part.key,
    cause,
  };
}
