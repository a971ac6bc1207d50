import { RecordNotFoundError } from '@bma-kpi/database';
import { openTestIndicatorsDatabase, testBackends, type TestIndicatorsDatabase } from '../../testing';
import { phase2EditionCode } from '../seed/plan.seed-data';
import { PlanRepository } from './plan.repository';

describe.each(testBackends)('PlanRepository on %s', (backend) => {
  let test: TestIndicatorsDatabase;
  let plans: PlanRepository;

  beforeAll(async () => {
    test = await openTestIndicatorsDatabase(backend);
    plans = new PlanRepository(test.db.prisma);
  });

  afterAll(async () => {
    await test.dispose();
  });

  it('lists the seeded edition', async () => {
    expect(await plans.listEditions()).toEqual([
      expect.objectContaining({ code: phase2EditionCode, startYear: 2561, endYear: 2565 }),
    ]);
  });

  it('builds the tree ordered by code', async () => {
    const tree = await plans.tree();
    const dimension5 = tree?.roots.find((root) => root.code === '5');

    expect(tree?.edition.code).toBe(phase2EditionCode);
    expect(tree?.roots.map((root) => root.code)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(dimension5?.children.map((child) => child.code)).toEqual(['5.1', '5.2', '5.3', '5.4', '5.5']);
    expect(dimension5?.children[1]).toMatchObject({ nameTh: 'เมืองธรรมาภิบาล', level: 'subDimension', children: [] });
  });

  it('returns no tree for an unknown edition', async () => {
    expect(await plans.tree('no-such-edition')).toBeNull();
  });

  it('lists nodes by level', async () => {
    const page = await plans.list({ level: 'dimension', page: 1, pageSize: 50 });

    expect(page.total).toBe(7);
    expect(page.items.map((node) => node.nameTh)[4]).toBe('มหานครประชาธิปไตย');
  });

  it('lists children of a node', async () => {
    const page = await plans.list({ editionCode: phase2EditionCode, parentCode: '1', page: 1, pageSize: 50 });

    expect(page.items.map((node) => node.code)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6']);
  });

  it('pages nodes in code order', async () => {
    const all = await plans.list({ page: 1, pageSize: 100 });
    const second = await plans.list({ page: 2, pageSize: 10 });

    expect(all.total).toBe(37);
    expect(all.items.slice(0, 3).map((node) => node.code)).toEqual(['1', '1.1', '1.2']);
    expect(second.items).toEqual(all.items.slice(10, 20));
  });

  it('finds a node by code', async () => {
    expect(await plans.findByCode(phase2EditionCode, '5.4')).toMatchObject({ nameTh: 'การเมืองสีขาว', editionCode: phase2EditionCode });
    expect(await plans.findByCode(phase2EditionCode, '9.9')).toBeNull();
  });

  it('creates a missing path once', async () => {
    const nodes = [
      { level: 'dimension' as const, code: '5', nameTh: 'ignored for existing nodes', nameEn: null },
      { level: 'subDimension' as const, code: '5.4', nameTh: 'การเมืองสีขาว', nameEn: null },
      { level: 'goal' as const, code: '5.4.1', nameTh: 'เป้าหมายทดสอบ', nameEn: null },
      { level: 'planIndicator' as const, code: '5.4.1.1', nameTh: 'ตัวชี้วัดแผนทดสอบ', nameEn: null },
    ];
    const before = await test.db.prisma.planNode.count();

    const leafId = await plans.ensurePath(phase2EditionCode, nodes, 'importer');
    const again = await plans.ensurePath(phase2EditionCode, nodes, 'importer');
    const path = await plans.pathOf(leafId);

    expect(again).toBe(leafId);
    expect(await test.db.prisma.planNode.count()).toBe(before + 2);
    expect(path.map((node) => node.code)).toEqual(['5', '5.4', '5.4.1', '5.4.1.1']);
    expect(path[0]?.nameTh).toBe('มหานครประชาธิปไตย');
    expect(path[3]).toMatchObject({ level: 'planIndicator', sortOrder: 1 });
    const logged = await test.db.prisma.changeLog.findMany({ where: { entity: 'PlanNode', actor: 'importer' } });

    expect(logged).toHaveLength(2);
  });

  it('rejects a path in an unknown edition', async () => {
    const nodes = [{ level: 'dimension' as const, code: '1', nameTh: 'x', nameEn: null }];

    await expect(plans.ensurePath('no-such-edition', nodes, 'importer')).rejects.toThrow(RecordNotFoundError);
  });

  it('returns an empty path for an unknown node', async () => {
    expect(await plans.pathOf('00000000-0000-0000-0000-000000000000')).toEqual([]);
  });
});
