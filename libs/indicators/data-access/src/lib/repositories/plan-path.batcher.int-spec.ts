import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../generated/prisma/client';
import { openTestIndicatorsDatabase, testBackends, type TestIndicatorsDatabase } from '../../testing';
import { phase2EditionCode } from '../seed/plan.seed-data';
import { PlanPathBatcher } from './plan-path.batcher';
import { planPathOf, PlanRepository } from './plan.repository';

/** Wraps a client to count its raw queries, because planPathsOf reads with $queryRaw only. */
function countingClient(prisma: PrismaClient): { client: PrismaClient; queries: () => number } {
  let count = 0;
  const client = new Proxy(prisma, {
    get(target, property, receiver) {
      if (property === '$queryRaw') {
        return (...args: Parameters<PrismaClient['$queryRaw']>) => {
          count += 1;

          return target.$queryRaw(...args);
        };
      }

      return Reflect.get(target, property, receiver) as unknown;
    },
  });

  return { client, queries: () => count };
}

describe.each(testBackends)('PlanPathBatcher on %s', (backend) => {
  let test: TestIndicatorsDatabase;
  let prisma: PrismaClient;
  let goalId: string;
  let subDimensionId: string;

  beforeAll(async () => {
    test = await openTestIndicatorsDatabase(backend);
    prisma = test.db.prisma;
    const plans = new PlanRepository(prisma);

    goalId = await plans.ensurePath(
      phase2EditionCode,
      [
        { level: 'dimension', code: '7', nameTh: 'มิติทดสอบ', nameEn: 'Test dimension' },
        { level: 'subDimension', code: '7.1', nameTh: 'มิติย่อยทดสอบ', nameEn: null },
        { level: 'goal', code: '7.1.1', nameTh: 'เป้าหมายทดสอบ', nameEn: null },
      ],
      'test',
    );
    subDimensionId = await plans.ensurePath(
      phase2EditionCode,
      [
        { level: 'dimension', code: '7', nameTh: 'มิติทดสอบ', nameEn: 'Test dimension' },
        { level: 'subDimension', code: '7.2', nameTh: 'มิติย่อยที่สอง', nameEn: null },
      ],
      'test',
    );
  });

  afterAll(async () => {
    await test.dispose();
  });

  it('reads concurrent loads with one query', async () => {
    const { client, queries } = countingClient(prisma);
    const batcher = new PlanPathBatcher(client);
    const unknownId = randomUUID();

    const [goal, again, subDimension, unknown] = await Promise.all([
      batcher.load(goalId),
      batcher.load(goalId),
      batcher.load(subDimensionId),
      batcher.load(unknownId),
    ]);

    expect(queries()).toBe(1);
    expect(goal).toEqual(await planPathOf(prisma, goalId));
    expect(again).toEqual(goal);
    expect(again).not.toBe(goal);
    expect(goal.map((node) => node.code)).toEqual(['7', '7.1', '7.1.1']);
    expect(subDimension.map((node) => node.code)).toEqual(['7', '7.2']);
    expect(unknown).toEqual([]);
  });

  it('queries again for later loads', async () => {
    const { client, queries } = countingClient(prisma);
    const batcher = new PlanPathBatcher(client);

    await batcher.load(goalId);
    const later = await batcher.load(goalId);

    expect(queries()).toBe(2);
    expect(later.map((node) => node.code)).toEqual(['7', '7.1', '7.1.1']);
  });

  it('rejects every load of a failed query', async () => {
    const batcher = new PlanPathBatcher(prisma);
    // An id that is not a UUID makes PostgreSQL reject the cast, so the whole batch fails.
    const loads = [batcher.load(goalId), batcher.load('not-a-uuid')];

    await expect(loads[0]).rejects.toThrow();
    await expect(loads[1]).rejects.toThrow();
    await expect(batcher.load(goalId)).resolves.toHaveLength(3);
  });
});
