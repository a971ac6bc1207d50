import { randomUUID } from 'node:crypto';

import { OutboxRepository } from '@bma-kpi/database';

import { buildRoundInput, buildTransitionInput, openTestEvaluationDatabase, testBackends, type TestEvaluationDatabase } from '../testing';
import { EvaluationDatabase } from './evaluation-database';
import { EvaluationRepository } from './repositories/evaluation.repository';
import { RoundRepository } from './repositories/round.repository';

const audit = { actor: 'evaluator-1', correlationId: 'corr-1' };

describe.each(testBackends)('EvaluationDatabase on %s', (backend) => {
  let test: TestEvaluationDatabase;

  beforeAll(async () => {
    test = await openTestEvaluationDatabase(backend);
  });

  afterAll(async () => {
    await test.dispose();
  });

  it('applies the migrations into its schema', async () => {
    const tables = await test.db.database.query<{ table_name: string }>(
      'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
      [test.db.database.schema],
    );

    expect(test.db.migrations.applied.length).toBe(3);
    expect(tables.map((row) => row.table_name)).toEqual(
      expect.arrayContaining([
        'AgencyArtefact',
        'ChangeLog',
        'DeadLetterEvent',
        'Evaluation',
        'EvaluationRound',
        'EvaluationTransition',
        'InboxEvent',
        'ScoringModelAssignment',
        'outbox',
      ]),
    );
  });

  it('rejects UPDATE and DELETE of transitions', async () => {
    const round = await new RoundRepository(test.db.prisma).create(buildRoundInput({ quarter: 4 }), audit, []);
    const evaluations = new EvaluationRepository(test.db.prisma);
    const { evaluation } = await evaluations.getOrCreate(
      { roundId: round.id, indicatorId: randomUUID(), agencyCode: '0411', initialState: 'submitted' },
      audit,
    );
    const { transition } = await evaluations.applyTransition(evaluation.id, buildTransitionInput(), audit, []);

    await expect(
      test.db.prisma.evaluationTransition.update({ where: { id: transition.id }, data: { reason: 'changed' } }),
    ).rejects.toThrow(/append-only, so UPDATE/);
    await expect(test.db.prisma.evaluationTransition.delete({ where: { id: transition.id } })).rejects.toThrow(
      /append-only, so DELETE/,
    );
    expect(await evaluations.transitions(evaluation.id)).toEqual([transition]);
  });

  it('relays outbox events in write order', async () => {
    const outbox = new OutboxRepository(test.db.prisma, { instanceId: 'relay-1' });
    const ids = [randomUUID(), randomUUID()];

    await new RoundRepository(test.db.prisma).create(
      buildRoundInput({ quarter: 2 }),
      audit,
      ids.map((id) => ({ id, subject: 'events.evaluation.round.created.v1', payload: { id }, correlationId: 'corr-1' })),
    );
    const pending = await outbox.fetchPending(10);

    expect(pending.map((message) => message.id)).toEqual(ids);
    await outbox.markSent(ids);
    expect(await outbox.fetchPending(10)).toEqual([]);
  });
});

describe('EvaluationDatabase on a reopened PostgreSQL schema', () => {
  it('finds its migrations applied', async () => {
    const test = await openTestEvaluationDatabase('postgres');

    try {
      const again = await EvaluationDatabase.open(test.url);

      try {
        expect(again.migrations.applied).toEqual([]);
        expect(again.migrations.alreadyApplied).toEqual(test.db.migrations.applied);
      } finally {
        await again.close();
      }
    } finally {
      await test.dispose();
    }
  });
});
