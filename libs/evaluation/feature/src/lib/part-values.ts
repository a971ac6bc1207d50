import type { TransitionRequest } from '@bma-kpi/contracts-evaluation';
import type { ScoringModelDefinition } from '@bma-kpi/evaluation-domain';
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
}
