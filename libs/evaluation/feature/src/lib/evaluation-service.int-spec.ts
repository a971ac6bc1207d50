import type { INestMicroservice } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';

import type {
  EvaluationMessages,
  EvaluationScoredEvent,
  RoundSignedOffEvent,
  TransitionRequest,
} from '@bma-kpi/contracts-evaluation';
import { EvaluationEvents, EvaluationSubjects, OVERALL_PART_KEY } from '@bma-kpi/contracts-evaluation';
import type { IndicatorsMessages } from '@bma-kpi/contracts-indicators';
import { IndicatorsSubjects } from '@bma-kpi/contracts-indicators';
import type { DomainException } from '@bma-kpi/errors';
import { ServiceClient } from '@bma-kpi/messaging';

import {
  evaluationTestTransports,
  eventually,
  startEvaluationService,
  startIndicatorsService,
  type EvaluationTestTransport,
  type RunningEvaluationService,
} from '../testing/evaluation-test-transport';

jest.setTimeout(60_000);

const unknownIndicatorId = '00000000-0000-4000-8000-000000000000';
const period = { fiscalYear: 2564, quarter: 1 };
const context = { correlationId: 'evaluation-int-spec', actor: 'evaluator-1' };
const agencyContext = { correlationId: 'evaluation-int-spec', actor: 'agency-user-1' };

const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as DomainException);

describe.each(evaluationTestTransports)('evaluation service over %s', (_name, openTransport) => {
  let transport: EvaluationTestTransport;
  let indicatorsService: INestMicroservice | null = null;
  let evaluation: RunningEvaluationService;
  let testProxy: ClientProxy;
  let sut: ServiceClient<EvaluationMessages>;
  let indicators: ServiceClient<IndicatorsMessages>;
  let indicatorId = '';
  let flowIndicatorId = '';

  const transition = (request: Omit<TransitionRequest, 'indicatorId' | 'fiscalYear' | 'quarter'>, actor = context) =>
    sut.request(EvaluationSubjects.evaluationTransition, { ...period, indicatorId, ...request }, actor);
  const countEvents = async (subject: string) => (await transport.events(subject)).length;

  async function createIndicator(code: string, progress: { date: string; value: number; text: string }[]): Promise<string> {
    const created = await indicators.request(
      IndicatorsSubjects.indicatorCreate,
      { fiscalYear: 2564, code, title: 'ร้อยละของชุดข้อมูลที่มีคำอธิบายชุดข้อมูล', agencyCode: '0411', unit: 'ร้อยละ', direction: 'increase', decimals: 2, target: 100, actual: 70 },
      context,
    );

    for (const note of progress) {
      await indicators.request(IndicatorsSubjects.progressAdd, { indicatorId: created.id, ...note }, context);
    }

    return created.id;
  }

  beforeAll(async () => {
    transport = await openTransport();
    indicatorsService = await startIndicatorsService(transport, 'evaluation_indicators');
    evaluation = await startEvaluationService(transport);
    sut = evaluation.client;
    testProxy = transport.client();
    indicators = new ServiceClient(testProxy, { service: 'indicators', subjectPrefix: transport.subjectPrefix, timeoutMs: 10_000 });
    indicatorId = await createIndicator('0411-0005', [
      { date: '2020-10-30', value: 30, text: 'จัดทำคำอธิบายชุดข้อมูลแล้ว 30 ชุด' },
      { date: '2020-11-30', value: 50, text: 'จัดทำคำอธิบายชุดข้อมูลแล้ว 50 ชุด' },
      { date: '2020-12-30', value: 70, text: 'ดำเนินการบรรลุเป้าหมายแล้ว' },
    ]);
    flowIndicatorId = await createIndicator('0411-0006', [
      { date: '2020-10-30', value: 30, text: 'ตุลาคม' },
      { date: '2020-11-30', value: 20, text: 'พฤศจิกายน' },
    ]);
  });

  afterAll(async () => {
    await evaluation?.close();
    await indicatorsService?.close();
    await testProxy?.close();
    await transport?.cleanUp();
  });

  it('creates a round with its schedule', async () => {
    const round = await sut.request(EvaluationSubjects.roundCreate, { ...period, entryDeadline: '2021-01-20' }, context);

    expect(round.status).toBe('open');
    expect(round.entryDeadline).toBe('2021-01-20');
    expect(round.reviewUntil).toBe('2021-02-19');
    expect(round.phase).toBe('overdue');
    expect(round.version).toBe(1);
  });

  it('rejects a duplicate round with 409', async () => {
    const error = await failure(sut.request(EvaluationSubjects.roundCreate, period, context));

    expect(error?.code).toBe('EVALUATION_ROUND_EXISTS');
  });

  it('rejects an entry deadline inside the quarter', async () => {
    const error = await failure(sut.request(EvaluationSubjects.roundCreate, { fiscalYear: 2564, quarter: 2, entryDeadline: '2021-02-01' }, context));

    expect(error?.code).toBe('VALIDATION_FAILED');
  });

  it('gets and lists rounds', async () => {
    const round = await sut.request(EvaluationSubjects.roundGet, period, context);
    const page = await sut.request(EvaluationSubjects.roundList, { fiscalYear: 2564 }, context);
    const missing = await failure(sut.request(EvaluationSubjects.roundGet, { fiscalYear: 2564, quarter: 3 }, context));

    expect(round.entryDeadline).toBe('2021-01-20');
    expect(page.total).toBe(1);
    expect(page.items[0]?.id).toBe(round.id);
    expect(missing?.code).toBe('EVALUATION_ROUND_NOT_FOUND');
  });

  it('previews a score and flags', async () => {
    const preview = await sut.request(EvaluationSubjects.evaluationGet, { ...period, indicatorId }, context);

    expect(preview.id).toBeNull();
    expect(preview.state).toBe('draft');
    expect(preview.agencyCode).toBe('0411');
    expect(preview.quarterValue).toMatchObject({ status: 'complete', value: 70, accumulation: 'cumulative' });
    expect(preview.score).toMatchObject({ status: 'scored', model: 'achievement', percent: 70 });
    expect(preview.scoreIsPreview).toBe(true);
    expect(preview.flags.map((flag) => flag.code)).toEqual(['NARRATIVE_CONTRADICTS_RESULT']);
  });

  it('reports an unknown indicator with 404', async () => {
    const error = await failure(sut.request(EvaluationSubjects.evaluationGet, { ...period, indicatorId: unknownIndicatorId }, context));

    expect(error?.code).toBe('EVALUATION_INDICATOR_NOT_FOUND');
  });

  it('rejects an invalid model in Thai and English', async () => {
    const model = { model: 'milestone', modelVersion: 1, levels: [{ level: 1, descriptionTh: 'ขั้นที่ 1' }] };
    const error = await failure(
      sut.request(EvaluationSubjects.modelAssign, { indicatorId: flowIndicatorId, fiscalYear: 2564, model, accumulation: 'flow' }, context),
    );

    expect(error?.code).toBe('EVALUATION_INVALID_MODEL');
    expect(error?.messageTh).not.toBe('');
    expect(error?.messageEn).not.toBe('');
  });

  it('assigns a model with its history', async () => {
    const request = { indicatorId: flowIndicatorId, fiscalYear: 2564, accumulation: 'flow' as const };

    await sut.request(EvaluationSubjects.modelAssign, { ...request, model: { model: 'achievement', modelVersion: 1, direction: 'increase' }, expectedVersion: 0 }, context);
    const second = await sut.request(EvaluationSubjects.modelAssign, { ...request, model: { model: 'achievement', modelVersion: 1, direction: 'increase' }, expectedVersion: 1 }, context);
    const stale = await failure(sut.request(EvaluationSubjects.modelAssign, { ...request, model: { model: 'achievement', modelVersion: 1, direction: 'increase' }, expectedVersion: 1 }, context));

    expect(second.current?.version).toBe(2);
    expect(second.current?.accumulation).toBe('flow');
    expect(second.current?.model).toEqual({ model: 'achievement', modelVersion: 1, direction: 'increase' });
    expect(second.history.map((entry) => entry.version)).toEqual([1]);
    expect(stale?.code).toBe('EVALUATION_VERSION_CONFLICT');
  });

  it('marks a flow quarter with a missing month incomplete', async () => {
    const preview = await sut.request(EvaluationSubjects.evaluationGet, { ...period, indicatorId: flowIndicatorId }, context);

    expect(preview.quarterValue).toMatchObject({ status: 'incomplete', missingMonths: ['2020-12'] });
    expect(preview.score).toMatchObject({ status: 'unscorable', reason: { code: 'QUARTER_INCOMPLETE' } });
  });

  it('rejects a forbidden transition', async () => {
    const error = await failure(transition({ action: 'score', role: 'evaluator', partComments: [{ partKey: OVERALL_PART_KEY, comment: 'ดี' }] }));

    expect(error?.code).toBe('EVALUATION_TRANSITION_REJECTED');
    expect(error?.extra.details).toMatchObject({ code: 'FORBIDDEN_TRANSITION' });
    expect(error?.messageTh).not.toBe('');
  });

  it('stores nothing for a rejected first action', async () => {
    const preview = await sut.request(EvaluationSubjects.evaluationGet, { ...period, indicatorId }, context);

    expect(preview.id).toBeNull();
    expect(preview.version).toBe(0);
  });

  it('rejects a correction of a value the quarter does not have', async () => {
    const error = await failure(transition({ action: 'requestCorrection', role: 'evaluator', valueKey: 'progress:2021-05', reason: 'ผิดเดือน' }));

    expect(error?.extra.errors?.map((fieldError) => [fieldError.field, fieldError.messageEn])).toEqual([
      ['valueKey', 'valueKey is invalid: use one of actual, progress:2020-10, progress:2020-11, progress:2020-12'],
    ]);
  });

  it('rejects an agency action without its agency code', async () => {
    const error = await failure(transition({ action: 'submit', role: 'agency' }, agencyContext));

    expect(error?.code).toBe('VALIDATION_FAILED');
    expect(error?.extra.errors?.map((fieldError) => fieldError.field)).toEqual(['agencyCode']);
  });

  it('rejects a model for an indicator that does not exist or another year', async () => {
    const model = { model: 'achievement', modelVersion: 1, direction: 'increase' };
    const unknown = await failure(sut.request(EvaluationSubjects.modelAssign, { indicatorId: unknownIndicatorId, fiscalYear: 2564, accumulation: 'flow', model }, context));
    const otherYear = await failure(sut.request(EvaluationSubjects.modelAssign, { indicatorId, fiscalYear: 2565, accumulation: 'flow', model }, context));

    expect(unknown?.code).toBe('EVALUATION_INDICATOR_NOT_FOUND');
    expect(otherYear?.extra.errors?.map((fieldError) => fieldError.field)).toEqual(['fiscalYear']);
  });

  it('rejects a model nested too deep without a server error', async () => {
    let model: Record<string, unknown> = { model: 'achievement', modelVersion: 1, direction: 'increase' };

    for (let depth = 0; depth < 200; depth += 1) {
      model = { model: 'weighted', modelVersion: 1, parts: [{ key: 'p', nameTh: 'ส่วน', weight: 100, definition: model }] };
    }
    const error = await failure(sut.request(EvaluationSubjects.modelAssign, { indicatorId, fiscalYear: 2564, accumulation: 'flow', model }, context));

    expect(error?.code).toBe('EVALUATION_INVALID_MODEL');
  });

  it('walks submit to sign-off', async () => {
    const scoreComments = [{ partKey: OVERALL_PART_KEY, comment: 'ผลการดำเนินงานร้อยละ 70 ต่ำกว่าเป้าหมาย' }];

    const submitted = await transition({ action: 'submit', role: 'agency', agencyCode: '0411' }, agencyContext);
    const scored = await transition({ action: 'score', role: 'evaluator', partComments: scoreComments, expectedVersion: submitted.version });
    const reopened = await transition({ action: 'requestCorrection', role: 'evaluator', valueKey: 'progress:2020-12', reason: 'โปรดแนบหลักฐานเดือนธันวาคม' });
    const reopenedEntry = await sut.request(EvaluationSubjects.progressEntryCheck, { indicatorId, date: '2020-12-31' }, agencyContext);
    const otherMonth = await failure(sut.request(EvaluationSubjects.progressEntryCheck, { indicatorId, date: '2020-11-30' }, agencyContext));

    expect(reopenedEntry).toMatchObject({ accepted: true, month: '2020-12', fiscalYear: 2564, quarter: 1, reopened: true });
    expect(otherMonth?.extra.details).toMatchObject({ rule: 'WINDOW_CLOSED' });
    const corrected = await transition({ action: 'correct', role: 'agency', agencyCode: '0411', valueKey: 'progress:2020-12' }, agencyContext);
    const rescored = await transition({ action: 'score', role: 'evaluator', partComments: scoreComments });
    const signedOff = await transition({ action: 'signOff', role: 'evaluator', comment: 'รับรองผล' });

    expect([submitted, scored, reopened, corrected, rescored, signedOff].map((step) => step.state)).toEqual([
      'submitted', 'scored', 'correctionRequested', 'corrected', 'scored', 'signedOff',
    ]);
    expect(scored.score).toMatchObject({ status: 'scored', percent: 70 });
    expect(scored.scoreIsPreview).toBe(false);
    // The round of 2564 Q1 closed its entry on 20 January 2021, so today's submission is late.
    expect(scored.flags.map((flag) => flag.code)).toEqual(['NARRATIVE_CONTRADICTS_RESULT', 'SUBMITTED_LATE']);
    expect(reopened.reopenedValue).toBe('progress:2020-12');
    expect(corrected.reopenedValue).toBeNull();
    expect(signedOff.version).toBe(7);
    expect(signedOff.transitions.map((step) => step.action)).toEqual(['submit', 'score', 'requestCorrection', 'correct', 'score', 'signOff']);
    expect(signedOff.transitions[0]?.actor).toBe('agency-user-1');
    expect(signedOff.transitions[1]?.partComments).toEqual(scoreComments);
    expect(signedOff.transitions[2]?.reason).toBe('โปรดแนบหลักฐานเดือนธันวาคม');
  });

  it('keeps the scored quarter value after new progress', async () => {
    const before = await sut.request(EvaluationSubjects.evaluationGet, { ...period, indicatorId }, context);

    await indicators.request(IndicatorsSubjects.progressAdd, { indicatorId, date: '2020-12-31', value: 95, text: 'ปรับปรุงผลหลังลงนาม' }, context);
    const after = await sut.request(EvaluationSubjects.evaluationGet, { ...period, indicatorId }, context);

    expect(after.quarterValue).toEqual(before.quarterValue);
    expect(after.quarterValue).toMatchObject({ status: 'complete', value: 70 });
  });

  it('checks progress entries against the round calendar', async () => {
    const bangkokToday = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const nextYear = `${Number(bangkokToday.slice(0, 4)) + 1}${bangkokToday.slice(4, 7)}-01`;
    const current = await sut.request(EvaluationSubjects.progressEntryCheck, { indicatorId, date: bangkokToday }, agencyContext);
    const closed = await failure(sut.request(EvaluationSubjects.progressEntryCheck, { indicatorId: flowIndicatorId, date: '2020-12-01' }, agencyContext));
    const early = await failure(sut.request(EvaluationSubjects.progressEntryCheck, { indicatorId, date: nextYear }, agencyContext));
    const corrected = await failure(sut.request(EvaluationSubjects.progressEntryCheck, { indicatorId, date: '2020-12-31' }, agencyContext));

    expect(current).toMatchObject({ accepted: true, month: bangkokToday.slice(0, 7), reopened: false });
    expect(closed?.code).toBe('EVALUATION_ENTRY_WINDOW_CLOSED');
    // The round's own entry deadline replaces the configured 15th of the next month.
    expect(closed?.extra.details).toMatchObject({ rule: 'WINDOW_CLOSED', deadline: '2021-01-20' });
    expect(closed?.messageTh).toMatch(/หมดเวลาบันทึกผล/);
    expect(early?.extra.details).toMatchObject({ rule: 'WINDOW_NOT_OPEN' });
    // The agency's correction closed December again.
    expect(corrected?.extra.details).toMatchObject({ rule: 'WINDOW_CLOSED' });
  });

  it('rejects a step after sign-off', async () => {
    const error = await failure(transition({ action: 'appeal', role: 'agency', agencyCode: '0411', reason: 'ขออุทธรณ์' }, agencyContext));

    expect(error?.code).toBe('EVALUATION_TRANSITION_REJECTED');
    expect(error?.extra.details).toMatchObject({ code: 'ALREADY_SIGNED_OFF' });
  });

  it('rejects a stale evaluation version', async () => {
    const error = await failure(transition({ action: 'signOff', role: 'evaluator', expectedVersion: 2 }));

    expect(error?.code).toBe('EVALUATION_VERSION_CONFLICT');
  });

  it('returns the stored evaluation', async () => {
    const stored = await sut.request(EvaluationSubjects.evaluationGet, { ...period, indicatorId }, context);

    expect(stored.id).not.toBeNull();
    expect(stored.state).toBe('signedOff');
    expect(stored.transitions).toHaveLength(6);
  });

  it('lists every quarter as the single reads do', async () => {
    const listed = await sut.request(EvaluationSubjects.evaluationListByIndicator, { indicatorId }, context);

    expect(listed.indicatorId).toBe(indicatorId);
    expect(listed.fiscalYear).toBe(2564);
    expect(listed.quarters.map((item) => item.quarter)).toEqual([1, 2, 3, 4]);
    for (const item of listed.quarters) {
      const single = await sut.request(EvaluationSubjects.evaluationGet, { fiscalYear: 2564, quarter: item.quarter, indicatorId }, context).then(
        (value) => ({ value, code: 'none' }),
        (error: unknown) => ({ value: null, code: (error as DomainException).code }),
      );

      expect({ quarter: item.quarter, evaluation: item.evaluation }).toEqual({ quarter: item.quarter, evaluation: single.value });
      expect({ quarter: item.quarter, code: single.code }).toEqual({ quarter: item.quarter, code: item.evaluation === null ? 'EVALUATION_ROUND_NOT_FOUND' : 'none' });
    }
    expect(listed.quarters[0]?.evaluation?.state).toBe('signedOff');
  });

  it('lists no quarters of an unknown indicator', async () => {
    const error = await failure(sut.request(EvaluationSubjects.evaluationListByIndicator, { indicatorId: '00000000-0000-4000-8000-000000000000' }, context));

    expect(error?.code).toBe('EVALUATION_INDICATOR_NOT_FOUND');
  });

  it('scores a lower-is-better indicator from the assigned baseline', async () => {
    const created = await indicators.request(
      IndicatorsSubjects.indicatorCreate,
      { fiscalYear: 2564, code: '0411-0008', title: 'จำนวนเรื่องร้องเรียนค้าง', agencyCode: '0411', unit: 'เรื่อง', direction: 'decrease', target: 40 },
      context,
    );

    for (const [date, value] of [['2020-10-30', 90], ['2020-11-30', 80], ['2020-12-30', 70]] as const) {
      await indicators.request(IndicatorsSubjects.progressAdd, { indicatorId: created.id, date, value, text: 'รายงานผล' }, context);
    }
    const decrease = { model: 'achievement', modelVersion: 1, direction: 'decrease' };
    const assigned = await sut.request(
      EvaluationSubjects.modelAssign,
      { indicatorId: created.id, fiscalYear: 2564, model: decrease, accumulation: 'cumulative', baseline: 100 },
      context,
    );
    const preview = await sut.request(EvaluationSubjects.evaluationGet, { ...period, indicatorId: created.id }, context);

    expect(assigned.current?.baseline).toBe(100);
    // From 100 down to 40, a December value of 70 achieves half of the planned reduction.
    expect(preview.score).toMatchObject({ status: 'scored', percent: 50 });
  });

  it('summarises the year by agency from stored scores and previews', async () => {
    const summary = await sut.request(EvaluationSubjects.summaryGet, { fiscalYear: 2564, quarter: 2, groupBy: 'agency' }, context);
    const [first, second] = summary.overall.trend;

    expect(summary.groups.map((group) => [group.key, group.current.quarter])).toEqual([['0411', 2]]);
    // Q1: the scored indicator counts with its stored 70 %, the baseline one with a preview of 50 %,
    // and the flow one misses December.
    expect(first).toMatchObject({ quarter: 1, indicators: 3, scored: 2, unscorable: 1, metTarget: 0, shareMetTarget: 0, averagePercent: 60 });
    expect(second).toMatchObject({ quarter: 2, indicators: 3, scored: 0, shareMetTarget: null });
    expect(summary.sources).toEqual({ stored: 1, preview: 5 });
  });

  it('groups indicators without a KPI type under none, and rejects an unknown grouping', async () => {
    const byType = await sut.request(EvaluationSubjects.summaryGet, { fiscalYear: 2564, quarter: 1, groupBy: 'kpiType' }, context);
    const error = await failure(sut.request(EvaluationSubjects.summaryGet, { fiscalYear: 2564, quarter: 1, groupBy: 'district' as never }, context));

    expect(byType.groups.map((group) => [group.key, group.nameTh, group.current.indicators])).toEqual([['none', 'ไม่ระบุ', 3]]);
    expect(error?.code).toBe('VALIDATION_FAILED');
    expect(error?.extra.errors?.[0]?.field).toBe('groupBy');
  });

  it('relays scored events through the outbox', async () => {
    await eventually(async () => (await countEvents(EvaluationEvents.evaluationScored)) >= 2);
    const events = await transport.events<EvaluationScoredEvent>(EvaluationEvents.evaluationScored);

    expect(events).toHaveLength(2);
    expect(events[0]?.data).toMatchObject({ indicatorId, agencyCode: '0411', from: 'submitted', to: 'scored', version: 3 });
    expect(events[0]?.data.score).toMatchObject({ percent: 70 });
    expect(await countEvents(EvaluationEvents.evaluationSubmitted)).toBe(1);
    expect(await countEvents(EvaluationEvents.evaluationSignedOff)).toBe(1);
  });

  it('signs a round off once', async () => {
    const stale = await failure(sut.request(EvaluationSubjects.roundSignOff, { ...period, role: 'evaluator', expectedVersion: 5 }, context));
    const round = await sut.request(EvaluationSubjects.roundSignOff, { ...period, role: 'evaluator', expectedVersion: 1 }, context);
    const again = await failure(sut.request(EvaluationSubjects.roundSignOff, { ...period, role: 'evaluator' }, context));

    expect(stale?.code).toBe('EVALUATION_VERSION_CONFLICT');
    expect(round.status).toBe('signedOff');
    expect(round.phase).toBe('signedOff');
    expect(round.signedOffBy).toBe('evaluator-1');
    expect(again?.code).toBe('EVALUATION_ROUND_SIGNED_OFF');
    await eventually(async () => (await countEvents(EvaluationEvents.roundSignedOff)) >= 1);
    const events = await transport.events<RoundSignedOffEvent>(EvaluationEvents.roundSignedOff);

    expect(events.map((event) => event.data.roundId)).toEqual([round.id]);
  });

  it('locks evaluations of a signed-off round', async () => {
    const error = await failure(
      sut.request(EvaluationSubjects.evaluationTransition, { ...period, indicatorId: flowIndicatorId, action: 'submit', role: 'agency', agencyCode: '0411' }, agencyContext),
    );

    expect(error?.code).toBe('EVALUATION_ROUND_SIGNED_OFF');
  });

  it('rejects progress for a month of a signed-off round', async () => {
    const error = await failure(sut.request(EvaluationSubjects.progressEntryCheck, { indicatorId: flowIndicatorId, date: '2020-12-31' }, agencyContext));

    expect(error?.code).toBe('EVALUATION_ENTRY_WINDOW_CLOSED');
    expect(error?.extra.details).toMatchObject({ rule: 'ROUND_SIGNED_OFF' });
  });

  it('reports its health', async () => {
    const health = await sut.request(EvaluationSubjects.healthCheck, {}, context);

    expect(health.status).toBe('ok');
    expect(health.outboxBacklog).toBeGreaterThanOrEqual(0);
    expect(health.consumerLag).toBeGreaterThanOrEqual(0);
  });

  describe('with the indicators service stopped', () => {
    beforeAll(async () => {
      await indicatorsService?.close();
      indicatorsService = null;
    });

    it('answers 503 to an evaluation read', async () => {
      const error = await failure(sut.request(EvaluationSubjects.evaluationGet, { ...period, indicatorId }, context));

      expect(error?.code).toBe('SERVICE_UNAVAILABLE');
    });

    it('answers 503 to a list of quarters', async () => {
      const error = await failure(sut.request(EvaluationSubjects.evaluationListByIndicator, { indicatorId }, context));

      expect(error?.code).toBe('SERVICE_UNAVAILABLE');
    });
  });
});
