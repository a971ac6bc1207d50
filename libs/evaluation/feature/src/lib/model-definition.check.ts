import { validateScoringModel, type ScoringModelDefinition } from '@bma-kpi/evaluation-domain';

import { EvaluationExceptions } from './evaluation.exceptions';

/** Largest definition accepted, in JSON characters; a five-level milestone model needs a few thousand. */
const maxModelChars = 32_000;

/** Deepest nesting accepted: weighted parts inside weighted parts, two levels deep, fit easily. */
const maxModelDepth = 12;

/** Keys each kind of definition may have; anything else would be stored and silently ignored. */
const allowedKeys: Record<string, readonly string[]> = {
  achievement: ['model', 'modelVersion', 'direction'],
  milestone: ['model', 'modelVersion', 'levels'],
  weighted: ['model', 'modelVersion', 'parts'],
  level: ['level', 'descriptionTh', 'descriptionEn'],
  part: ['key', 'nameTh', 'nameEn', 'weight', 'definition'],
};

function nestingDepth(value: unknown): number {
  if (typeof value !== 'object' || value === null) {
    return 0;
  }

  return 1 + Math.max(0, ...Object.values(value).map(nestingDepth));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Returns the path of the first key that the definition's kind does not have, or null. */
function findUnknownKey(value: unknown, kind: string, path: string): string | null {
  if (!isRecord(value)) {
    return null;
  }
  const unknown = Object.keys(value).find((key) => !(allowedKeys[kind] ?? []).includes(key));

  if (unknown !== undefined) {
    return `${path}.${unknown}`;
  }
  const children: [unknown, string, string][] = [
    ...(Array.isArray(value['levels']) ? value['levels'].map((level, index): [unknown, string, string] => [level, 'level', `${path}.levels.${index}`]) : []),
    ...(Array.isArray(value['parts']) ? value['parts'].map((part, index): [unknown, string, string] => [part, 'part', `${path}.parts.${index}`]) : []),
    ...(kind === 'part' && isRecord(value['definition'])
      ? [[value['definition'], String(value['definition']['model']), `${path}.definition`] as [unknown, string, string]]
      : []),
  ];

  for (const [child, childKind, childPath] of children) {
    const found = findUnknownKey(child, childKind, childPath);

    if (found !== null) {
      return found;
    }
  }

  return null;
}

/**
 * Checks a definition before the domain rules see it: its size, its kind and version, and that it
 * has no keys its kind does not define. Then the domain rules check the values.
 */
export function checkDefinition(model: Record<string, unknown>): ScoringModelDefinition {
  if (JSON.stringify(model).length > maxModelChars || nestingDepth(model) > maxModelDepth) {
    throw EvaluationExceptions.malformedModel('model', {
      th: `นิยามยาวได้ไม่เกิน ${maxModelChars} ตัวอักษรและซ้อนกันได้ไม่เกิน ${maxModelDepth} ชั้น`,
      en: `a definition may have at most ${maxModelChars} characters and ${maxModelDepth} levels of nesting`,
    });
  }
  if (typeof model['model'] !== 'string' || allowedKeys[model['model']] === undefined || ['level', 'part'].includes(model['model'])) {
    throw EvaluationExceptions.malformedModel('model.model', {
      th: 'model ต้องเป็น achievement, milestone หรือ weighted',
      en: 'model must be achievement, milestone or weighted',
    });
  }
  if (!Number.isInteger(model['modelVersion'])) {
    throw EvaluationExceptions.malformedModel('model.modelVersion', {
      th: 'modelVersion ต้องเป็นจำนวนเต็ม เช่น 1',
      en: 'modelVersion must be a whole number such as 1',
    });
  }
  const unknownKey = findUnknownKey(model, model['model'], 'model');

  if (unknownKey !== null) {
    const key = unknownKey.split('.').at(-1) ?? '';

    throw EvaluationExceptions.malformedModel(unknownKey, { th: `${key} ไม่ใช่ฟิลด์ของนิยามชนิดนี้`, en: `${key} is not a field of this definition` });
  }
  const definition = model as unknown as ScoringModelDefinition;
  let reason;

  try {
    reason = validateScoringModel(definition);
  } catch {
    // The domain rules expect the shape of a definition; a field of another type breaks them.
    throw EvaluationExceptions.malformedModel('model', {
      th: 'ฟิลด์ขาดหายหรือมีชนิดไม่ถูกต้อง (direction, levels หรือ parts)',
      en: 'a field is missing or has the wrong type (direction, levels or parts)',
    });
  }
  if (reason !== null) {
    throw EvaluationExceptions.invalidModel(reason);
  }

  return definition;
}
