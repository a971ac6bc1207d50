import { expectStatus } from '../testing/expect-status';
import { achievementModel } from './achievement.model';
import { milestoneModel } from './milestone.model';
import { scoreWeighted, scoreWithModel } from './scoring-model';
import type { MilestoneLevelDefinition, WeightedInput } from './scoring-model.types';
import { weightedModel } from './weighted.model';

// The shape of KPI 0411 for FY2564 (Public Relations Office): target 100 %, result 70 %, criteria
// in two weighted parts, and milestone steps 1–5 of which the progress notes name 1, 2, 4 and 5.
const steps: MilestoneLevelDefinition[] = [
  { level: 1, descriptionTh: 'ดำเนินการตามกรอบธรรมาภิบาลข้อมูลภาครัฐ' },
  { level: 2, descriptionTh: 'จัดทำคำอธิบายชุดข้อมูลดิจิทัลและพจนานุกรมข้อมูล' },
  { level: 3, descriptionTh: 'จัดทำฐานข้อมูลในระบบ' },
  { level: 4, descriptionTh: 'นำเข้าฐานข้อมูลและรายงานผลการดำเนินการ' },
  { level: 5, descriptionTh: 'ส่งผลการดำเนินการ' },
];

// The record does not say how its 100 % splits between the two parts, so these tests assume 50/50.
const twoParts = weightedModel([
  {
    key: 'part1',
    nameTh: 'รักษาสถานภาพฐานข้อมูลของหน่วยงาน',
    weight: 50,
    definition: achievementModel('increase'),
  },
  {
    key: 'part2',
    nameTh: 'พัฒนาและจัดเก็บข้อมูลในฐานข้อมูล',
    weight: 50,
    definition: milestoneModel(steps),
  },
]);

function sampleInput(completedSteps: number[]): WeightedInput {
  return {
    model: 'weighted',
    parts: {
      part1: { model: 'achievement', target: '100', result: '70' },
      part2: { model: 'milestone', completedSteps },
    },
  };
}

describe('sample record', () => {
  it('scores target 100, result 70 as 70 %', () => {
    const score = scoreWithModel(achievementModel('increase'), {
      model: 'achievement',
      target: '100',
      result: '70',
    });

    expect(score).toMatchObject({
      status: 'scored',
      percent: 70,
      exactPercent: '70',
      modelVersion: 1,
    });
  });

  it('reaches level 2 with steps 1, 2, 4, 5', () => {
    const score = scoreWithModel(milestoneModel(steps), {
      model: 'milestone',
      completedSteps: [1, 2, 4, 5],
    });

    expect(score).toMatchObject({ status: 'scored', level: 2, percent: 40 });
  });

  it('weights both parts with steps 1, 2, 4, 5', () => {
    const score = scoreWeighted(twoParts, sampleInput([1, 2, 4, 5]));
    const parts = expectStatus(score, 'scored').parts;

    expect(expectStatus(score, 'scored').percent).toBe(55);
    expect(parts.map((part) => part.weightedPercent)).toEqual([35, 20]);
  });

  it('weights both parts with all steps', () => {
    const score = scoreWithModel(twoParts, sampleInput([1, 2, 3, 4, 5]));

    expect(expectStatus(score, 'scored').model).toBe('weighted');
    expect(expectStatus(score, 'scored').percent).toBe(85);
  });
});
