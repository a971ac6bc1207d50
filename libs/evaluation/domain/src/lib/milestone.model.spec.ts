import { expectStatus } from '../testing/expect-status';
import { milestoneLevelReached, milestoneModel, scoreMilestone } from './milestone.model';
import type { MilestoneLevelDefinition } from './scoring-model.types';

const levels: MilestoneLevelDefinition[] = [
  {
    level: 1,
    descriptionTh: 'แต่งตั้งคณะทำงานและจัดทำแผนพัฒนาฐานข้อมูล',
    descriptionEn: 'Working group appointed, database plan written',
  },
  {
    level: 2,
    descriptionTh: 'จัดทำคำอธิบายชุดข้อมูลและพจนานุกรมข้อมูล',
    descriptionEn: 'Metadata and data dictionary written',
  },
  {
    level: 3,
    descriptionTh: 'นำเข้าข้อมูลในฐานข้อมูล',
    descriptionEn: 'Data imported into the database',
  },
  { level: 4, descriptionTh: 'รายงานผลการดำเนินการ', descriptionEn: 'Progress reported' },
  {
    level: 5,
    descriptionTh: 'ส่งผลการใช้ประโยชน์ฐานข้อมูล',
    descriptionEn: 'Evidence of use submitted',
  },
];
const definition = milestoneModel(levels);

describe('scoreMilestone', () => {
  it.each<[number[], number, number]>([
    [[], 0, 0],
    [[1], 1, 20],
    [[1, 2], 2, 40],
    [[1, 2, 3], 3, 60],
    [[1, 2, 3, 4], 4, 80],
    [[5, 4, 3, 2, 1], 5, 100],
    [[1, 2, 4, 5], 2, 40],
    [[2, 3, 4, 5], 0, 0],
    [[1, 1, 2, 2], 2, 40],
  ])('scores steps %p as level %p, %p %', (completedSteps, level, percent) => {
    const score = scoreMilestone(definition, { completedSteps });

    expect(score.status).toBe('scored');
    expect(expectStatus(score, 'scored').level).toBe(level);
    expect(expectStatus(score, 'scored').percent).toBe(percent);
    expect(expectStatus(score, 'scored').exactPercent).toBe(String(percent));
  });

  it('records model, version and decimals', () => {
    expect(scoreMilestone(definition, { completedSteps: [1, 2, 3] }, { decimals: 0 })).toEqual({
      status: 'scored',
      model: 'milestone',
      modelVersion: 1,
      level: 3,
      percent: 60,
      exactPercent: '60',
      decimals: 0,
    });
  });

  it.each([[[0]], [[6]], [[1.5]], [[1, 2, -1]]])('rejects completed steps %p', (completedSteps) => {
    const score = scoreMilestone(definition, { completedSteps });

    expect(expectStatus(score, 'unscorable').reason.code).toBe('INVALID_MILESTONE_STEP');
  });

  it('names the invalid step', () => {
    const score = scoreMilestone(definition, { completedSteps: [1, 7] });

    expect(expectStatus(score, 'unscorable').reason.en).toBe(
      'Invalid completed step 7: expected step numbers 1 to 5.',
    );
  });

  it.each<[string, MilestoneLevelDefinition[]]>([
    ['four levels', levels.slice(0, 4)],
    ['no levels', []],
    ['a repeated level', [...levels.slice(0, 4), { ...levels[3] }]],
    ['a level 6', [...levels.slice(0, 4), { level: 6, descriptionTh: 'เกินระดับ' }]],
    ['a blank description', [...levels.slice(0, 4), { level: 5, descriptionTh: '  ' }]],
  ])('rejects a definition with %s', (_case, badLevels) => {
    const score = scoreMilestone(milestoneModel(badLevels), { completedSteps: [1] });

    expect(expectStatus(score, 'unscorable').reason.code).toBe('INVALID_MILESTONE_LEVELS');
  });

  it('rejects an unsupported version', () => {
    const score = scoreMilestone({ ...definition, modelVersion: 0 }, { completedSteps: [1] });

    expect(score).toMatchObject({ status: 'unscorable', model: 'milestone', modelVersion: 0 });
    expect(expectStatus(score, 'unscorable').reason.code).toBe('UNSUPPORTED_MODEL_VERSION');
  });
});

describe('milestoneLevelReached', () => {
  it('stops at the first open step', () => {
    expect(milestoneLevelReached([1, 2, 4, 5])).toBe(2);
  });

  it('ignores steps beyond 5', () => {
    expect(milestoneLevelReached([1, 2, 3, 4, 5, 6])).toBe(5);
  });
});
