import type { EvaluationResponse, IndicatorEvaluationsResponse } from '@bma-kpi/contracts-evaluation';
import type { IndicatorDetail } from '@bma-kpi/contracts-indicators';
import { CommonErrorCode, DomainException } from '@bma-kpi/errors';

import { assertIndicatorReadable, evaluationSections, indicatorSections, type Settled, unavailable } from './indicator-overview';

const timeout = new DomainException(CommonErrorCode.serviceTimeout, 'The evaluation service did not reply', 'บริการไม่ตอบกลับ');
const indicatorRead: Settled<IndicatorDetail> = { ok: true, value: { id: 'id', fiscalYear: 2567 } as IndicatorDetail };

function failed(error: unknown): Settled<never> {
  return { ok: false, error };
}

function evaluation(quarter: number, flagCodes: string[]): EvaluationResponse {
  return {
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
  };
}

function listed(...evaluations: (EvaluationResponse | null)[]): Settled<IndicatorEvaluationsResponse> {
  return { ok: true, value: { indicatorId: 'id', fiscalYear: 2567, quarters: evaluations.map((item, index) => ({ quarter: index + 1, evaluation: item })) } };
}

describe('evaluationSections', () => {
  it('marks quarters without a round', () => {
    const sections = evaluationSections(indicatorRead, listed(evaluation(1, []), null, null, null));

    expect(sections.evaluations).toMatchObject({ status: 'ok', data: { fiscalYear: 2567 } });
    expect(sections.evaluations.status === 'ok' && sections.evaluations.data.quarters.map((quarter) => quarter.status)).toEqual(['evaluated', 'noRound', 'noRound', 'noRound']);
  });

  it('keeps the evaluation fields and round phase', () => {
    const sections = evaluationSections(indicatorRead, listed(null, evaluation(2, []), null, null));
    const second = sections.evaluations.status === 'ok' ? sections.evaluations.data.quarters[1] : null;

    expect(second).toEqual({
      quarter: 2,
      status: 'evaluated',
      evaluation: { id: null, state: 'draft', quarterValue: { status: 'complete' }, score: null, scoreIsPreview: true, inputChangedAt: null, version: 0, roundPhase: 'entry' },
    });
  });

  it('tags each flag with its quarter', () => {
    const sections = evaluationSections(indicatorRead, listed(evaluation(1, ['A']), evaluation(2, ['B', 'C']), null, null));

    expect(sections.flags.status === 'ok' && sections.flags.data.items.map((flag) => [flag.quarter, flag.code])).toEqual([
      [1, 'A'],
      [2, 'B'],
      [2, 'C'],
    ]);
  });

  it('makes both sections unavailable when the list fails', () => {
    const sections = evaluationSections(indicatorRead, failed(timeout));

    expect(sections.evaluations).toMatchObject({ status: 'unavailable', code: CommonErrorCode.serviceTimeout });
    expect(sections.flags).toEqual(sections.evaluations);
  });

  it('gives both sections the indicator failure', () => {
    const unreachable = new DomainException(CommonErrorCode.serviceUnavailable, 'No indicators service', 'ไม่มีบริการ');
    const sections = evaluationSections(failed(unreachable), listed(evaluation(1, [])));

    expect(sections.evaluations).toMatchObject({ status: 'unavailable', code: CommonErrorCode.serviceUnavailable });
    expect(sections.flags).toEqual(sections.evaluations);
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
