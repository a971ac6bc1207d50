import type { IndicatorDetail, ProgressResponse } from '@bma-kpi/contracts-indicators';
import { achievementModel } from '@bma-kpi/evaluation-domain';

import { evaluateIndicator, monthlyValuesOf, partKeysOf, weightedInputOf } from './evaluation-view';

const period = { fiscalYear: 2564, quarter: 1 };

function note(id: string, date: string | null, value: number | null, text = 'รายงานผล', createdAt = '2021-01-01T00:00:00.000Z'): ProgressResponse {
  return {
    id,
    indicatorId: 'indicator-1',
    date,
    dateTh: null,
    fiscalYear: 2564,
    quarter: 1,
    rawDate: date,
    dateAmbiguous: false,
    sectionQuarter: null,
    value,
    text,
    rawText: text,
    source: 'api',
    createdBy: 'tester',
    createdAt,
  };
}

function indicator(overrides: Partial<IndicatorDetail> = {}): IndicatorDetail {
  return {
    id: 'indicator-1',
    code: '0411-0005',
    title: 'ร้อยละของชุดข้อมูลที่มีคำอธิบาย',
    kpiType: null,
    resultLevel: null,
    unit: 'ร้อยละ',
    fiscalYear: 2564,
    agency: { code: '0411', nameTh: 'สำนักยุทธศาสตร์และประเมินผล', nameEn: null },
    planNode: null,
    target: 100,
    actual: 70,
    achievementPercent: 70,
    version: 1,
    updatedAt: '2021-01-01T00:00:00.000Z',
    familyNumber: null,
    typeRaw: null,
    decimals: 2,
    direction: 'increase',
    assessment: null,
    definitions: [],
    calculation: null,
    verification: null,
    planPath: [],
    quarterTargets: [],
    progress: [note('p1', '2020-10-31', 30), note('p2', '2020-11-30', 50), note('p3', '2020-12-31', 70)],
    createdBy: 'tester',
    updatedBy: 'tester',
    createdAt: '2021-01-01T00:00:00.000Z',
    ...overrides,
  };
}

describe('monthlyValuesOf', () => {
  it('keeps the latest dated note per month', () => {
    const values = monthlyValuesOf([note('a', '2020-10-05', 10), note('b', '2020-10-25', 20), note('c', '2020-10-15', 15)]);

    expect(values).toEqual([{ month: '2020-10', value: 20 }]);
  });

  it('breaks same-date ties by storage time', () => {
    const values = monthlyValuesOf([
      note('a', '2020-10-25', 20, 'รายงานผล', '2021-01-02T00:00:00.000Z'),
      note('b', '2020-10-25', 25, 'รายงานผล', '2021-01-01T00:00:00.000Z'),
    ]);

    expect(values).toEqual([{ month: '2020-10', value: 20 }]);
  });

  it('skips undated notes and notes without a value', () => {
    expect(monthlyValuesOf([note('a', null, 10), note('b', '2020-10-25', null)])).toEqual([]);
  });
});

describe('partKeysOf', () => {
  it('uses one overall part for achievement', () => {
    expect(partKeysOf(achievementModel('increase'))).toEqual(['overall']);
  });

  it('uses the part keys of a weighted model', () => {
    const weighted = {
      model: 'weighted' as const,
      modelVersion: 1,
      parts: [
        { key: 'plan', nameTh: 'แผน', weight: 40, definition: achievementModel('increase') },
        { key: 'result', nameTh: 'ผล', weight: 60, definition: achievementModel('increase') },
      ],
    };

    expect(partKeysOf(weighted)).toEqual(['plan', 'result']);
  });
});

describe('evaluateIndicator', () => {
  it('scores a cumulative quarter by default', () => {
    const view = evaluateIndicator(indicator(), null, period);

    expect(view.quarter).toMatchObject({ status: 'complete', value: 70, accumulation: 'cumulative' });
    expect(view.score).toMatchObject({ status: 'scored', model: 'achievement', percent: 70 });
    expect(view.agencyCode).toBe('0411');
    expect(view.partKeys).toEqual(['overall']);
  });

  it('sums a flow quarter', () => {
    const view = evaluateIndicator(indicator(), { definition: achievementModel('increase'), accumulation: 'flow' }, period);

    expect(view.quarter).toMatchObject({ status: 'complete', value: 150 });
    expect(view.score).toMatchObject({ status: 'scored', percent: 150 });
  });

  it('reports an incomplete quarter as unscorable', () => {
    const view = evaluateIndicator(indicator({ progress: [note('p1', '2020-10-31', 30)] }), null, period);

    expect(view.quarter.status).toBe('incomplete');
    expect(view.score).toMatchObject({ status: 'unscorable', model: 'achievement', reason: { code: 'QUARTER_INCOMPLETE' } });
  });

  it('reports a missing target', () => {
    const view = evaluateIndicator(indicator({ target: null }), null, period);

    expect(view.score).toMatchObject({ status: 'unscorable', reason: { code: 'TARGET_NOT_SET' } });
  });

  it('reads a milestone value as the level reached', () => {
    const levels = [1, 2, 3, 4, 5].map((level) => ({ level, descriptionTh: `ขั้นที่ ${level}` }));
    const progress = [note('p1', '2020-10-31', 1), note('p2', '2020-11-30', 2), note('p3', '2020-12-31', 3)];
    const view = evaluateIndicator(indicator({ progress }), { definition: { model: 'milestone', modelVersion: 1, levels }, accumulation: 'cumulative' }, period);

    expect(view.score).toMatchObject({ status: 'scored', model: 'milestone', level: 3, percent: 60 });
  });

  it('flags a narrative that claims the target', () => {
    const progress = [note('p1', '2020-10-31', 30), note('p2', '2020-11-30', 50), note('p3', '2020-12-31', 70, 'ดำเนินการบรรลุเป้าหมายแล้ว')];
    const view = evaluateIndicator(indicator({ progress }), null, period);

    expect(view.flags.map((flag) => flag.code)).toEqual(['NARRATIVE_CONTRADICTS_RESULT']);
  });

  it('has no agency code without an owner', () => {
    expect(evaluateIndicator(indicator({ agency: null }), null, period).agencyCode).toBeNull();
  });
});

describe('evaluateIndicator with assignment and evaluator values', () => {
  const levels = [1, 2, 3, 4, 5].map((level) => ({ level, descriptionTh: `ขั้นตอนที่ ${level}` }));
  // The sample KPI's two parts: keep last year's databases current, and build one new database.
  const twoParts = {
    model: 'weighted' as const,
    modelVersion: 1,
    parts: [
      { key: 'maintain', nameTh: 'ส่วนที่ 1', weight: 50, definition: achievementModel('increase') },
      { key: 'develop', nameTh: 'ส่วนที่ 2', weight: 50, definition: { model: 'milestone' as const, modelVersion: 1, levels } },
    ],
  };
  const weighted = { definition: twoParts, accumulation: 'cumulative' as const };

  it('scores a lower-is-better quarter against its baseline', () => {
    const decrease = { definition: achievementModel('decrease'), accumulation: 'cumulative' as const, baseline: 100 };
    // From 100 down to a target of 40, a result of 70 achieves half of the planned reduction.
    const view = evaluateIndicator(indicator({ target: 40, direction: 'decrease' }), decrease, period);

    expect(view.score).toMatchObject({ status: 'scored', model: 'achievement', percent: 50 });
  });

  it('reports a lower-is-better quarter without a baseline', () => {
    const decrease = { definition: achievementModel('decrease'), accumulation: 'cumulative' as const };
    const view = evaluateIndicator(indicator({ target: 40, direction: 'decrease' }), decrease, period);

    expect(view.score.status).toBe('unscorable');
  });

  it('leaves a weighted quarter unscored without part values', () => {
    expect(evaluateIndicator(indicator(), weighted, period).score.status).toBe('unscorable');
  });

  it('scores each weighted part from the evaluator values', () => {
    const view = evaluateIndicator(indicator(), weighted, period, { partValues: { maintain: 80, develop: 3 } });

    // 50 % × 80 + 50 % × (3 of 5 levels = 60) = 70
    expect(view.score).toMatchObject({ status: 'scored', model: 'weighted', percent: 70 });
    expect(view.partKeys).toEqual(['maintain', 'develop']);
  });

  it('scores weighted part values even when a month is missing', () => {
    const view = evaluateIndicator(indicator({ progress: [note('p1', '2020-10-31', 30)] }), weighted, period, { partValues: { maintain: 100, develop: 5 } });

    expect(view.quarter.status).toBe('incomplete');
    expect(view.score).toMatchObject({ status: 'scored', percent: 100 });
  });

  it.each([
    ['without evidence on record', 0, ['MILESTONE_WITHOUT_EVIDENCE']],
    ['with evidence on record', 2, []],
    ['when evidence is not checked', undefined, []],
  ])('flags a claimed milestone level %s', (_name, evidenceCount, codes) => {
    const milestone = { definition: { model: 'milestone' as const, modelVersion: 1, levels }, accumulation: 'cumulative' as const };
    const progress = [note('p1', '2020-10-31', 1), note('p2', '2020-11-30', 2), note('p3', '2020-12-31', 3)];
    const view = evaluateIndicator(indicator({ progress }), milestone, period, { evidenceCount });

    expect(view.flags.map((flag) => flag.code)).toEqual(codes);
  });

  it('builds no input for a part without a value', () => {
    expect(weightedInputOf(twoParts, { maintain: 80 })).toEqual({
      model: 'weighted',
      parts: { maintain: { model: 'achievement', target: 100, result: 80 }, develop: undefined },
    });
  });
});

