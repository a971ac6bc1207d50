import { randomUUID } from 'node:crypto';
import type { OutboxMessage } from '@bma-kpi/messaging';
import { InvalidInputError } from '@bma-kpi/database';
import {
  buildImportParams,
  openTestIndicatorsDatabase,
  progressNote,
  testBackends,
  type TestIndicatorsDatabase,
} from '../../testing';
import type { PrismaClient } from '../../generated/prisma/client';
import { AgencyRepository } from './agency.repository';
import { ImportRepository } from './import.repository';
import type { ImportChange } from './import.types';
import { IndicatorRepository } from './indicator.repository';

async function countRows(prisma: PrismaClient): Promise<Record<string, number>> {
  return {
    kpiImport: await prisma.kpiImport.count(),
    indicator: await prisma.indicator.count(),
    quarterTarget: await prisma.quarterTarget.count(),
    progressReport: await prisma.progressReport.count(),
    planNode: await prisma.planNode.count(),
    changeLog: await prisma.changeLog.count(),
    outbox: await prisma.outboxEvent.count(),
  };
}

function importedEvent(change: ImportChange): OutboxMessage[] {
  return [{ id: randomUUID(), subject: 'indicators.kpi.imported', payload: change, correlationId: 'corr-import' }];
}

describe.each(testBackends)('ImportRepository on %s', (backend) => {
  let test: TestIndicatorsDatabase;
  let imports: ImportRepository;
  let indicators: IndicatorRepository;
  let officeId: string;

  beforeAll(async () => {
    test = await openTestIndicatorsDatabase(backend);
    imports = new ImportRepository(test.db.prisma);
    indicators = new IndicatorRepository(test.db.prisma);
    officeId = (await new AgencyRepository(test.db.prisma).findByCode('0411'))?.id ?? '';
  });

  afterAll(async () => {
    await test.dispose();
  });

  it('creates the indicator of a new record', async () => {
    const params = buildImportParams({ codeNormalized: '0411-101', agencyId: officeId });
    const changes: ImportChange[] = [];

    const result = await imports.importRecord(params, 'importer', 'corr-import', (change) => {
      changes.push(change);

      return importedEvent(change);
    });
    const indicator = await indicators.get(result.indicatorId ?? '');

    expect(result).toMatchObject({ created: true, unchanged: false, newProgressCount: 3, alreadyImported: false });
    expect(changes).toEqual([
      expect.objectContaining({ importId: result.importId, indicatorId: result.indicatorId, created: true }),
    ]);
    expect(changes[0]?.newProgressIds).toHaveLength(3);
    expect(indicator).toMatchObject({
      codeNormalized: '0411-101',
      fiscalYear: 2564,
      targetValue: '100',
      actualValue: '70',
      agency: { code: '0411' },
      createdBy: 'importer',
    });
    expect(indicator?.planPath.map((node) => node.code)).toEqual(['5', '5.4', '5.4.1', '5.4.1.1']);
    expect(indicator?.quarterTargets.map((target) => target.plannedValue)).toEqual(['20', '40', '80', '100']);
    expect(indicator?.progress.map((note) => [note.reportDate, note.source])).toEqual([
      ['2020-10-28', 'import'],
      ['2020-11-30', 'import'],
      ['2021-01-29', 'import'],
    ]);
    expect(await imports.findBySha(params.sha256)).toMatchObject({ id: result.importId, indicatorId: result.indicatorId });
    expect(await test.db.prisma.outboxEvent.count({ where: { subject: 'indicators.kpi.imported', correlationId: 'corr-import' } })).toBe(1);
  });

  it('writes nothing for a known export', async () => {
    const params = buildImportParams({ codeNormalized: '0411-102' });
    const first = await imports.importRecord(params, 'importer', null, importedEvent);
    const before = await countRows(test.db.prisma);
    const buildEvents = jest.fn(importedEvent);

    const second = await imports.importRecord(params, 'importer', null, buildEvents);

    expect(second).toEqual({
      importId: first.importId,
      indicatorId: first.indicatorId,
      created: false,
      unchanged: true,
      newProgressCount: 0,
      alreadyImported: true,
    });
    expect(buildEvents).not.toHaveBeenCalled();
    expect(await countRows(test.db.prisma)).toEqual(before);
  });

  it('updates a changed record and adds only new notes', async () => {
    const original = buildImportParams({ codeNormalized: '0411-103' });
    const first = await imports.importRecord(original, 'importer', null, importedEvent);
    const changed = buildImportParams({
      codeNormalized: '0411-103',
      actualValue: '85',
      progress: [...original.progress, progressNote('2021-02-26', '26/2/2564', 2, 'ขั้นตอนที่ 2 นำเข้าข้อมูล')],
    });
    const changes: ImportChange[] = [];

    const second = await imports.importRecord(changed, 'importer-2', null, (change) => {
      changes.push(change);

      return importedEvent(change);
    });
    const indicator = await indicators.get(first.indicatorId ?? '');

    expect(second).toMatchObject({ indicatorId: first.indicatorId, created: false, unchanged: false, newProgressCount: 1 });
    expect(changes[0]?.changedFields).toEqual(['actualValue']);
    expect(indicator).toMatchObject({ actualValue: '85', version: 2, updatedBy: 'importer-2', createdBy: 'importer' });
    expect(indicator?.progress).toHaveLength(4);
    expect(await test.db.prisma.kpiImport.count({ where: { indicatorId: first.indicatorId } })).toBe(2);
  });

  it('reports an unchanged re-import', async () => {
    const original = buildImportParams({ codeNormalized: '0411-104' });

    await imports.importRecord(original, 'importer', null, importedEvent);
    const sameContent = buildImportParams({ codeNormalized: '0411-104', rawText: `${original.rawText}\n` });

    const result = await imports.importRecord(sameContent, 'importer', null, () => []);

    expect(result).toMatchObject({ created: false, unchanged: true, newProgressCount: 0, alreadyImported: false });
    expect((await indicators.get(result.indicatorId ?? ''))?.version).toBe(1);
  });

  it('keeps fields a layout leaves out', async () => {
    const full = buildImportParams({ codeNormalized: '0411-105', layout: 'full' });
    const headerless = buildImportParams({ codeNormalized: '0411-105', title: null, quarterTargets: [], definitions: [] });

    const first = await imports.importRecord(full, 'importer', null, () => []);

    await imports.importRecord(headerless, 'importer', null, () => []);
    const indicator = await indicators.get(first.indicatorId ?? '');

    expect(indicator?.title).toBe(full.title);
    expect(indicator?.quarterTargets).toHaveLength(4);
    expect(indicator?.definitions).toEqual(full.definitions);
  });

  it('leaves no rows when building events fails', async () => {
    const params = buildImportParams({ codeNormalized: '0411-106', planPath: [
      { level: 'dimension', code: '5', nameTh: 'มหานครประชาธิปไตย', nameEn: null },
      { level: 'subDimension', code: '5.5', nameTh: 'พลเมืองกรุงเทพฯ ขับเคลื่อนวิสัยทัศน์', nameEn: null },
      { level: 'goal', code: '5.5.9', nameTh: 'เป้าหมายที่ไม่ควรถูกบันทึก', nameEn: null },
    ] });
    const before = await countRows(test.db.prisma);

    const failing = imports.importRecord(params, 'importer', null, () => {
      throw new Error('event schema rejected');
    });

    await expect(failing).rejects.toThrow('event schema rejected');
    expect(await countRows(test.db.prisma)).toEqual(before);
    expect(await imports.findBySha(params.sha256)).toBeNull();
  });

  it('imports one of two racing copies', async () => {
    const params = buildImportParams({ codeNormalized: '0411-107' });
    const before = await countRows(test.db.prisma);

    const results = await Promise.all([
      imports.importRecord(params, 'importer', null, importedEvent),
      imports.importRecord(params, 'importer', null, importedEvent),
    ]);

    expect(results.map((result) => result.alreadyImported).sort()).toEqual([false, true]);
    expect(results[0]?.importId).toBe(results[1]?.importId);
    expect(results[0]?.indicatorId).toBe(results[1]?.indicatorId);
    const after = await countRows(test.db.prisma);

    expect(after['kpiImport']).toBe((before['kpiImport'] ?? 0) + 1);
    expect(after['indicator']).toBe((before['indicator'] ?? 0) + 1);
    expect(after['outbox']).toBe((before['outbox'] ?? 0) + 1);
  });

  it('merges racing exports of one indicator', async () => {
    const first = buildImportParams({ codeNormalized: '0411-108' });
    const second = buildImportParams({ codeNormalized: '0411-108', actualValue: '90' });

    const results = await Promise.all([
      imports.importRecord(first, 'importer', null, () => []),
      imports.importRecord(second, 'importer', null, () => []),
    ]);

    expect(results[0]?.indicatorId).toBe(results[1]?.indicatorId);
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(await test.db.prisma.indicator.count({ where: { codeNormalized: '0411-108' } })).toBe(1);
  });

  it('creates a new indicator without code', async () => {
    const first = await imports.importRecord(buildImportParams({ code: null, codeNormalized: null }), 'importer', null, () => []);
    const second = await imports.importRecord(buildImportParams({ code: null, codeNormalized: null }), 'importer', null, () => []);

    expect(first.created).toBe(true);
    expect(second.created).toBe(true);
    expect(second.indicatorId).not.toBe(first.indicatorId);
  });

  it('updates an indicator without code by identity key', async () => {
    const identityKey = 'a'.repeat(64);
    const first = await imports.importRecord(buildImportParams({ code: null, codeNormalized: null, identityKey }), 'importer', null, () => []);
    const second = await imports.importRecord(
      buildImportParams({ code: null, codeNormalized: null, identityKey, actualValue: '90' }),
      'importer',
      null,
      () => [],
    );
    const indicator = await indicators.get(first.indicatorId ?? '');

    expect(first.created).toBe(true);
    expect(second).toMatchObject({ indicatorId: first.indicatorId, created: false, unchanged: false });
    expect(indicator?.actualValue).toBe('90');
  });

  it('does not set an identity key beside a code', async () => {
    const result = await imports.importRecord(buildImportParams({ codeNormalized: '0411-777', identityKey: 'b'.repeat(64) }), 'importer', null, () => []);
    const row = await test.db.prisma.indicator.findUniqueOrThrow({ where: { id: result.indicatorId ?? '' } });

    expect(row.identityKey).toBeNull();
  });

  it('stores the export verbatim', async () => {
    const params = buildImportParams({ codeNormalized: '0411-109', warnings: [{ code: 'W1', line: 3 }], fileName: null });

    const result = await imports.importRecord(params, 'importer', null, () => []);
    const stored = await test.db.prisma.kpiImport.findUniqueOrThrow({ where: { id: result.importId } });

    expect(stored).toMatchObject({
      rawText: params.rawText,
      sha256: params.sha256,
      layout: 'headerless',
      warnings: [{ code: 'W1', line: 3 }],
      fileName: null,
      createdBy: 'importer',
    });
  });

  it('rejects a malformed hash', async () => {
    await expect(imports.importRecord(buildImportParams({ sha256: 'ABC' }), 'importer', null, () => [])).rejects.toThrow(
      InvalidInputError,
    );
  });
});
