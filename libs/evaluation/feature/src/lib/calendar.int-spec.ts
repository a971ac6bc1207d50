import type { DomainException } from '@bma-kpi/errors';
import { EvaluationSubjects } from '@bma-kpi/contracts-evaluation';

import {
  evaluationTestTransports,
  startEvaluationService,
  type EvaluationTestTransport,
  type RunningEvaluationService,
} from '../testing/evaluation-test-transport';

jest.setTimeout(60_000);

const context = { correlationId: 'calendar-int-spec', actor: 'evaluator-1' };
const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as DomainException);

describe.each(evaluationTestTransports)('evaluation calendar over %s', (_name, openTransport) => {
  let transport: EvaluationTestTransport;
  let evaluation: RunningEvaluationService;

  const calendar = (fiscalYear: number) => evaluation.client.request(EvaluationSubjects.calendarGet, { fiscalYear }, context);

  beforeAll(async () => {
    transport = await openTransport();
    evaluation = await startEvaluationService(transport, {
      calendar: { entryDeadlineDay: 15, reviewPeriodDays: 30, roundOverrides: [{ fiscalYear: 2569, quarter: 3, reviewEndDate: '2026-08-31' }] },
    });
    await evaluation.client.request(EvaluationSubjects.roundCreate, { fiscalYear: 2569, quarter: 1 }, context);
    await evaluation.client.request(EvaluationSubjects.roundSignOff, { fiscalYear: 2569, quarter: 1, role: 'evaluator' }, context);
    await evaluation.client.request(EvaluationSubjects.roundCreate, { fiscalYear: 2569, quarter: 2, entryDeadline: '2026-04-20' }, context);
  });

  afterAll(async () => {
    await evaluation?.close();
    await transport?.cleanUp();
  });

  it('returns the twelve monthly deadlines', async () => {
    const sut = await calendar(2569);

    expect(sut.months.map((month) => [month.month, month.quarter, month.deadline])).toEqual([
      ['2025-10', 1, '2025-11-15'],
      ['2025-11', 1, '2025-12-15'],
      ['2025-12', 1, '2026-01-15'],
      ['2026-01', 2, '2026-04-20'],
      ['2026-02', 2, '2026-04-20'],
      ['2026-03', 2, '2026-04-20'],
      ['2026-04', 3, '2026-05-15'],
      ['2026-05', 3, '2026-06-15'],
      ['2026-06', 3, '2026-07-15'],
      ['2026-07', 4, '2026-08-15'],
      ['2026-08', 4, '2026-09-15'],
      ['2026-09', 4, '2026-10-15'],
    ]);
  });

  it('returns each round with its state and dates', async () => {
    const sut = await calendar(2569);

    expect(sut.rounds.map((round) => [round.quarter, round.exists, round.signedOff, round.entryDeadline, round.reviewEndDate, round.overridden])).toEqual([
      [1, true, true, '2026-01-15', '2026-02-14', false],
      [2, true, false, '2026-04-20', '2026-05-20', true],
      [3, false, false, '2026-07-15', '2026-08-31', true],
      [4, false, false, '2026-10-15', '2026-11-14', false],
    ]);
    expect(sut.rounds[1]?.evaluationStates).toEqual({});
  });

  it('rejects a Christian-era fiscal year naming the field', async () => {
    const error = await failure(calendar(2025));

    expect(error?.code).toBe('VALIDATION_FAILED');
    expect(error?.extra.errors?.[0]?.field).toBe('fiscalYear');
  });
});
