import type { TransitionRequest } from '@bma-kpi/contracts-evaluation';
import { achievementModel, type ScoringModelDefinition } from '@bma-kpi/evaluation-domain';
import { ValidationFailedException } from '@bma-kpi/errors';

import { assertPartValues, partValuesOf } from './part-values';

const weighted = {
  model: 'weighted' as const,
  modelVersion: 1,
  parts: [
    { key: 'maintain', nameTh: 'ส่วนที่ 1', weight: 50, definition: achievementModel('increase') },
    { key: 'develop', nameTh: 'ส่วนที่ 2', weight: 50, definition: achievementModel('increase') },
  ],
};

const values = (...keys: string[]) => keys.map((partKey) => ({ partKey, value: 50 }));

function failureOf(
  request: Pick<TransitionRequest, 'action' | 'partValues'>,
  definition: ScoringModelDefinition = weighted,
): ValidationFailedException | null {
  try {
    assertPartValues(request, definition);

    return null;
  } catch (error) {
    return error as ValidationFailedException;
  }
}

describe('assertPartValues', () => {
  it('accepts one value for each part of a weighted score', () => {
    expect(failureOf({ action: 'score', partValues: values('develop', 'maintain') })).toBeNull();
  });

  it('accepts no values for other models and actions', () => {
    expect(failureOf({ action: 'score' }, achievementModel('increase'))).toBeNull();
    expect(failureOf({ action: 'submit' })).toBeNull();
  });

  it.each([
    ['a missing part', values('maintain'), /missing develop/],
    ['an unknown part', values('maintain', 'develop', 'extra'), /unknown extra/],
    ['a repeated part', values('maintain', 'develop', 'develop'), /repeated develop/],
    ['no values at all', undefined, /missing maintain, develop/],
  ])('rejects %s', (_name, partValues, message) => {
    const error = failureOf({ action: 'score', partValues });

    expect(error).toBeInstanceOf(ValidationFailedException);
    expect(error?.extra.errors?.[0]?.messageEn).toMatch(message);
  });

  it.each([
    ['a model that is not weighted', 'score', achievementModel('increase')],
    ['an action other than score', 'submit', weighted],
  ] as const)('rejects values with %s', (_name, action, definition) => {
    expect(failureOf({ action, partValues: values('maintain', 'develop') }, definition)).toBeInstanceOf(ValidationFailedException);
  });
});

describe('assertPartValues ranges', () => {
  const levels = [1, 2, 3, 4, 5].map((level) => ({ level, descriptionTh: `ขั้นที่ ${level}` }));
  const mixed: ScoringModelDefinition = {
    model: 'weighted',
    modelVersion: 1,
    parts: [
      { key: 'maintain', nameTh: 'ส่วนที่ 1', weight: 50, definition: achievementModel('increase') },
      { key: 'develop', nameTh: 'ส่วนที่ 2', weight: 50, definition: { model: 'milestone', modelVersion: 1, levels } },
    ],
  };
  const score = (maintain: number, develop: number) =>
    failureOf({ action: 'score', partValues: [{ partKey: 'maintain', value: maintain }, { partKey: 'develop', value: develop }] }, mixed);

  it.each([
    ['a whole level and a percentage', 80, 3],
    ['the bounds', 0, 5],
    ['over-achievement up to ten times the goal', 1000, 0],
  ])('accepts %s', (_name, maintain, develop) => {
    expect(score(maintain, develop)).toBeNull();
  });

  it.each([
    ['a level above 5', 80, 7, 'partValues.1.value'],
    ['a fractional level', 80, 2.5, 'partValues.1.value'],
    ['a negative level', 80, -1, 'partValues.1.value'],
    ['a negative percentage', -50, 3, 'partValues.0.value'],
    ['a huge percentage', 1e300, 3, 'partValues.0.value'],
  ])('rejects %s', (_name, maintain, develop, field) => {
    expect(score(maintain, develop)?.extra.errors?.[0]?.field).toBe(field);
  });
});

describe('partValuesOf', () => {
  it('maps values by part key', () => {
    expect(partValuesOf({ partValues: [{ partKey: 'maintain', value: 80 }] })).toEqual({ maintain: 80 });
  });

  it('returns undefined without values', () => {
    expect(partValuesOf({})).toBeUndefined();
  });
});
