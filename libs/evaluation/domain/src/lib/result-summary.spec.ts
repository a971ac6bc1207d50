import { achievementModel, scoreAchievement } from './achievement.model';
import { meetsTarget, summariseOutcomes, type IndicatorOutcome, type OutcomeGroup } from './result-summary';
import type { ScoreResult } from './scoring-model.types';

const districtA: OutcomeGroup = { key: '5001', nameTh: 'สำนักงานเขตพระนคร', nameEn: 'Phra Nakhon District Office' };
const districtB: OutcomeGroup = { key: '5002', nameTh: 'สำนักงานเขตดุสิต', nameEn: null };

function scored(result: string | number, target: string | number = 100): ScoreResult {
  return scoreAchievement(achievementModel('increase'), { target, result });
}

// A missing result leaves the indicator without a score.
const unscorable = scoreAchievement(achievementModel('increase'), { target: 100, result: null });

function outcome(group: OutcomeGroup, quarter: number, score: ScoreResult, state: string | null = null, flagCount = 0): IndicatorOutcome {
  return { group, quarter, score, state, flagCount };
}

describe('meetsTarget', () => {
  it.each([
    ['exactly the target', 100, true],
    ['above the target', 120, true],
    ['just below, even though it rounds to 100.00', 99.996, false],
    ['far below', 70, false],
  ])('%s', (_name, result, expected) => {
    expect(meetsTarget(scored(result))).toBe(expected);
  });

  it('is false without a score', () => {
    expect(unscorable.status).toBe('unscorable');
    expect(meetsTarget(unscorable)).toBe(false);
  });
});

describe('summariseOutcomes', () => {
  const outcomes = [
    outcome(districtA, 1, scored(100), 'scored'),
    outcome(districtA, 1, scored(70), 'submitted', 1),
    outcome(districtA, 1, unscorable),
    outcome(districtB, 1, scored(50)),
    outcome(districtA, 2, scored(110), 'signedOff'),
    outcome(districtA, 3, scored(110)),
  ];
  const summary = summariseOutcomes(outcomes, [1, 2]);
  const groupA = summary.groups.find((entry) => entry.group.key === '5001');

  it('counts outcomes per group and quarter', () => {
    expect(groupA?.quarters[0]).toEqual({
      quarter: 1,
      indicators: 3,
      scored: 2,
      unscorable: 1,
      metTarget: 1,
      shareMetTarget: 50,
      averagePercent: 85,
      flagged: 1,
      states: { scored: 1, submitted: 1, notStarted: 1 },
    });
  });

  it('gives one trend entry per requested quarter', () => {
    const groupB = summary.groups.find((entry) => entry.group.key === '5002');

    expect(groupA?.quarters.map((stats) => [stats.quarter, stats.shareMetTarget])).toEqual([
      [1, 50],
      [2, 100],
    ]);
    expect(groupB?.quarters[1]).toMatchObject({ quarter: 2, indicators: 0, scored: 0, shareMetTarget: null, averagePercent: null });
  });

  it('ignores quarters not requested', () => {
    expect(summary.overall.map((stats) => stats.indicators)).toEqual([4, 1]);
  });

  it('adds groups into the overall figures', () => {
    expect(summary.overall[0]).toMatchObject({ indicators: 4, scored: 3, metTarget: 1, shareMetTarget: 33.33, averagePercent: 73.33 });
  });

  it('rounds the mean once', () => {
    // Rounded first, 0.004, 0.004 and 0.007 would become 0, 0 and 0.01 with a mean of 0.00.
    // Their unrounded mean is 0.005, which rounds half-up to 0.01.
    const tiny = summariseOutcomes(
      [outcome(districtA, 1, scored('0.004')), outcome(districtA, 1, scored('0.004')), outcome(districtA, 1, scored('0.007'))],
      [1],
    );

    expect(tiny.overall[0]?.averagePercent).toBe(0.01);
  });

  it('returns zero counts without outcomes', () => {
    expect(summariseOutcomes([], [1])).toEqual({
      groups: [],
      overall: [
        { quarter: 1, indicators: 0, scored: 0, unscorable: 0, metTarget: 0, shareMetTarget: null, averagePercent: null, flagged: 0, states: {} },
      ],
    });
  });
});
