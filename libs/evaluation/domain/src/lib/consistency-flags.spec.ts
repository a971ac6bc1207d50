import type { ProgressResponse } from '@bma-kpi/contracts-indicators';

import { consistencyFlags, type ConsistencyInput } from './consistency-flags';

function note(overrides: Partial<ProgressResponse>): ProgressResponse {
  return {
    id: 'note-1',
    indicatorId: 'kpi-1',
    date: '2020-12-31',
    dateTh: '31 ธ.ค. 2563',
    fiscalYear: 2564,
    quarter: 1,
    rawDate: '31/12/2563',
    dateAmbiguous: false,
    sectionQuarter: 1,
    value: null,
    text: 'อยู่ระหว่างดำเนินการ',
    rawText: 'อยู่ระหว่างดำเนินการ',
    source: 'import',
    createdBy: 'import',
    createdAt: '2021-01-05T00:00:00.000Z',
    ...overrides,
  };
}

function input(overrides: Partial<ConsistencyInput['indicator']> = {}, rest: Partial<Omit<ConsistencyInput, 'indicator'>> = {}): ConsistencyInput {
  return {
    indicator: { fiscalYear: 2564, unit: 'ร้อยละ', target: 100, actual: 100, quarterTargets: [], progress: [note({})], ...overrides },
    quarter: 1,
    cumulative: false,
    ...rest,
  };
}

const codes = (value: ConsistencyInput) => consistencyFlags(value).map((flag) => flag.code);

describe('consistencyFlags', () => {
  it('finds nothing in consistent data', () => {
    expect(codes(input())).toEqual([]);
  });

  it('flags a contradicting narrative', () => {
    // The sample record's case: the last note says the target was met, the result is 70 of 100.
    const flags = consistencyFlags(input({ actual: 70, progress: [note({ id: 'last', text: 'ดำเนินการได้ตามเป้าหมาย' })] }));

    expect(flags.map((flag) => flag.code)).toEqual(['NARRATIVE_CONTRADICTS_RESULT']);
    expect(flags[0]?.progressIds).toEqual(['last']);
    expect(flags[0]?.messageTh).toContain('70');
  });

  it.each([
    ['a negated claim', { actual: 70, progress: [note({ text: 'ไม่เป็นไปตามเป้าหมาย' })] }],
    ['a result that meets the target', { actual: 100, progress: [note({ text: 'บรรลุเป้าหมาย' })] }],
    ['a target that is not set', { target: 0, actual: 70, progress: [note({ text: 'บรรลุเป้าหมาย' })] }],
    ['a claim in a later quarter', { actual: 70, progress: [note({ text: 'บรรลุเป้าหมาย', sectionQuarter: 2, quarter: 2 })] }],
  ])('does not flag %s', (_case, indicator) => {
    expect(codes(input(indicator))).not.toContain('NARRATIVE_CONTRADICTS_RESULT');
  });

  it('flags progress of the quarter dated in another quarter or fiscal year', () => {
    const flags = consistencyFlags(
      input({
        progress: [
          note({ id: 'ok' }),
          note({ id: 'april', date: '2021-04-30', quarter: 3 }),
          note({ id: 'last-year', date: '2019-12-31', fiscalYear: 2563, quarter: 1 }),
        ],
      }),
    );

    expect(flags.map((flag) => flag.code)).toEqual(['PROGRESS_OUTSIDE_QUARTER']);
    expect(flags[0]?.progressIds).toEqual(['april', 'last-year']);
  });

  it.each([
    ['ร้อยละ', 100.5, true],
    ['%', 120, true],
    ['ร้อยละ', 100, false],
    ['คน', 250, false],
  ])('flags unit %s with result %s above 100: %s', (unit, actual, flagged) => {
    expect(codes(input({ unit, actual, target: 100 })).includes('ACTUAL_ABOVE_PERCENT_TARGET')).toBe(flagged);
  });

  it('flags falling planned values of a cumulative indicator only', () => {
    const quarterTargets = [
      { quarter: 2, plannedValue: 40, assessmentScore: null, pairRaw: null },
      { quarter: 1, plannedValue: 25, assessmentScore: null, pairRaw: null },
      { quarter: 3, plannedValue: 30, assessmentScore: null, pairRaw: null },
      { quarter: 4, plannedValue: 100, assessmentScore: null, pairRaw: null },
    ];

    expect(consistencyFlags(input({ quarterTargets }, { cumulative: true })).map((flag) => flag.messageEn)).toEqual([
      'The planned values of a cumulative indicator fall in quarter 3.',
    ]);
    expect(codes(input({ quarterTargets }, { cumulative: false }))).toEqual([]);
  });

  it('flags milestone steps claimed without evidence', () => {
    const milestones = [
      { level: 1, claimed: true, evidenceCount: 2 },
      { level: 2, claimed: true, evidenceCount: 0 },
      { level: 3, claimed: false, evidenceCount: 0 },
    ];

    expect(consistencyFlags(input({}, { milestones })).map((flag) => flag.messageEn)).toEqual(['Milestone level 2 is claimed without evidence.']);
  });
});
