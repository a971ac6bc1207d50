import { randomUUID } from 'node:crypto';

import { InvalidInputError } from '@bma-kpi/database';

import { buildRoundInput, openTestEvaluationDatabase, testBackends, type TestEvaluationDatabase } from '../../testing';
import { EvaluationRepository } from './evaluation.repository';
import { InboxRepository } from './inbox.repository';
import { RoundRepository } from './round.repository';

const subject = 'events.indicators.progress.reported.v1';
const audit = { actor: 'system', correlationId: 'corr-1' };

describe.each(testBackends)('InboxRepository on %s', (backend) => {
  let test: TestEvaluationDatabase;
  let inbox: InboxRepository;
  let roundId: string;

  beforeAll(async () => {
    test = await openTestEvaluationDatabase(backend);
    inbox = new InboxRepository(test.db.prisma);
    roundId = (await new RoundRepository(test.db.prisma).create(buildRoundInput(), audit, [])).id;
  });

  afterAll(async () => {
    await test.dispose();
  });

  it('handles a redelivered event once', async () => {
    const eventId = randomUUID();
    const work = jest.fn(() => Promise.resolve('done'));

    expect(await inbox.handleOnce(eventId, subject, work)).toEqual({ handled: true, result: 'done' });
    expect(await inbox.handleOnce(eventId, subject, work)).toEqual({ handled: false });
    expect(work).toHaveBeenCalledTimes(1);
    expect(await inbox.isHandled(eventId)).toBe(true);
    expect(await inbox.isHandled(randomUUID())).toBe(false);
  });

  it('commits the work with the event id', async () => {
    const eventId = randomUUID();
    const indicatorId = randomUUID();
    const createEvaluation = (tx: Parameters<Parameters<InboxRepository['handleOnce']>[2]>[0]) =>
      new EvaluationRepository(tx).getOrCreate({ roundId, indicatorId, agencyCode: '0411', initialState: 'submitted' }, audit);

    const first = await inbox.handleOnce(eventId, subject, createEvaluation);
    const again = await inbox.handleOnce(eventId, subject, createEvaluation);

    expect(first).toMatchObject({ handled: true, result: { created: true } });
    expect(again).toEqual({ handled: false });
    expect(await test.db.prisma.evaluation.count({ where: { indicatorId } })).toBe(1);
  });

  it('records nothing when the work fails', async () => {
    const eventId = randomUUID();
    const indicatorId = randomUUID();
    const failing = async (tx: Parameters<Parameters<InboxRepository['handleOnce']>[2]>[0]) => {
      await new EvaluationRepository(tx).getOrCreate({ roundId, indicatorId, agencyCode: '0411', initialState: 'submitted' }, audit);
      throw new Error('indicator lookup timed out');
    };

    await expect(inbox.handleOnce(eventId, subject, failing)).rejects.toThrow('indicator lookup timed out');
    expect(await inbox.isHandled(eventId)).toBe(false);
    expect(await test.db.prisma.evaluation.count({ where: { indicatorId } })).toBe(0);
    expect(await inbox.handleOnce(eventId, subject, () => Promise.resolve(1))).toEqual({ handled: true, result: 1 });
  });

  it('rejects an event id that is not a UUID', async () => {
    const handled = inbox.handleOnce('msg-1', subject, () => Promise.resolve(1));

    await expect(handled).rejects.toBeInstanceOf(InvalidInputError);
    await expect(handled).rejects.toMatchObject({ field: 'eventId' });
  });

  if (backend === 'postgres') {
    it('runs the work once for concurrent deliveries', async () => {
      const eventId = randomUUID();
      let runs = 0;
      const slowWork = async () => {
        runs += 1;
        await new Promise((resolve) => setTimeout(resolve, 200));

        return runs;
      };
      const outcomes = await Promise.all([1, 2, 3].map(() => inbox.handleOnce(eventId, subject, slowWork)));

      expect(runs).toBe(1);
      expect(outcomes.filter((outcome) => outcome.handled)).toHaveLength(1);
    });
  }
});
