import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openTestIndicatorsDatabase, testBackends, type TestIndicatorsDatabase } from '../testing';
import { IndicatorsDatabase } from './indicators-database';
import { phase2EditionCode } from './seed/plan.seed-data';
import { seedReferenceData } from './seed/seed-reference-data';

describe.each(testBackends)('IndicatorsDatabase on %s', (backend) => {
  let test: TestIndicatorsDatabase;

  beforeAll(async () => {
    test = await openTestIndicatorsDatabase(backend);
  });

  afterAll(async () => {
    await test.dispose();
  });

  it('applies every migration', () => {
    expect(test.db.migrations.applied).toEqual([
      expect.stringMatching(/_init$/),
      expect.stringMatching(/_thai_collation$/),
      expect.stringMatching(/_add_identity_key$/),
    ]);
  });

  it('seeds agencies by kind', async () => {
    const prisma = test.db.prisma;

    expect(await prisma.agency.count({ where: { kind: 'administration' } })).toBe(1);
    expect(await prisma.agency.count({ where: { kind: 'department' } })).toBe(16);
    expect(await prisma.agency.count({ where: { kind: 'office' } })).toBe(4);
    expect(await prisma.agency.count({ where: { kind: 'districtOffice' } })).toBe(50);
  });

  it('seeds district codes and geocodes', async () => {
    const districts = await test.db.prisma.agency.findMany({ where: { kind: 'districtOffice' } });
    const withCode = districts.filter((district) => district.code !== null).map((district) => [district.code, district.geocode]);

    expect(new Set(districts.map((district) => district.geocode)).size).toBe(50);
    expect(withCode.sort()).toEqual([
      ['5021', '1022'],
      ['5037', '1026'],
      ['5047', '1047'],
    ]);
  });

  it('seeds offices under the permanent secretary', async () => {
    const offices = await test.db.prisma.agency.findMany({ where: { kind: 'office' }, include: { parent: true } });

    expect(offices.map((office) => office.code).sort()).toEqual(['0401', '0402', '0406', '0411']);
    expect(new Set(offices.map((office) => office.parent?.nameTh))).toEqual(new Set(['สำนักปลัดกรุงเทพมหานคร']));
  });

  it('seeds the phase 2 plan', async () => {
    const edition = await test.db.prisma.planEdition.findUniqueOrThrow({
      where: { code: phase2EditionCode },
      include: { nodes: true },
    });
    const dimensions = edition.nodes.filter((node) => node.level === 'dimension');
    const dimension5 = dimensions.find((node) => node.code === '5');
    const subDimensions5 = edition.nodes.filter((node) => node.parentId === dimension5?.id).map((node) => node.code);

    expect(edition).toMatchObject({ startYear: 2561, endYear: 2565 });
    expect(dimensions).toHaveLength(7);
    expect(dimension5?.nameEn).toBe('Bangkok as a Democratic City');
    expect(subDimensions5.sort()).toEqual(['5.1', '5.2', '5.3', '5.4', '5.5']);
    expect(edition.nodes.find((node) => node.code === '5.4')?.nameTh).toBe('การเมืองสีขาว');
  });

  it('attributes seeded rows to seed', async () => {
    const actors = await test.db.prisma.changeLog.groupBy({ by: ['actor'], _count: true });

    expect(actors.map((row) => row.actor)).toEqual(['seed']);
    expect(test.db.seed?.created).toBeGreaterThan(71);
  });

  it('keeps tables in the service schema', async () => {
    // Other test runs on the same server have their own schemas, so only ours and public are looked at.
    const rows = await test.db.database.query<{ table_schema: string }>(
      `SELECT DISTINCT table_schema FROM information_schema.tables
       WHERE table_name IN ('Agency', 'outbox', '_migrations') AND table_schema IN ($1, 'public')`,
      [test.db.database.schema],
    );

    expect(rows.map((row) => row.table_schema)).toEqual([test.db.database.schema]);
  });
});

describe('IndicatorsDatabase second start', () => {
  it('changes nothing on postgres', async () => {
    const first = await openTestIndicatorsDatabase('postgres');

    try {
      const logRows = await first.db.prisma.changeLog.count();
      const second = await IndicatorsDatabase.open(first.url);

      try {
        expect(second.migrations.applied).toEqual([]);
        expect(second.seed).toEqual({ created: 0, updated: 0 });
        expect(await second.prisma.agency.count()).toBe(71);
        expect(await second.prisma.changeLog.count()).toBe(logRows);
      } finally {
        await second.close();
      }
    } finally {
      await first.dispose();
    }
  });

  it('changes nothing on a pglite folder', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'indicators-'));
    const url = `pglite:${folder}`;

    try {
      const first = await IndicatorsDatabase.open(url);
      const logRows = await first.prisma.changeLog.count();

      await first.close();
      const second = await IndicatorsDatabase.open(url);

      try {
        expect(second.migrations.applied).toEqual([]);
        expect(second.seed).toEqual({ created: 0, updated: 0 });
        expect(await second.prisma.agency.count()).toBe(71);
        expect(await second.prisma.changeLog.count()).toBe(logRows);
      } finally {
        await second.close();
      }
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('restores a changed seed row', async () => {
    const test = await openTestIndicatorsDatabase('pglite');

    try {
      await test.db.prisma.agency.update({ where: { code: '0411' }, data: { nameEn: 'Wrong name' } });

      expect(await seedReferenceData(test.db.prisma)).toEqual({ created: 0, updated: 1 });
      expect((await test.db.prisma.agency.findUniqueOrThrow({ where: { code: '0411' } })).nameEn).toBe('Public Relations Office');
    } finally {
      await test.dispose();
    }
  });
});
