import type { INestMicroservice } from '@nestjs/common';

import type { CatalogMessages } from '@bma-kpi/contracts-catalog';
import { CatalogEvents, CatalogSubjects } from '@bma-kpi/contracts-catalog';
import type { DomainException } from '@bma-kpi/errors';
// eslint-disable-next-line @nx/enforce-module-boundaries -- this test starts the real indicators service for its district offices; catalog sources reach it only through its contracts.
import { createIndicatorsService } from '@bma-kpi/indicators-feature';
import type { ServiceClient } from '@bma-kpi/messaging';

import {
  catalogTestTransports,
  countEvents,
  eventually,
  startCatalogService,
  type CatalogTestTransport,
  type RunningCatalogService,
} from '../testing/catalog-test-transport';

jest.setTimeout(120_000);

const dinDaeng = '1026';
const market = { market_name: 'ตลาดห้วยขวาง', stalls: 120 };
const marketPoint = { type: 'Point', coordinates: [100.5735, 13.7766] };

describe.each(catalogTestTransports)('district catalog over %s', (_name, openTransport) => {
  let transport: CatalogTestTransport;
  let indicatorsService: INestMicroservice | null = null;
  let catalog: RunningCatalogService;
  let sut: ServiceClient<CatalogMessages>;
  let now = new Date('2024-11-01T09:00:00+07:00');
  const context = { correlationId: 'district-int-spec', actor: 'district-officer' };
  const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as DomainException);
  const fields = (error: DomainException | null) => (error?.extra.errors ?? []).map((item) => `${item.field} ${item.rule}`);

  function submit(overrides: Record<string, unknown> = {}) {
    return sut.request(
      CatalogSubjects.districtSubmissionSubmit,
      { fiscalYear: 2568, district: dinDaeng, itemCode: 'MKT', month: '2024-11', records: [{ values: market, geometry: marketPoint }], ...overrides },
      context,
    );
  }

  beforeAll(async () => {
    transport = await openTransport();
    indicatorsService = await createIndicatorsService(transport.server('indicators'), {
      databaseUrl: await transport.databaseUrl('district_indicators'),
      eventBus: transport.eventBus,
      outboxPollIntervalMs: 100,
      logging: { service: 'indicators', level: 'silent', pretty: false },
    });
    await indicatorsService.listen();
    catalog = await startCatalogService(transport, {
      indicators: { proxy: transport.client(), subjectPrefix: transport.subjectPrefix, timeoutMs: 5000 },
      clock: () => now,
      districtCatalog: { sweepEnabled: false },
    });
    sut = catalog.client;
  });

  afterAll(async () => {
    await catalog?.close();
    await indicatorsService?.close();
    await transport?.cleanUp();
  });

  let datasetId = '';

  it('stores an item list with due rules', async () => {
    const dataset = await sut.request(
      CatalogSubjects.datasetCreate,
      {
        data_type: 'ข้อมูลสถิติ',
        title: 'ตลาดในพื้นที่เขต',
        owner_org: 'district-offices',
        maintainer: 'ฝ่ายเทศกิจ',
        maintainer_email: 'district@bangkok.go.th',
        tag_string: 'ตลาด,เขต',
        notes: 'ตลาดในพื้นที่เขตรายเดือน',
        objective: ['พันธกิจหน่วยงาน'],
        update_frequency_unit: 'เดือน',
        geo_coverage: 'จังหวัด',
        data_source: 'สำนักงานเขต',
        data_format: ['CSV'],
        data_category: 'ข้อมูลสาธารณะ',
        license_id: 'Open Data Common',
      },
      context,
    );

    datasetId = dataset.id;
    await sut.request(
      CatalogSubjects.dictionaryReplace,
      {
        datasetName: datasetId,
        fields: [
          { name: 'market_name', labelTh: 'ชื่อตลาด', type: 'text', required: true, primaryKey: true, allowedValues: [], personalData: false },
          { name: 'stalls', labelTh: 'จำนวนแผง', type: 'int', required: true, primaryKey: false, allowedValues: [], personalData: false },
        ],
      },
      context,
    );
    const list = await sut.request(
      CatalogSubjects.districtItemListPut,
      {
        fiscalYear: 2568,
        items: [
          { code: 'MKT', nameTh: 'ตลาด', datasetId, geometryExpected: true },
          { code: 'POP', nameTh: 'ตลาดนัด', datasetId, geometryExpected: false, dueDay: 5 },
        ],
      },
      context,
    );

    expect(list.dueDay).toBe(15);
    expect(list.items.map((item) => [item.code, item.effectiveDueDay])).toEqual([
      ['MKT', 15],
      ['POP', 5],
    ]);
  });

  it('rejects an item list naming an unknown dataset', async () => {
    const error = await failure(
      sut.request(CatalogSubjects.districtItemListPut, { fiscalYear: 2568, items: [{ code: 'X', nameTh: 'x', datasetId: '00000000-0000-4000-8000-000000000000', geometryExpected: false }] }, context),
    );

    expect(fields(error)).toEqual(['items[0].datasetId exists']);
  });

  it('marks a report on time at 23:59:59 Bangkok on the due day', async () => {
    now = new Date('2024-11-15T23:59:59+07:00');
    const stored = await submit();

    expect(stored.status).toBe('onTime');
    expect(stored.version).toBe(1);
    expect(stored.dueAt).toBe('2024-11-15T16:59:59.999Z');
  });

  it('marks a report late after midnight Bangkok', async () => {
    now = new Date('2024-11-06T00:00:00+07:00');
    const stored = await submit({ itemCode: 'POP', records: [{ values: market }] });

    expect(stored.status).toBe('late');
  });

  it('requires a reason for a correction', async () => {
    const error = await failure(submit());

    expect(fields(error)).toEqual(['reason required']);
  });

  it('keeps every version and the first status', async () => {
    now = new Date('2024-11-20T10:00:00+07:00');
    const corrected = await submit({ records: [{ values: { ...market, stalls: 125 }, geometry: marketPoint }], reason: 'แก้จำนวนแผง' });

    expect(corrected.version).toBe(2);
    expect(corrected.status).toBe('onTime');
    expect(corrected.records[0].values['stalls']).toBe(125);
    expect(corrected.history.map((version) => [version.version, version.reason, version.records[0].values['stalls']])).toEqual([
      [1, null, 120],
      [2, 'แก้จำนวนแผง', 125],
    ]);
  });

  it('emits submitted and late events', async () => {
    await eventually(async () => (await countEvents(transport, CatalogEvents.districtSubmissionSubmitted)) >= 3);

    expect(await countEvents(transport, CatalogEvents.districtSubmissionSubmitted)).toBe(3);
    expect(await countEvents(transport, CatalogEvents.districtSubmissionLate)).toBe(1);
  });

  it.each([
    ['a month outside the fiscal year', { month: '2025-10' }, 'month inFiscalYear'],
    ['an unknown district', { district: '9999' }, 'district districtOffice'],
    ['an unknown item', { itemCode: 'NOPE' }, 'itemCode inItemList'],
    ['geometry outside Bangkok', { records: [{ values: market, geometry: { type: 'Point', coordinates: [98.98, 18.79] } }] }, 'records[0].geometry.coordinates withinBangkok'],
    ['a record without a required field', { records: [{ values: { stalls: 3 }, geometry: marketPoint }] }, 'records[0].values.market_name required'],
  ])('rejects %s', async (_case, overrides, expected) => {
    const error = await failure(submit({ month: '2024-12', ...overrides }));

    expect(fields(error)).toEqual([expected]);
  });

  it('records each missing report once', async () => {
    now = new Date('2024-12-01T08:00:00+07:00');
    const first = await sut.request(CatalogSubjects.districtSweepRun, { asOf: '2024-11-16' }, context);
    const second = await sut.request(CatalogSubjects.districtSweepRun, { asOf: '2024-11-16' }, context);

    // Both items: October and November for 50 districts, less Din Daeng's two November reports.
    expect(first.newlyMissing).toBe(198);
    expect(second.newlyMissing).toBe(0);
    await eventually(async () => (await countEvents(transport, CatalogEvents.districtSubmissionMissing)) >= 198);
    expect(await countEvents(transport, CatalogEvents.districtSubmissionMissing)).toBe(198);
  });

  it('rejects a sweep as of the future', async () => {
    const error = await failure(sut.request(CatalogSubjects.districtSweepRun, { asOf: '2024-12-02' }, context));

    expect(fields(error)).toEqual(['asOf notAfterNow']);
  });

  it('computes the matrix and rates of a district', async () => {
    const matrix = await sut.request(CatalogSubjects.districtMatrixGet, { fiscalYear: 2568, asOf: '2024-11-16', district: dinDaeng }, context);
    const status = (itemCode: string, month: string) => matrix.cells.find((cell) => cell.itemCode === itemCode && cell.month === month)?.status;

    expect(matrix.districts.map((district) => district.nameTh)).toEqual(['สำนักงานเขตดินแดง']);
    expect(matrix.cells).toHaveLength(24);
    expect(status('MKT', '2024-11')).toBe('onTime');
    expect(status('POP', '2024-11')).toBe('late');
    expect(status('MKT', '2024-10')).toBe('missing');
    expect(status('MKT', '2024-12')).toBe('pending');
    expect(matrix.rates[0]).toMatchObject({ onTime: 1, late: 1, missing: 2, onTimePercent: 25, latePercent: 25, missingPercent: 50 });
  });

  it('keeps submissions of an item removed from the list', async () => {
    const list = await sut.request(CatalogSubjects.districtItemListPut, { fiscalYear: 2568, items: [{ code: 'MKT', nameTh: 'ตลาด', datasetId, geometryExpected: true }] }, context);
    const kept = await sut.request(CatalogSubjects.districtSubmissionGet, { fiscalYear: 2568, district: dinDaeng, itemCode: 'POP', month: '2024-11' }, context);

    expect(list.version).toBe(2);
    expect(list.retiredItemCodes).toEqual(['POP']);
    expect(kept.status).toBe('late');
  });

  it('lets concurrent sweeps record each report once', async () => {
    now = new Date('2024-12-20T08:00:00+07:00');
    const results = await Promise.all([
      sut.request(CatalogSubjects.districtSweepRun, {}, context),
      sut.request(CatalogSubjects.districtSweepRun, {}, context),
    ]);

    // December is overdue for MKT in every district; POP is retired.
    expect(results[0].newlyMissing + results[1].newlyMissing).toBe(50);
  });
});
