import { randomUUID } from 'node:crypto';

import { InvalidInputError, VersionConflictError } from '@bma-kpi/database';

import { buildAssignModelInput, openTestEvaluationDatabase, testBackends, type TestEvaluationDatabase } from '../../testing';
import { ModelAssignmentRepository } from './model-assignment.repository';

const audit = { actor: 'evaluator-1', correlationId: 'corr-1' };
const milestoneModel = { kind: 'milestone', levels: ['ขั้นที่ 1', 'ขั้นที่ 2', 'ขั้นที่ 3', 'ขั้นที่ 4', 'ขั้นที่ 5'] };

describe.each(testBackends)('ModelAssignmentRepository on %s', (backend) => {
  let test: TestEvaluationDatabase;
  let assignments: ModelAssignmentRepository;

  beforeAll(async () => {
    test = await openTestEvaluationDatabase(backend);
    assignments = new ModelAssignmentRepository(test.db.prisma);
  });

  afterAll(async () => {
    await test.dispose();
  });

  it('assigns version 1 and reads it as current', async () => {
    const input = buildAssignModelInput();
    const assigned = await assignments.assign(input, null, audit, []);

    expect(assigned.version).toBe(1);
    expect(assigned.supersededAt).toBeNull();
    expect(assigned.model).toEqual(input.model);
    expect(assigned.assignedBy).toBe('evaluator-1');
    expect(await assignments.current(input.indicatorId, 2564)).toEqual(assigned);
    expect(await assignments.current(input.indicatorId, 2565)).toBeNull();
  });

  it('supersedes the current assignment and keeps history', async () => {
    const input = buildAssignModelInput();
    const first = await assignments.assign(input, null, audit, []);
    const second = await assignments.assign({ ...input, model: milestoneModel, modelVersion: 2 }, 1, audit, (record) => [
      { id: randomUUID(), subject: 'events.evaluation.model.assigned.v1', payload: { assignment: record.id }, correlationId: null },
    ]);
    const history = await assignments.history(input.indicatorId, 2564);

    expect(second.version).toBe(2);
    expect(second.modelVersion).toBe(2);
    expect(await assignments.current(input.indicatorId, 2564)).toEqual(second);
    expect(history.map((record) => record.version)).toEqual([1, 2]);
    expect(history[0]?.id).toBe(first.id);
    expect(history[0]?.supersededAt).not.toBeNull();
    expect(history[0]?.model).toEqual(input.model);
    expect(await test.db.prisma.outboxEvent.count({ where: { payload: { equals: { assignment: second.id } } } })).toBe(1);
    expect(await test.db.prisma.changeLog.count({ where: { entity: 'ScoringModelAssignment', entityId: second.id } })).toBe(1);
  });

  it('rejects a stale expected version', async () => {
    const input = buildAssignModelInput();

    await assignments.assign(input, null, audit, []);
    await assignments.assign(input, 1, audit, []);
    const stale = assignments.assign(input, 1, audit, []);

    await expect(stale).rejects.toBeInstanceOf(VersionConflictError);
    await expect(stale).rejects.toMatchObject({ expectedVersion: 1, actualVersion: 2 });
    await expect(assignments.assign(input, null, audit, [])).rejects.toBeInstanceOf(VersionConflictError);
    expect(await assignments.history(input.indicatorId, 2564)).toHaveLength(2);
  });

  it('appends without a check when no version is expected', async () => {
    const input = buildAssignModelInput();

    await assignments.assign(input, undefined, audit, []);
    const second = await assignments.assign(input, undefined, audit, []);

    expect(second.version).toBe(2);
  });

  it('lists the current assignments of many indicators', async () => {
    const first = buildAssignModelInput({ fiscalYear: 2566 });
    const second = buildAssignModelInput({ fiscalYear: 2566 });

    await assignments.assign(first, null, audit, []);
    await assignments.assign(first, 1, audit, []);
    await assignments.assign(second, null, audit, []);
    const current = await assignments.listCurrent([first.indicatorId, second.indicatorId, randomUUID()], 2566);

    expect(current.map((record) => [record.indicatorId, record.version]).sort()).toEqual(
      [[first.indicatorId, 2], [second.indicatorId, 1]].sort(),
    );
  });

  it.each([
    [{ indicatorId: 'kpi-1' }, 'indicatorId'],
    [{ fiscalYear: 2021 }, 'fiscalYear'],
    [{ modelVersion: 0 }, 'modelVersion'],
  ])('rejects invalid input %j', async (overrides, field) => {
    const assigned = assignments.assign(buildAssignModelInput(overrides), null, audit, []);

    await expect(assigned).rejects.toBeInstanceOf(InvalidInputError);
    await expect(assigned).rejects.toMatchObject({ field });
  });

  if (backend === 'postgres') {
    it('serialises concurrent assignments of one indicator', async () => {
      const input = buildAssignModelInput({ fiscalYear: 2567 });
      const results = await Promise.all([1, 2, 3, 4].map(() => assignments.assign(input, undefined, audit, [])));

      expect(results.map((record) => record.version).sort()).toEqual([1, 2, 3, 4]);
      expect((await assignments.current(input.indicatorId, 2567))?.version).toBe(4);
    });
  }
});
