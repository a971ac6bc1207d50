import { randomUUID } from 'node:crypto';

import { InvalidInputError, RecordNotFoundError, VersionConflictError } from '@bma-kpi/database';

import {
  buildRoundInput,
  buildTransitionInput,
  openTestEvaluationDatabase,
  testBackends,
  type TestEvaluationDatabase,
} from '../../testing';
import { RoundSignedOffError } from '../evaluation-errors';
import { EvaluationRepository } from './evaluation.repository';
import type { EvaluationKeyInput } from './evaluation.types';
import { RoundRepository } from './round.repository';

const agency = { actor: 'agency-0411', correlationId: 'corr-1' };
const evaluator = { actor: 'evaluator-1', correlationId: 'corr-2' };

describe.each(testBackends)('EvaluationRepository on %s', (backend) => {
  let test: TestEvaluationDatabase;
  let rounds: RoundRepository;
  let evaluations: EvaluationRepository;
  let roundId: string;
  let nextQuarter = 1;

  async function createRound(): Promise<string> {
    const round = await rounds.create(buildRoundInput({ fiscalYear: 2564 + Math.floor((nextQuarter - 1) / 4), quarter: ((nextQuarter - 1) % 4) + 1 }), evaluator, []);

    nextQuarter += 1;

    return round.id;
  }

  function key(overrides: Partial<EvaluationKeyInput> = {}): EvaluationKeyInput {
    return { roundId, indicatorId: randomUUID(), agencyCode: '0411', initialState: 'awaitingSubmission', ...overrides };
  }

  beforeAll(async () => {
    test = await openTestEvaluationDatabase(backend);
    rounds = new RoundRepository(test.db.prisma);
    evaluations = new EvaluationRepository(test.db.prisma);
    roundId = await createRound();
  });

  afterAll(async () => {
    await test.dispose();
  });

  it('creates an evaluation once and then returns it', async () => {
    const input = key();
    const first = await evaluations.getOrCreate(input, agency);
    const second = await evaluations.getOrCreate({ ...input, initialState: 'ignored' }, agency);

    expect(first.created).toBe(true);
    expect(first.evaluation.state).toBe('awaitingSubmission');
    expect(first.evaluation.version).toBe(1);
    expect(first.evaluation.score).toBeNull();
    expect(first.evaluation.flags).toEqual([]);
    expect(second).toEqual({ evaluation: first.evaluation, created: false });
    expect(await evaluations.getByKey(roundId, input.indicatorId)).toEqual(first.evaluation);
    expect(await test.db.prisma.changeLog.count({ where: { entity: 'Evaluation', entityId: first.evaluation.id } })).toBe(1);
  });

  it('applies a transition with its audit trail and events', async () => {
    const { evaluation } = await evaluations.getOrCreate(key(), agency);
    const submitted = await evaluations.applyTransition(
      evaluation.id,
      { expectedVersion: 1, action: 'submit', toState: 'submitted', role: 'agency' },
      agency,
      [],
    );
    const scored = await evaluations.applyTransition(evaluation.id, buildTransitionInput({ expectedVersion: 2 }), evaluator, (result) => [
      {
        id: randomUUID(),
        subject: 'events.evaluation.evaluation.scored.v1',
        payload: { evaluationId: result.evaluation.id, version: result.evaluation.version },
        correlationId: 'corr-2',
      },
    ]);
    const log = await test.db.prisma.changeLog.findMany({ where: { entityId: evaluation.id, action: 'update' }, orderBy: { at: 'asc' } });
    const outbox = await test.db.prisma.outboxEvent.findMany({ where: { payload: { path: ['evaluationId'], equals: evaluation.id } } });

    expect(submitted.transition).toMatchObject({ version: 2, fromState: 'awaitingSubmission', toState: 'submitted', actor: 'agency-0411' });
    expect(scored.evaluation).toMatchObject({ state: 'scored', version: 3, score: { achievement: '70', level: 3 }, updatedBy: 'evaluator-1' });
    expect(scored.evaluation.flags).toEqual([{ code: 'narrativeClaimsTargetMet' }]);
    expect(scored.transition).toMatchObject({
      version: 3,
      fromState: 'submitted',
      toState: 'scored',
      action: 'score',
      role: 'evaluator',
      comment: 'ผลการดำเนินงานต่ำกว่าเป้าหมาย',
      partComments: { part1: 'ร้อยละ 70 ของเป้าหมาย' },
      correlationId: 'corr-2',
    });
    expect(await evaluations.transitions(evaluation.id)).toEqual([submitted.transition, scored.transition]);
    expect(log).toHaveLength(2);
    expect(log[1]?.changes).toMatchObject({ state: { from: 'submitted', to: 'scored' }, version: { from: 2, to: 3 } });
    expect(outbox.map((row) => row.payload)).toEqual([{ evaluationId: evaluation.id, version: 3 }]);
  });

  it('reopens one value and closes it again', async () => {
    const { evaluation } = await evaluations.getOrCreate(key(), agency);
    const requested = await evaluations.applyTransition(
      evaluation.id,
      buildTransitionInput({ action: 'requestCorrection', toState: 'correctionRequested', reopenedValue: 'progress:2021-12', reason: 'ตรวจสอบค่าเดือนธันวาคม' }),
      evaluator,
      [],
    );
    const corrected = await evaluations.applyTransition(
      evaluation.id,
      { expectedVersion: 2, action: 'resubmit', toState: 'submitted', role: 'agency', reopenedValue: null, score: null },
      agency,
      [],
    );

    expect(requested.evaluation.reopenedValue).toBe('progress:2021-12');
    expect(requested.transition.reason).toBe('ตรวจสอบค่าเดือนธันวาคม');
    expect(corrected.evaluation.reopenedValue).toBeNull();
    expect(corrected.evaluation.score).toBeNull();
    expect(corrected.evaluation.flags).toEqual(requested.evaluation.flags);
  });

  it('rejects a stale version and writes nothing', async () => {
    const { evaluation } = await evaluations.getOrCreate(key(), agency);

    await evaluations.applyTransition(evaluation.id, buildTransitionInput(), evaluator, []);
    const stale = evaluations.applyTransition(evaluation.id, buildTransitionInput({ toState: 'appealed' }), agency, [
      { id: randomUUID(), subject: 'events.evaluation.evaluation.appealed.v1', payload: { stale: evaluation.id }, correlationId: null },
    ]);

    await expect(stale).rejects.toBeInstanceOf(VersionConflictError);
    await expect(stale).rejects.toMatchObject({ entity: 'Evaluation', expectedVersion: 1, actualVersion: 2 });
    expect((await evaluations.get(evaluation.id))?.state).toBe('scored');
    expect(await evaluations.transitions(evaluation.id)).toHaveLength(1);
    expect(await test.db.prisma.outboxEvent.count({ where: { payload: { equals: { stale: evaluation.id } } } })).toBe(0);
  });

  it('rejects an unknown evaluation', async () => {
    await expect(evaluations.applyTransition(randomUUID(), buildTransitionInput(), evaluator, [])).rejects.toBeInstanceOf(
      RecordNotFoundError,
    );
  });

  it.each([
    [{ expectedVersion: 0 }, 'expectedVersion'],
    [{ action: ' ' }, 'action'],
    [{ toState: '' }, 'toState'],
    [{ role: '' }, 'role'],
  ])('rejects invalid transition %j', async (overrides, field) => {
    const applied = evaluations.applyTransition(randomUUID(), buildTransitionInput(overrides), evaluator, []);

    await expect(applied).rejects.toBeInstanceOf(InvalidInputError);
    await expect(applied).rejects.toMatchObject({ field });
  });

  it('locks evaluations of a signed-off round', async () => {
    const lockedRoundId = await createRound();
    const { evaluation } = await evaluations.getOrCreate(key({ roundId: lockedRoundId }), agency);

    await rounds.signOff(lockedRoundId, 1, evaluator, []);

    await expect(evaluations.applyTransition(evaluation.id, buildTransitionInput(), evaluator, [])).rejects.toBeInstanceOf(
      RoundSignedOffError,
    );
    await expect(evaluations.getOrCreate(key({ roundId: lockedRoundId }), agency)).rejects.toBeInstanceOf(RoundSignedOffError);
    expect(await evaluations.getOrCreate({ ...key({ roundId: lockedRoundId }), indicatorId: evaluation.indicatorId }, agency)).toEqual({
      evaluation,
      created: false,
    });
  });

  it('rejects an evaluation in an unknown round', async () => {
    await expect(evaluations.getOrCreate(key({ roundId: randomUUID() }), agency)).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it('lists the evaluations of a round with filters', async () => {
    const listRoundId = await createRound();

    await evaluations.getOrCreate(key({ roundId: listRoundId, agencyCode: '0500' }), agency);
    await evaluations.getOrCreate(key({ roundId: listRoundId, agencyCode: '0411' }), agency);
    const { evaluation } = await evaluations.getOrCreate(key({ roundId: listRoundId, agencyCode: '0411' }), agency);

    await evaluations.applyTransition(evaluation.id, buildTransitionInput(), evaluator, []);
    const all = await evaluations.listByRound(listRoundId, { page: 1, pageSize: 10 });
    const scored = await evaluations.listByRound(listRoundId, { state: 'scored', page: 1, pageSize: 10 });
    const byAgency = await evaluations.listByRound(listRoundId, { agencyCode: '0500', page: 1, pageSize: 1 });

    expect(all.total).toBe(3);
    expect(all.items.map((item) => item.agencyCode)).toEqual(['0411', '0411', '0500']);
    expect(scored.items.map((item) => item.id)).toEqual([evaluation.id]);
    expect(byAgency.total).toBe(1);
    const outcomes = await evaluations.listOutcomes(listRoundId);

    expect(outcomes).toHaveLength(3);
    expect(outcomes.find((outcome) => outcome.indicatorId === evaluation.indicatorId)).toMatchObject({ state: 'scored' });
    expect(outcomes.every((outcome) => Array.isArray(outcome.flags))).toBe(true);
  });

  if (backend === 'postgres') {
    it('creates one evaluation under concurrent calls', async () => {
      const input = key();
      const results = await Promise.all([1, 2, 3].map(() => evaluations.getOrCreate(input, agency)));

      expect(results.filter((result) => result.created)).toHaveLength(1);
      expect(new Set(results.map((result) => result.evaluation.id)).size).toBe(1);
    });

    it('applies one of two concurrent transitions from one version', async () => {
      const { evaluation } = await evaluations.getOrCreate(key(), agency);
      const outcomes = await Promise.allSettled([
        evaluations.applyTransition(evaluation.id, buildTransitionInput(), evaluator, []),
        evaluations.applyTransition(evaluation.id, buildTransitionInput({ toState: 'returned' }), evaluator, []),
      ]);
      const rejected = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');

      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      expect(rejected).toHaveLength(1);
      expect(rejected[0]?.reason).toBeInstanceOf(VersionConflictError);
      expect(await evaluations.transitions(evaluation.id)).toHaveLength(1);
    });
  }
});
