import { randomUUID } from 'node:crypto';

import { InvalidInputError, RecordNotFoundError, VersionConflictError } from '@bma-kpi/database';
import type { OutboxMessage } from '@bma-kpi/messaging';

import { buildRoundInput, openTestEvaluationDatabase, testBackends, type TestEvaluationDatabase } from '../../testing';
import { RoundExistsError, RoundSignedOffError } from '../evaluation-errors';
import { RoundRepository } from './round.repository';

const audit = { actor: 'evaluator-1', correlationId: 'corr-1' };

function event(subject: string, payload: unknown = {}): OutboxMessage {
  return { id: randomUUID(), subject, payload, correlationId: 'corr-1' };
}

describe.each(testBackends)('RoundRepository on %s', (backend) => {
  let test: TestEvaluationDatabase;
  let rounds: RoundRepository;

  beforeAll(async () => {
    test = await openTestEvaluationDatabase(backend);
    rounds = new RoundRepository(test.db.prisma);
  });

  afterAll(async () => {
    await test.dispose();
  });

  it('creates and reads back a round', async () => {
    const created = await rounds.create(buildRoundInput({ fiscalYear: 2564, quarter: 1 }), audit, []);

    expect(created.status).toBe('open');
    expect(created.version).toBe(1);
    expect(created.entryDeadline).toBe('2021-01-10T16:59:59.000Z');
    expect(created.reviewUntil).toBe('2021-01-31T16:59:59.000Z');
    expect(created.signedOffAt).toBeNull();
    expect(created.createdBy).toBe('evaluator-1');
    expect(await rounds.get(created.id)).toEqual(created);
    expect(await rounds.getByPeriod(2564, 1)).toEqual(created);
    expect(await rounds.getByPeriod(2564, 2)).toBeNull();
    expect(await rounds.get(randomUUID())).toBeNull();
  });

  it('writes a ChangeLog row and the events with a create', async () => {
    const created = await rounds.create(buildRoundInput({ fiscalYear: 2565, quarter: 1 }), audit, (round) => [
      event('events.evaluation.round.created.v1', { roundId: round.id }),
    ]);
    const log = await test.db.prisma.changeLog.findMany({ where: { entityId: created.id } });
    const outbox = await test.db.prisma.outboxEvent.findMany({ where: { payload: { equals: { roundId: created.id } } } });

    expect(log.map((row) => [row.entity, row.action, row.actor, row.correlationId])).toEqual([
      ['EvaluationRound', 'create', 'evaluator-1', 'corr-1'],
    ]);
    expect(log[0]?.changes).toMatchObject({ fiscalYear: { from: null, to: 2565 }, quarter: { from: null, to: 1 } });
    expect(outbox.map((row) => row.subject)).toEqual(['events.evaluation.round.created.v1']);
  });

  it('rejects a duplicate round', async () => {
    await rounds.create(buildRoundInput({ fiscalYear: 2566, quarter: 3 }), audit, []);
    const duplicate = rounds.create(buildRoundInput({ fiscalYear: 2566, quarter: 3 }), audit, [
      event('events.evaluation.round.created.v1', { duplicate: true }),
    ]);

    await expect(duplicate).rejects.toBeInstanceOf(RoundExistsError);
    await expect(duplicate).rejects.toThrow('fiscal year 2566 quarter 3 already exists');
    expect(await test.db.prisma.outboxEvent.count({ where: { payload: { equals: { duplicate: true } } } })).toBe(0);
  });

  it.each([
    [{ quarter: 0 }, 'quarter'],
    [{ quarter: 5 }, 'quarter'],
    [{ fiscalYear: 2021 }, 'fiscalYear'],
    [{ entryDeadline: '2021-01-10 23:59' }, 'entryDeadline'],
    [{ entryDeadline: '2021-01-10T23:59:59' }, 'entryDeadline'],
    [{ entryDeadline: '2021-02-01T00:00:00Z', reviewUntil: '2021-01-31T00:00:00Z' }, 'reviewUntil'],
  ])('rejects invalid input %j', async (overrides, field) => {
    const created = rounds.create(buildRoundInput({ fiscalYear: 2567, ...overrides }), audit, []);

    await expect(created).rejects.toBeInstanceOf(InvalidInputError);
    await expect(created).rejects.toMatchObject({ field });
  });

  it('lists rounds latest first with filters', async () => {
    await rounds.create(buildRoundInput({ fiscalYear: 2570, quarter: 1 }), audit, []);
    await rounds.create(buildRoundInput({ fiscalYear: 2570, quarter: 2 }), audit, []);
    await rounds.create(buildRoundInput({ fiscalYear: 2570, quarter: 3 }), audit, []);
    const first = await rounds.list({ fiscalYear: 2570, page: 1, pageSize: 2 });
    const second = await rounds.list({ fiscalYear: 2570, page: 2, pageSize: 2 });

    expect(first.total).toBe(3);
    expect(first.items.map((round) => round.quarter)).toEqual([3, 2]);
    expect(second.items.map((round) => round.quarter)).toEqual([1]);
    expect((await rounds.list({ fiscalYear: 2570, status: 'signedOff', page: 1, pageSize: 10 })).total).toBe(0);
    await expect(rounds.list({ page: 0, pageSize: 10 })).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('signs off a round at the expected version', async () => {
    const created = await rounds.create(buildRoundInput({ fiscalYear: 2571, quarter: 1 }), audit, []);
    const signed = await rounds.signOff(created.id, 1, { actor: 'director', correlationId: 'corr-2' }, (round) => [
      event('events.evaluation.round.signed-off.v1', { signedOff: round.id }),
    ]);
    const log = await test.db.prisma.changeLog.findMany({ where: { entityId: created.id, action: 'update' } });

    expect(signed.status).toBe('signedOff');
    expect(signed.version).toBe(2);
    expect(signed.signedOffBy).toBe('director');
    expect(signed.signedOffAt).not.toBeNull();
    expect(log[0]?.changes).toMatchObject({ status: { from: 'open', to: 'signedOff' } });
    expect(await test.db.prisma.outboxEvent.count({ where: { payload: { equals: { signedOff: created.id } } } })).toBe(1);
  });

  it('rejects sign-off at a stale version', async () => {
    const created = await rounds.create(buildRoundInput({ fiscalYear: 2572, quarter: 1 }), audit, []);

    await rounds.updateWindows(created.id, { entryDeadline: null }, 1, audit, []);
    const stale = rounds.signOff(created.id, 1, audit, [event('events.evaluation.round.signed-off.v1', { stale: true })]);

    await expect(stale).rejects.toBeInstanceOf(VersionConflictError);
    await expect(stale).rejects.toMatchObject({ expectedVersion: 1, actualVersion: 2 });
    expect((await rounds.get(created.id))?.status).toBe('open');
    expect(await test.db.prisma.outboxEvent.count({ where: { payload: { equals: { stale: true } } } })).toBe(0);
  });

  it('rejects changes to a signed-off round', async () => {
    const created = await rounds.create(buildRoundInput({ fiscalYear: 2573, quarter: 1 }), audit, []);

    await rounds.signOff(created.id, 1, audit, []);

    await expect(rounds.signOff(created.id, 2, audit, [])).rejects.toBeInstanceOf(RoundSignedOffError);
    await expect(rounds.updateWindows(created.id, { reviewUntil: null }, 2, audit, [])).rejects.toBeInstanceOf(
      RoundSignedOffError,
    );
  });

  it('changes window overrides', async () => {
    const created = await rounds.create(buildRoundInput({ fiscalYear: 2574, quarter: 1 }), audit, []);
    const updated = await rounds.updateWindows(
      created.id,
      { entryDeadline: '2021-01-15T23:59:59+07:00' },
      1,
      audit,
      [],
    );

    expect(updated.entryDeadline).toBe('2021-01-15T16:59:59.000Z');
    expect(updated.reviewUntil).toBe(created.reviewUntil);
    expect(updated.version).toBe(2);
    await expect(
      rounds.updateWindows(created.id, { reviewUntil: '2021-01-01T00:00:00Z' }, 2, audit, []),
    ).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('rejects sign-off of an unknown round', async () => {
    await expect(rounds.signOff(randomUUID(), 1, audit, [])).rejects.toBeInstanceOf(RecordNotFoundError);
  });
});
