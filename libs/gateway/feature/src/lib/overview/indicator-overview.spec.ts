import type { EvaluationResponse } from '@bma-kpi/contracts-evaluation';
import type { IndicatorDetail } from '@bma-kpi/contracts-indicators';
import { CommonErrorCode, DomainException } from '@bma-kpi/errors';

import { assertIndicatorReadable, evaluationSections, indicatorSections, quartersWithRounds, type Settled, unavailable } from './indicator-overview';

const timeout = new DomainException(CommonErrorCode.serviceTimeout, 'The evaluation service did not reply', 'บริการไม่ตอบกลับ');
const noRound = new DomainException('EVALUATION_ROUND_NOT_FOUND', 'No round', 'ไม่พบรอบ');

function failed(error: unknown): Settled<never> {
  return { ok: false, error };
}

function evaluation(quarter: number, flagCodes: string[]): Settled<EvaluationResponse> {
  return {
    ok: true,
    value: {
      id: null,
      round: { phase: 'entry', quarter } as EvaluationResponse['round'],
      indicatorId: 'id',
      agencyCode: '0411',
      state: 'draft',
      quarterValue: { status: 'complete' },
      score: null,
      scoreIsPreview: true,
      flags: flagCodes.map((code) => ({ code, messageTh: code, messageEn: code, progressIds: [] })),
      reopenedValue: null,
      inputChangedAt: null,
      version: 0,
      transitions: [],
    },
  };
}

describe('evaluationSections', () => {
  it('marks quarters without a round', () => {
    const sections = evaluationSections(2567, [evaluation(1, []), failed(noRound), failed(noRound), failed(noRound)]);

    expect(sections.evaluations).toMatchObject({ status: 'ok', data: { fiscalYear: 2567 } });
    expect(sections.evaluations.status === 'ok' && sections.evaluations.data.quarters.map((quarter) => quarter.status)).toEqual(['evaluated', 'noRound', 'noRound', 'noRound']);
  });

  it('reads a quarter without a lookup as noRound', () => {
    const sections = evaluationSections(2567, [null, evaluation(2, []), null, null]);

    expect(sections.evaluations.status === 'ok' && sections.evaluations.data.quarters.map((quarter) => quarter.status)).toEqual(['noRound', 'evaluated', 'noRound', 'noRound']);
  });

  it('tags each flag with its quarter', () => {
    const sections = evaluationSections(2567, [evaluation(1, ['A']), evaluation(2, ['B', 'C']), failed(noRound), failed(noRound)]);

    expect(sections.flags.status === 'ok' && sections.flags.data.items.map((flag) => [flag.quarter, flag.code])).toEqual([
      [1, 'A'],
      [2, 'B'],
      [2, 'C'],
    ]);
  });

  it('makes both sections unavailable when one quarter fails', () => {
    const sections = evaluationSections(2567, [evaluation(1, []), failed(timeout), failed(noRound), failed(noRound)]);

    expect(sections.evaluations).toMatchObject({ status: 'unavailable', code: CommonErrorCode.serviceTimeout });
    expect(sections.flags).toEqual(sections.evaluations);
  });
});

describe('quartersWithRounds', () => {
  it('keeps the rounds of the fiscal year only', () => {
    const rounds = [
      { fiscalYear: 2567, quarter: 1 },
      { fiscalYear: 2567, quarter: 3 },
      { fiscalYear: 2566, quarter: 2 },
    ];

    expect([...quartersWithRounds(rounds, 2567)].sort()).toEqual([1, 3]);
  });
});

describe('indicatorSections', () => {
  it('splits the detail into definition, targets and progress', () => {
    const detail = { id: 'id', fiscalYear: 2567, target: 80, actual: 40, achievementPercent: 50, quarterTargets: [], progress: [], assessment: null, title: 'x' } as unknown as IndicatorDetail;
    const sections = indicatorSections({ ok: true, value: detail });

    expect(sections.definition).toEqual({ status: 'ok', data: { id: 'id', fiscalYear: 2567, title: 'x' } });
    expect(sections.targets).toEqual({ status: 'ok', data: { target: 80, quarterTargets: [], assessment: null } });
    expect(sections.progress).toEqual({ status: 'ok', data: { actual: 40, achievementPercent: 50, items: [] } });
  });

  it('marks all three unavailable when the indicator call fails', () => {
    const sections = indicatorSections(failed(timeout));

    expect(sections.definition).toMatchObject({ status: 'unavailable', code: CommonErrorCode.serviceTimeout });
    expect(sections.targets).toEqual(sections.definition);
    expect(sections.progress).toEqual(sections.definition);
  });
});

describe('assertIndicatorReadable', () => {
  it('rethrows a missing indicator', () => {
    const notFound = new DomainException('INDICATOR_NOT_FOUND', 'Not found', 'ไม่พบ');

    expect(() => assertIndicatorReadable(failed(notFound))).toThrow(notFound);
  });

  it.each([CommonErrorCode.serviceTimeout, CommonErrorCode.serviceUnavailable, CommonErrorCode.internal])('keeps the overview on %s', (code) => {
    expect(() => assertIndicatorReadable(failed(new DomainException(code, 'failed', 'ผิดพลาด')))).not.toThrow();
  });
});

describe('unavailable', () => {
  it('hides the message of an unexpected error', () => {
    expect(unavailable(new Error('connect ECONNREFUSED 10.0.0.5:5432'))).toEqual({
      status: 'unavailable',
      code: CommonErrorCode.internal,
      messageTh: 'ไม่สามารถดึงข้อมูลส่วนนี้ได้',
      messageEn: 'This section could not be read.',
    });
  });
});
