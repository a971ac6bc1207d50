import { invalidDirectionReason, scoreAchievement } from './achievement.model';
import { scoreMilestone, validateMilestoneLevels } from './milestone.model';
import { scoreReason, type ScoreReason } from './score-reason';
import { checkModelVersion, unscorable } from './scoring-model.common';
import type {
  ScoreResult,
  ScoringInput,
  ScoringModelDefinition,
  ScoringOptions,
  WeightedModelDefinition,
  WeightedScore,
  WeightedValues,
} from './scoring-model.types';
import { scoreWeightedWith, validateWeightedParts } from './weighted.model';

const MODEL_NAMES: readonly string[] = ['achievement', 'milestone', 'weighted'];

/**
 * Scores values with the model chosen for an indicator. Definitions and inputs usually come from
 * stored JSON, so an unknown model, an input meant for another model or a missing input yields
 * an Unscorable result rather than an exception.
 */
export function scoreWithModel(
  definition: ScoringModelDefinition,
  input: ScoringInput | undefined,
  options: ScoringOptions = {},
): ScoreResult {
  const model: string = definition.model;

  if (!MODEL_NAMES.includes(model)) {
    return unscorable(model, definition.modelVersion, unknownModelReason(model));
  }
  if (input === undefined) {
    return unscorable(model, definition.modelVersion, missingInputReason(model));
  }
  if (input.model !== definition.model) {
    return unscorable(model, definition.modelVersion, inputMismatchReason(model, input.model));
  }

  return scoreMatchingModel(definition, input, options);
}

/** Scores a weighted model, scoring each part with scoreWithModel. */
export function scoreWeighted(
  definition: WeightedModelDefinition,
  values: WeightedValues,
  options: ScoringOptions = {},
): ScoreResult<WeightedScore> {
  return scoreWeightedWith(scoreWithModel, definition, values, options);
}

/**
 * Returns the first reason a model definition cannot score anything, or null when it is valid:
 * an unknown model or version, an invalid direction, milestone levels other than 1–5, or invalid
 * weighted parts. Weighted parts are checked recursively. Use it before storing a definition.
 */
export function validateScoringModel(definition: ScoringModelDefinition): ScoreReason | null {
  const model: string = definition.model;

  if (!MODEL_NAMES.includes(model)) {
    return unknownModelReason(model);
  }
  const versionProblem = checkModelVersion(definition.model, definition.modelVersion);

  if (versionProblem) {
    return versionProblem;
  }
  switch (definition.model) {
    case 'achievement':
      return ['increase', 'decrease'].includes(definition.direction)
        ? null
        : invalidDirectionReason(definition.direction);
    case 'milestone':
      return validateMilestoneLevels(definition.levels);
    case 'weighted':
      return validateWeightedParts(definition.parts) ?? firstPartProblem(definition);
  }
}

function firstPartProblem(definition: WeightedModelDefinition): ScoreReason | null {
  for (const part of definition.parts) {
    const problem = validateScoringModel(part.definition);

    if (problem) {
      return {
        ...scoreReason(
          'PART_NOT_SCORABLE',
          `ส่วน "${part.nameTh}" (${part.key}) ไม่ถูกต้อง: ${problem.th}`,
          `Part "${part.nameEn ?? part.nameTh}" (${part.key}) is invalid: ${problem.en}`,
        ),
        partKey: part.key,
        cause: problem,
      };
    }
  }

  return null;
}

function scoreMatchingModel(
  definition: ScoringModelDefinition,
  input: ScoringInput,
  options: ScoringOptions,
): ScoreResult {
  if (definition.model === 'achievement' && input.model === 'achievement') {
    return scoreAchievement(definition, input, options);
  }
  if (definition.model === 'milestone' && input.model === 'milestone') {
    return scoreMilestone(definition, input, options);
  }
  if (definition.model === 'weighted' && input.model === 'weighted') {
    return scoreWeighted(definition, input, options);
  }

  return unscorable(
    definition.model,
    definition.modelVersion,
    inputMismatchReason(definition.model, input.model),
  );
}

function unknownModelReason(model: string): ScoreReason {
  return scoreReason(
    'UNKNOWN_MODEL',
    `ไม่รู้จักโมเดลการให้คะแนน "${model}" ต้องเป็น achievement, milestone หรือ weighted`,
    `Unknown scoring model "${model}": expected achievement, milestone or weighted.`,
  );
}

function missingInputReason(model: string): ScoreReason {
  return scoreReason(
    'RESULT_MISSING',
    `ยังไม่มีข้อมูลผลงานสำหรับโมเดล ${model} จึงคำนวณคะแนนไม่ได้`,
    `No values were given for the ${model} model, so no score can be computed.`,
  );
}

function inputMismatchReason(model: string, inputModel: string): ScoreReason {
  return scoreReason(
    'INPUT_MODEL_MISMATCH',
    `ข้อมูลที่ส่งมาเป็นของโมเดล ${inputModel} แต่ตัวชี้วัดนี้ใช้โมเดล ${model}`,
    `The values are for the ${inputModel} model, but the indicator is scored with the ${model} model.`,
  );
}
