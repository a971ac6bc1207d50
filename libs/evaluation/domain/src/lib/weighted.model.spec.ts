import { expectStatus } from '../testing/expect-status';
import { achievementModel } from './achievement.model';
import { milestoneModel } from './milestone.model';
import { scoreWeighted, scoreWithModel, validateScoringModel } from './scoring-model';
import type {
  MilestoneLevelDefinition,
  ScoringInput,
  ScoringModelDefinition,
  WeightedPartDefinition,
} from './scoring-model.types';
import { validateWeightedParts, weightedModel } from './weighted.model';

const steps: MilestoneLevelDefinition[] = [1, 2, 3, 4, 5].map((level) => ({
  level,
  descriptionTh: `ขั้นตอนที่ ${level}`,
}));

function part(
  key: string,
  weight: string | number,
  definition: ScoringModelDefinition = achievementModel('increase'),
): WeightedPartDefinition {
  return { key, nameTh: `ส่วนที่ ${key}`, nameEn: `Part ${key}`, weight, definition };
}

function achieved(result: number | string, target: number | string = 100): ScoringInput {
  return { model: 'achievement', target, result };
}

describe('scoreWeighted', () => {
  it.each<[string | number, string | number, number, number, number]>([
    [50, 50, 70, 100, 85],
    [60, 40, 70, 100, 82],
    ['33.3', '66.7', 90, 30, 49.98],
    ['99.5', '0.5', 0, 100, 0.5],
  ])('weights %p and %p over %p and %p give %p', (weightA, weightB, percentA, percentB, total) => {
    const definition = weightedModel([part('a', weightA), part('b', weightB)]);
    const score = scoreWeighted(definition, {
      parts: { a: achieved(percentA), b: achieved(percentB) },
    });

    expect(score.status).toBe('scored');
    expect(expectStatus(score, 'scored').percent).toBe(total);
  });

  it('sums decimal weights exactly', () => {
    const definition = weightedModel([part('a', '10.1'), part('b', '20.2'), part('c', '69.7')]);
    const score = scoreWeighted(definition, {
      parts: { a: achieved(100), b: achieved(100), c: achieved(100) },
    });

    expect(expectStatus(score, 'scored').exactPercent).toBe('100');
  });

  it('rounds only the total', () => {
    const definition = weightedModel([part('a', 50), part('b', 50)]);
    const score = scoreWeighted(
      definition,
      { parts: { a: achieved('2.5'), b: achieved('2.4') } },
      { decimals: 0 },
    );

    expect(expectStatus(score, 'scored').exactPercent).toBe('2.45');
    expect(expectStatus(score, 'scored').percent).toBe(2);
    expect(expectStatus(score, 'scored').parts.map((entry) => entry.score.percent)).toEqual([3, 2]);
  });

  it('lists each part with weight and contribution', () => {
    const definition = weightedModel([part('a', 60), part('b', 40, milestoneModel(steps))]);
    const score = scoreWeighted(definition, {
      parts: { a: achieved(70), b: { model: 'milestone', completedSteps: [1, 2, 3] } },
    });

    expect(score).toMatchObject({
      status: 'scored',
      model: 'weighted',
      modelVersion: 1,
      percent: 66,
      decimals: 2,
    });
    expect(expectStatus(score, 'scored').parts).toMatchObject([
      { key: 'a', weight: '60', weightedPercent: 42, score: { model: 'achievement', percent: 70 } },
      {
        key: 'b',
        weight: '40',
        weightedPercent: 24,
        score: { model: 'milestone', level: 3, percent: 60 },
      },
    ]);
  });

  it('lists the weights when they miss 100', () => {
    const score = scoreWeighted(weightedModel([part('a', 50), part('b', 40)]), {
      parts: { a: achieved(1), b: achieved(1) },
    });

    expect(expectStatus(score, 'unscorable').reason.code).toBe('WEIGHTS_NOT_100');
    expect(expectStatus(score, 'unscorable').reason.weights).toEqual([
      { key: 'a', weight: '50' },
      { key: 'b', weight: '40' },
    ]);
    expect(expectStatus(score, 'unscorable').reason.en).toBe(
      "Invalid weights: the parts' weights must sum to 100 but sum to 90 (a = 50, b = 40).",
    );
    expect(expectStatus(score, 'unscorable').reason.th).toContain('รวมได้ 90');
  });

  it.each<[string, WeightedPartDefinition[], string]>([
    ['a zero weight', [part('a', 0), part('b', 100)], 'INVALID_WEIGHT'],
    ['a negative weight', [part('a', -10), part('b', 110)], 'INVALID_WEIGHT'],
    ['a text weight', [part('a', 'ครึ่ง'), part('b', 50)], 'INVALID_WEIGHT'],
    ['no parts', [], 'INVALID_PARTS'],
    ['a repeated key', [part('a', 50), part('a', 50)], 'INVALID_PARTS'],
    ['a blank key', [part(' ', 50), part('b', 50)], 'INVALID_PARTS'],
    ['weights over 100', [part('a', 60), part('b', '40.01')], 'WEIGHTS_NOT_100'],
  ])('rejects %s', (_case, parts, code) => {
    const score = scoreWeighted(weightedModel(parts), {
      parts: { a: achieved(1), b: achieved(1) },
    });

    expect(expectStatus(score, 'unscorable').reason.code).toBe(code);
    expect(validateWeightedParts(parts)?.code).toBe(code);
  });

  it('names the part that cannot be scored', () => {
    const definition = weightedModel([part('a', 50), part('b', 50)]);
    const score = scoreWeighted(definition, { parts: { a: achieved(70), b: achieved(70, 0) } });

    expect(expectStatus(score, 'unscorable').reason.code).toBe('PART_NOT_SCORABLE');
    expect(expectStatus(score, 'unscorable').reason.partKey).toBe('b');
    expect(expectStatus(score, 'unscorable').reason.cause?.code).toBe('TARGET_NOT_SET');
    expect(expectStatus(score, 'unscorable').reason.en).toContain(
      'Part "Part b" (b) cannot be scored',
    );
    expect(expectStatus(score, 'unscorable').reason.th).toContain('ส่วนที่ b');
  });

  it('reports a part without input', () => {
    const score = scoreWeighted(weightedModel([part('a', 50), part('constructor', 50)]), {
      parts: { a: achieved(70) },
    });

    expect(expectStatus(score, 'unscorable').reason.partKey).toBe('constructor');
    expect(expectStatus(score, 'unscorable').reason.cause?.code).toBe('RESULT_MISSING');
  });

  it('scores nested weighted parts', () => {
    const inner = weightedModel([part('x', 50), part('y', 50)]);
    const definition = weightedModel([part('a', 40), part('b', 60, inner)]);
    const score = scoreWeighted(definition, {
      parts: {
        a: achieved(50),
        b: { model: 'weighted', parts: { x: achieved(100), y: achieved(0) } },
      },
    });

    expect(expectStatus(score, 'scored').percent).toBe(50);
  });
});

describe('scoreWithModel', () => {
  it('scores with the chosen model', () => {
    const score = scoreWithModel(milestoneModel(steps), {
      model: 'milestone',
      completedSteps: [1],
    });

    expect(score).toMatchObject({ status: 'scored', model: 'milestone', level: 1, percent: 20 });
  });

  it('rejects input for another model', () => {
    const score = scoreWithModel(achievementModel('increase'), {
      model: 'milestone',
      completedSteps: [1],
    });

    expect(expectStatus(score, 'unscorable').reason.code).toBe('INPUT_MODEL_MISMATCH');
  });

  it('rejects an unknown model', () => {
    const stored = JSON.parse('{"model":"ranking","modelVersion":1}');
    const score = scoreWithModel(stored, achieved(70));

    expect(score).toMatchObject({ status: 'unscorable', model: 'ranking', modelVersion: 1 });
    expect(expectStatus(score, 'unscorable').reason.code).toBe('UNKNOWN_MODEL');
  });

  it('reports missing input', () => {
    const score = scoreWithModel(achievementModel('increase'), undefined);

    expect(expectStatus(score, 'unscorable').reason.code).toBe('RESULT_MISSING');
  });
});

describe('validateScoringModel', () => {
  it('accepts a valid weighted model', () => {
    const definition = weightedModel([part('a', 50), part('b', 50, milestoneModel(steps))]);

    expect(validateScoringModel(definition)).toBeNull();
  });

  it.each([
    ['bad weights', weightedModel([part('a', 50), part('b', 49)]), 'WEIGHTS_NOT_100'],
    [
      'a bad part',
      weightedModel([part('a', 50), part('b', 50, milestoneModel(steps.slice(0, 3)))]),
      'PART_NOT_SCORABLE',
    ],
    [
      'a bad direction',
      { ...achievementModel('increase'), direction: 'higher' as 'increase' },
      'INVALID_DIRECTION',
    ],
    [
      'a newer version',
      { ...achievementModel('decrease'), modelVersion: 2 },
      'UNSUPPORTED_MODEL_VERSION',
    ],
    ['four milestone levels', milestoneModel(steps.slice(0, 4)), 'INVALID_MILESTONE_LEVELS'],
  ])('reports %s', (_case, definition, code) => {
    expect(validateScoringModel(definition)?.code).toBe(code);
  });
});
