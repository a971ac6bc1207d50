import type { EvaluationRecord } from '@bma-kpi/evaluation-data-access';

import { toEvaluationListItem } from './evaluation-list.service';

function record(overrides: Partial<EvaluationRecord> = {}): EvaluationRecord {
  return {
    id: 'e0a1b2c3-d4e5-4f60-8a7b-9c0d1e2f3a4b',
    roundId: 'f1a2b3c4-d5e6-4f70-9a8b-0c1d2e3f4a5b',
    indicatorId: '0d6f3c1e-5b7a-4f2e-9c41-8a2b6e0f7d15',
    agencyCode: '0411',
    state: 'scored',
    score: { status: 'scored', model: 'achievement', percent: '70', quarterValue: { status: 'complete', value: 70 } },
    flags: [{ code: 'NARRATIVE_CONTRADICTS_RESULT', messageTh: 'ข้อความ', messageEn: 'message', progressIds: [] }],
    reopenedValue: null,
    inputChangedAt: null,
    version: 3,
    createdBy: 'user:evaluator',
    updatedBy: 'user:evaluator',
    createdAt: '2021-10-16T03:00:00.000Z',
    updatedAt: '2021-10-20T03:00:00.000Z',
    ...overrides,
  };
}

describe('toEvaluationListItem', () => {
  it('moves the stored quarter value out of the score', () => {
    const sut = toEvaluationListItem(record(), false);

    expect(sut.quarterValue).toEqual({ status: 'complete', value: 70 });
    expect(sut.score).toEqual({ status: 'scored', model: 'achievement', percent: '70' });
  });

  it('returns nulls before the first score', () => {
    const sut = toEvaluationListItem(record({ state: 'submitted', score: null }), false);

    expect(sut.score).toBeNull();
    expect(sut.quarterValue).toBeNull();
  });

  it.each([
    ['an open round, scored', 'scored', false, false],
    ['an open round, signed off', 'signedOff', false, true],
    ['a signed-off round', 'scored', true, true],
  ])('marks sign-off in %s', (_case, state, roundSignedOff, expected) => {
    expect(toEvaluationListItem(record({ state }), roundSignedOff).signedOff).toBe(expected);
  });

  it('keeps the flags and version', () => {
    const sut = toEvaluationListItem(record(), false);

    expect(sut.flags.map((flag) => flag.code)).toEqual(['NARRATIVE_CONTRADICTS_RESULT']);
    expect(sut.version).toBe(3);
  });
});
