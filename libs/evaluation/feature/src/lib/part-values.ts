import type { TransitionRequest } from '@bma-kpi/contracts-evaluation';
import { MILESTONE_LEVEL_COUNT, type ScoringModelDefinition, type WeightedPartDefinition } from '@bma-kpi/evaluation-domain';
import { ValidationFailedException } from '@bma-kpi/errors';

function partValuesError(messageTh: string, messageEn: string): ValidationFailedException {
  return new ValidationFailedException([{ field: 'partValues', rule: 'partValues', messageTh, messageEn }]);
}

/** Reads the part values of a request as part key → value, or undefined when it has none. */
export function partValuesOf(request: Pick<TransitionRequest, 'partValues'>): Record<string, number> | undefined {
  return request.partValues === undefined ? undefined : Object.fromEntries(request.partValues.map((part) => [part.partKey, part.value]));
}

/**
 * Checks the part values of a workflow action against the indicator's model. Only a `score` of a
 * weighted model takes them, and then it needs exactly one value for each part.
 */
export function assertPartValues(request: Pick<TransitionRequest, 'action' | 'partValues'>, definition: ScoringModelDefinition): void {
  const givenKeys = request.partValues?.map((part) => part.partKey) ?? [];

  if (definition.model !== 'weighted' || request.action !== 'score') {
    if (request.partValues !== undefined) {
      throw partValuesError(
        'ส่งค่ารายส่วนได้เฉพาะการให้คะแนน (score) ของตัวชี้วัดที่คิดคะแนนแบบถ่วงน้ำหนัก',
        'partValues are only accepted with a score action on an indicator scored by a weighted model.',
      );
    }

    return;
  }
  const keys = definition.parts.map((part) => part.key);
  const missing = keys.filter((key) => !givenKeys.includes(key));
  const unknown = givenKeys.filter((key) => !keys.includes(key));
  const repeated = givenKeys.filter((key, index) => givenKeys.indexOf(key) !== index);

  const problems = [
    { keys: missing, th: 'ขาดส่วน', en: 'missing' },
    { keys: unknown, th: 'ไม่รู้จักส่วน', en: 'unknown' },
    { keys: repeated, th: 'ส่วนซ้ำ', en: 'repeated' },
  ].filter((problem) => problem.keys.length > 0);

  if (problems.length > 0) {
    const listTh = problems.map((problem) => `${problem.th} ${problem.keys.join(', ')}`).join(' และ');
    const listEn = problems.map((problem) => `${problem.en} ${problem.keys.join(', ')}`).join('; ');

    throw partValuesError(
      `ต้องส่งค่าหนึ่งค่าต่อหนึ่งส่วน (${keys.join(', ')}) แต่${listTh}`,
      `Send one value for each part (${keys.join(', ')}): ${listEn}.`,
    );
  }
  assertPartValueRanges(request.partValues ?? [], definition.parts);
}

/** Largest achievement part value, in percent of the part's goal; ten times the goal is far beyond any real result. */
const maxAchievementPercent = 1000;

/**
 * Checks each value against its part's model: a milestone part takes a whole level from 0 to 5, an
 * achievement part a percentage of its goal from 0 to 1000.
 */
function assertPartValueRanges(values: readonly { partKey: string; value: number }[], parts: readonly WeightedPartDefinition[]): void {
  values.forEach(({ partKey, value }, index) => {
    const model = parts.find((part) => part.key === partKey)?.definition.model;
    const field = `partValues.${index}.value`;

    if (model === 'milestone' && (!Number.isInteger(value) || value < 0 || value > MILESTONE_LEVEL_COUNT)) {
      throw new ValidationFailedException([
        {
          field,
          rule: 'milestoneLevel',
          messageTh: `${field} ของส่วน ${partKey} ต้องเป็นระดับความสำเร็จเป็นจำนวนเต็ม 0 ถึง ${MILESTONE_LEVEL_COUNT}`,
          messageEn: `${field} of part ${partKey} must be a whole milestone level from 0 to ${MILESTONE_LEVEL_COUNT}.`,
        },
      ]);
    }
    if (model === 'achievement' && (value < 0 || value > maxAchievementPercent)) {
      throw new ValidationFailedException([
        {
          field,
          rule: 'achievementPercent',
          messageTh: `${field} ของส่วน ${partKey} ต้องเป็นร้อยละของเป้าหมายของส่วน 0 ถึง ${maxAchievementPercent}`,
          messageEn: `${field} of part ${partKey} must be a percentage of the part's goal from 0 to ${maxAchievementPercent}.`,
        },
      ]);
    }
  });
}
