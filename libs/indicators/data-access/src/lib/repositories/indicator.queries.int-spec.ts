import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../generated/prisma/client';
import { createIndicator, openTestIndicatorsDatabase, testBackends, type TestIndicatorsDatabase } from '../../testing';
import { phase2EditionCode } from '../seed/plan.seed-data';
import { AgencyRepository } from './agency.repository';
import { queryIndicatorDetail, queryIndicatorSummary, queryScoringIndicator } from './indicator.queries';
import { IndicatorRepository } from './indicator.repository';
import { progressOrder, summaryInclude, toAgencyReference, toPlanPathEntry, toProgressRecord, toQuarterTargetRecord, toSummary } from './indicator.mapper';
import type { IndicatorDetail, JsonValue } from './indicator.types';
import { planPathOf, PlanRepository } from './plan.repository';

/** The detail as Prisma reads it relation by relation, which the single statement must equal. */
async function readWithPrisma(prisma: PrismaClient, id: string): Promise<IndicatorDetail | null> {
  const row = await prisma.indicator.findUnique({
    where: { id },
    include: { agency: true, quarterTargets: { orderBy: { quarter: 'asc' } }, progressReports: { orderBy: progressOrder } },
  });

  if (row === null) {
    return null;
  }
  const { planNode: _leaf, ...summary } = toSummary({ ...row, planNode: null });
  const planPath = row.planNodeId === null ? [] : await planPathOf(prisma, row.planNodeId);

  return {
    ...summary,
    agency: toAgencyReference(row.agency),
    typeRaw: row.typeRaw,
    decimals: row.decimals,
    direction: row.direction,
    planNodeId: row.planNodeId,
    planPath: planPath.map(toPlanPathEntry),
    assessment: row.assessment as JsonValue | null,
    definitions: row.definitions as JsonValue,
    calculation: row.calculation as JsonValue | null,
    verification: row.verification as JsonValue | null,
    createdBy: row.createdBy,
    updatedBy: row.updatedBy,
    createdAt: row.createdAt.toISOString(),
    quarterTargets: row.quarterTargets.map(toQuarterTargetRecord),
    progress: row.progressReports.map(toProgressRecord),
  };
}

async function addNote(prisma: PrismaClient, indicatorId: string, note: { reportDate: string | null; value: string | null; createdAt: string }): Promise<void> {
  await prisma.progressReport.create({
    data: {
      indicatorId,
      reportDate: note.reportDate === null ? null : new Date(`${note.reportDate}T00:00:00Z`),
      value: note.value,
      text: `ผลงาน ${note.value ?? 'ไม่มีค่า'} "อ้างอิง" \\ บรรทัด\nใหม่`,
      rawText: 'raw',
      fingerprint: randomUUID(),
      source: 'api',
      createdBy: 'tester',
      createdAt: new Date(note.createdAt),
    },
  });
}

describe.each(testBackends)('indicator queries on %s', (backend) => {
  let test: TestIndicatorsDatabase;
  let prisma: PrismaClient;
  let goalId: string;

  beforeAll(async () => {
    test = await openTestIndicatorsDatabase(backend);
    prisma = test.db.prisma;
    goalId = await new PlanRepository(prisma).ensurePath(
      phase2EditionCode,
      [
        { level: 'dimension', code: '7', nameTh: 'มิติทดสอบ', nameEn: 'Test dimension' },
        { level: 'subDimension', code: '7.1', nameTh: 'มิติย่อยทดสอบ', nameEn: null },
        { level: 'goal', code: '7.1.1', nameTh: 'เป้าหมายทดสอบ', nameEn: null },
      ],
      'test',
    );
  });

  afterAll(async () => {
    await test.dispose();
  });

  async function createRichIndicator(): Promise<IndicatorDetail> {
    const officeId = (await new AgencyRepository(prisma).findByCode('0411'))?.id ?? '';
    const created = await createIndicator(prisma, {
      agencyId: officeId,
      planNodeId: goalId,
      targetValue: '12345678901234.5678',
      actualValue: '-0.5',
      assessment: { quarter: 4, score: null, raw: 'ก / ข' },
      definitions: [{ term: 'ข้อมูล', text: 'ข้อเท็จจริง', nested: { values: [1, 2.5, null] } }],
      calculation: { formula: 'A / B × 100' },
      quarterTargets: [
        { quarter: 3, plannedValue: '80.0000', assessmentScore: null, pairRaw: null },
        { quarter: 1, plannedValue: '0', assessmentScore: '100', pairRaw: '1 / 2' },
        { quarter: 2, plannedValue: '0.0001', assessmentScore: '-12.25', pairRaw: null },
      ],
    });

    await addNote(prisma, created.id, { reportDate: '2021-01-31', value: '20.5', createdAt: '2021-02-01T03:04:05.678Z' });
    await addNote(prisma, created.id, { reportDate: null, value: '1', createdAt: '2021-01-01T00:00:00.000Z' });
    await addNote(prisma, created.id, { reportDate: '2020-11-30', value: null, createdAt: '2021-03-01T00:00:00.001Z' });
    await addNote(prisma, created.id, { reportDate: '2021-01-31', value: '30', createdAt: '2021-01-15T00:00:00.000Z' });

    return created;
  }

  it('detail equals the relation-by-relation read', async () => {
    const created = await createRichIndicator();
    const detail = await queryIndicatorDetail(prisma, created.id);

    expect(detail).toEqual(await readWithPrisma(prisma, created.id));
    expect(detail?.planPath.map((node) => node.code)).toEqual(['7', '7.1', '7.1.1']);
    expect(detail?.progress.map((note) => note.value)).toEqual([null, '30', '20.5', '1']);
    expect(detail?.quarterTargets.map((target) => target.plannedValue)).toEqual(['0', '0.0001', '80']);
    expect(detail?.targetValue).toBe('12345678901234.5678');
  });

  it('reads an indicator without agency, plan node, targets or notes', async () => {
    const created = await createIndicator(prisma, { targetValue: null, actualValue: null });
    const detail = await queryIndicatorDetail(prisma, created.id);

    expect(detail).toEqual(await readWithPrisma(prisma, created.id));
    expect(detail).toMatchObject({ agency: null, planNodeId: null, planPath: [], quarterTargets: [], progress: [], assessment: null });
  });

  it('returns null for an unknown id', async () => {
    await expect(queryIndicatorDetail(prisma, randomUUID())).resolves.toBeNull();
    await expect(queryScoringIndicator(prisma, randomUUID())).resolves.toBeNull();
    await expect(queryIndicatorSummary(prisma, randomUUID())).resolves.toBeNull();
  });

  it('scoring record equals the batch read', async () => {
    const rich = await createRichIndicator();
    const bare = await createIndicator(prisma, { fiscalYear: 2565, targetValue: null });

    for (const created of [rich, bare]) {
      const [batched] = await new IndicatorRepository(prisma).listScoring({
        fiscalYear: created.fiscalYear,
        afterId: undefined,
        beforeId: undefined,
        limit: 1000,
      }).then((records) => records.filter((record) => record.id === created.id));

      expect(batched).toBeDefined();
      expect(await queryScoringIndicator(prisma, created.id)).toEqual(batched);
    }
  });

  it('summary equals the Prisma read', async () => {
    const rich = await createRichIndicator();
    const bare = await createIndicator(prisma, { targetValue: null, actualValue: '7.2500' });

    for (const created of [rich, bare]) {
      const row = await prisma.indicator.findUniqueOrThrow({ where: { id: created.id }, include: summaryInclude });

      expect(await queryIndicatorSummary(prisma, created.id)).toEqual(toSummary(row));
    }
    expect((await queryIndicatorSummary(prisma, rich.id))?.planNode?.code).toBe('7.1.1');
  });

  it('ends a cyclic plan path at the first repeated node', async () => {
    const leafId = await new PlanRepository(prisma).ensurePath(
      phase2EditionCode,
      [
        { level: 'dimension', code: '8', nameTh: 'มิติวนซ้ำ', nameEn: null },
        { level: 'subDimension', code: '8.1', nameTh: 'มิติย่อยวนซ้ำ', nameEn: null },
      ],
      'test',
    );
    const root = await prisma.planNode.findFirstOrThrow({ where: { code: '8' } });

    await prisma.planNode.update({ where: { id: root.id }, data: { parentId: leafId } });
    const created = await createIndicator(prisma, { planNodeId: leafId });
    const detail = await queryIndicatorDetail(prisma, created.id);

    expect(detail?.planPath).toEqual((await readWithPrisma(prisma, created.id))?.planPath);
    expect(detail?.planPath.map((node) => node.code)).toEqual(['8', '8.1']);
  });
});
