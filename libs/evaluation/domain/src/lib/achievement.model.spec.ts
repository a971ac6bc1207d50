import { expectStatus } from '../testing/expect-status';
import { achievementModel, scoreAchievement } from './achievement.model';
import type { AchievementModelDefinition, AchievementValues } from './scoring-model.types';

const higherIsBetter = achievementModel('increase');
const lowerIsBetter = achievementModel('decrease');

describe('scoreAchievement, higher is better', () => {
  it.each<[AchievementValues, number | null, number, string]>([
    [{ target: 100, result: 70 }, null, 70, '70'],
    [{ target: '100', result: '104.15' }, null, 104.15, '104.15'],
    [{ target: 10, result: 80 }, null, 800, '800'],
    [{ target: 100, result: -5 }, null, -5, '-5'],
    [{ target: 3, result: 1 }, null, 33.33, '33.33333333333333333333333333333333333333'],
    [{ target: 3, result: 1 }, 0, 33, '33.33333333333333333333333333333333333333'],
    [{ target: 3, result: 2 }, 2, 66.67, '66.66666666666666666666666666666666666667'],
    [{ target: 100, result: '1.005' }, 2, 1.01, '1.005'],
    [{ target: 200, result: -5 }, 0, -3, '-2.5'],
    [{ target: '65.0000', result: '65.0000' }, 4, 100, '100'],
  ])('scores %p at %p decimals as %p', (values, decimals, percent, exactPercent) => {
    const score = scoreAchievement(higherIsBetter, values, { decimals });

    expect(score.status).toBe('scored');
    expect(expectStatus(score, 'scored').percent).toBe(percent);
    expect(expectStatus(score, 'scored').exactPercent).toBe(exactPercent);
  });

  it('records model, version and decimals', () => {
    expect(scoreAchievement(higherIsBetter, { target: 100, result: 70 })).toEqual({
      status: 'scored',
      model: 'achievement',
      modelVersion: 1,
      direction: 'increase',
      percent: 70,
      exactPercent: '70',
      decimals: 2,
    });
  });
});

describe('scoreAchievement, lower is better', () => {
  it.each<[AchievementValues, number, string]>([
    [{ baseline: 100, target: 50, result: 75 }, 50, '50'],
    [{ baseline: 100, target: 50, result: 50 }, 100, '100'],
    [{ baseline: 100, target: 50, result: 40 }, 120, '120'],
    [{ baseline: 100, target: 50, result: 120 }, -40, '-40'],
    [{ baseline: 100, target: 50, result: 100 }, 0, '0'],
    [{ baseline: 10, target: 4, result: 8 }, 33.33, '33.33333333333333333333333333333333333333'],
    [{ baseline: -10, target: -20, result: -15 }, 50, '50'],
  ])('scores %p as %p', (values, percent, exactPercent) => {
    const score = scoreAchievement(lowerIsBetter, values);

    expect(score.status).toBe('scored');
    expect(expectStatus(score, 'scored').percent).toBe(percent);
    expect(expectStatus(score, 'scored').exactPercent).toBe(exactPercent);
    expect(expectStatus(score, 'scored').direction).toBe('decrease');
  });
});

describe('scoreAchievement, unscorable', () => {
  it.each<[string, AchievementModelDefinition, AchievementValues, string]>([
    ['target 0', higherIsBetter, { target: 0, result: 100 }, 'TARGET_NOT_SET'],
    ['target 0.00', higherIsBetter, { target: '0.00', result: 100 }, 'TARGET_NOT_SET'],
    ['target -0', higherIsBetter, { target: '-0', result: 100 }, 'TARGET_NOT_SET'],
    ['missing target', higherIsBetter, { target: null, result: 70 }, 'TARGET_NOT_SET'],
    ['blank target', higherIsBetter, { target: ' ', result: 70 }, 'TARGET_NOT_SET'],
    [
      'target 0, lower is better',
      lowerIsBetter,
      { baseline: 10, target: 0, result: 5 },
      'TARGET_NOT_SET',
    ],
    ['missing result', higherIsBetter, { target: 100, result: undefined }, 'RESULT_MISSING'],
    ['text target', higherIsBetter, { target: 'ร้อยละ 100', result: 70 }, 'INVALID_NUMBER'],
    ['NaN result', higherIsBetter, { target: 100, result: Number.NaN }, 'INVALID_NUMBER'],
    [
      'Infinity result',
      higherIsBetter,
      { target: 100, result: Number.POSITIVE_INFINITY },
      'INVALID_NUMBER',
    ],
    ['missing baseline', lowerIsBetter, { target: 50, result: 60 }, 'BASELINE_MISSING'],
    [
      'baseline equal to target',
      lowerIsBetter,
      { baseline: 50, target: 50, result: 40 },
      'BASELINE_EQUALS_TARGET',
    ],
    [
      'baseline 50.0 equal to target 50',
      lowerIsBetter,
      { baseline: '50.0', target: 50, result: 40 },
      'BASELINE_EQUALS_TARGET',
    ],
    [
      'baseline below target',
      lowerIsBetter,
      { baseline: 40, target: 50, result: 45 },
      'BASELINE_BELOW_TARGET',
    ],
    [
      'invalid baseline',
      lowerIsBetter,
      { baseline: 'n/a', target: 50, result: 45 },
      'INVALID_NUMBER',
    ],
    [
      'unknown direction',
      { ...higherIsBetter, direction: 'up' as 'increase' },
      { target: 100, result: 70 },
      'INVALID_DIRECTION',
    ],
    [
      'version 2',
      { ...higherIsBetter, modelVersion: 2 },
      { target: 100, result: 70 },
      'UNSUPPORTED_MODEL_VERSION',
    ],
  ])('reports %s', (_case, definition, values, code) => {
    const score = scoreAchievement(definition, values);

    expect(score.status).toBe('unscorable');
    expect(expectStatus(score, 'unscorable').reason.code).toBe(code);
  });

  it.each([-1, 2.5, 21])('reports decimals %p as invalid', (decimals) => {
    const score = scoreAchievement(higherIsBetter, { target: 100, result: 70 }, { decimals });

    expect(expectStatus(score, 'unscorable').reason.code).toBe('INVALID_DECIMALS');
  });

  it('explains target not set in Thai and English', () => {
    const score = scoreAchievement(higherIsBetter, { target: 0, result: 100 });

    expect(score).toMatchObject({ status: 'unscorable', model: 'achievement', modelVersion: 1 });
    expect(expectStatus(score, 'unscorable').reason.th).toContain('ยังไม่ได้กำหนดค่าเป้าหมาย');
    expect(expectStatus(score, 'unscorable').reason.en).toContain('target is not set');
  });

  it('names the baseline equal to the target', () => {
    const score = scoreAchievement(lowerIsBetter, {
      baseline: '12.5',
      target: '12.50',
      result: 10,
    });

    expect(expectStatus(score, 'unscorable').reason.en).toContain(
      'baseline (12.5) equals the target',
    );
    expect(expectStatus(score, 'unscorable').reason.th).toContain('ค่าฐาน (12.5)');
  });

  it('quotes the invalid value', () => {
    const score = scoreAchievement(higherIsBetter, { target: '1,407.52', result: 70 });

    expect(expectStatus(score, 'unscorable').reason.en).toBe(
      'Invalid target "1,407.52": expected a finite decimal number such as 70 or 1407.52.',
    );
  });
});
