import type { CatalogMessages, CreateDatasetRequest, DatasetClassificationChangedEvent } from '@bma-kpi/contracts-catalog';
import { CatalogEvents, CatalogSubjects } from '@bma-kpi/contracts-catalog';
import { catalogTableHeader } from '@bma-kpi/catalog-domain';
import type { DomainException } from '@bma-kpi/errors';
import type { ServiceClient } from '@bma-kpi/messaging';
import { Workbook } from 'exceljs';

import {
  catalogTestTransports,
  eventually,
  startCatalogService,
  type CatalogTestTransport,
  type RunningCatalogService,
} from '../testing/catalog-test-transport';

jest.setTimeout(60_000);

const classificationSubject = CatalogEvents.datasetClassificationChanged;

function datasetRequest(overrides: Partial<CreateDatasetRequest> = {}): CreateDatasetRequest {
  return {
    data_type: 'ข้อมูลระเบียน',
    title: 'ทะเบียนสวนสาธารณะ',
    owner_org: 'environment-department',
    maintainer: 'กองสวนสาธารณะ',
    maintainer_email: 'parks@bangkok.go.th',
    tag_string: 'สวนสาธารณะ,สิ่งแวดล้อม',
    notes: 'รายชื่อสวนสาธารณะพร้อมพื้นที่และที่ตั้ง',
    objective: ['เพื่อการให้บริการประชาชน'],
    update_frequency_unit: 'ปี',
    geo_coverage: 'จังหวัด',
    data_source: 'สำนักสิ่งแวดล้อม',
    data_format: ['CSV'],
    data_category: 'ข้อมูลสาธารณะ',
    license_id: 'Open Data Common',
    ...overrides,
  };
}

/** Returns the cells of a dataset row in export column order, with the given fields filled. */
function rowCells(fields: Record<string, string>): string[] {
  const header = catalogTableHeader('en');

  return header.map((field) => fields[field] ?? '');
}

const validRow: Record<string, string> = {
  data_type: 'ข้อมูลระเบียน',
  title: 'ทะเบียนห้องสมุดเขต',
  owner_org: 'culture-department',
  maintainer: 'กองห้องสมุด',
  maintainer_email: 'library@bangkok.go.th',
  tag_string: 'ห้องสมุด',
  notes: 'รายชื่อห้องสมุดเขตพร้อมเวลาเปิดปิด',
  objective: 'เพื่อการให้บริการประชาชน',
  update_frequency_unit: 'ปี',
  geo_coverage: 'จังหวัด',
  data_source: 'สำนักวัฒนธรรม กีฬา และการท่องเที่ยว',
  data_format: 'CSV, XLS',
  data_category: 'ข้อมูลสาธารณะ',
  license_id: 'Open Data Common',
};

describe.each(catalogTestTransports)('catalog transfers over %s', (_name, openTransport) => {
  let transport: CatalogTestTransport;
  let running: RunningCatalogService;
  let sut: ServiceClient<CatalogMessages>;
  let parkId = '';
  let parkSlug = '';
  const context = { correlationId: 'transfer-int-spec', actor: 'tester' };
  const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as DomainException);
  const importRows = (rows: { row: number; cells: string[] }[], options: { dryRun?: boolean; agency?: string } = {}) =>
    sut.request(CatalogSubjects.catalogImportRows, { header: catalogTableHeader('th'), rows, ...options }, context);
  const allRows = async () => {
    const rows: string[][] = [];
    let afterSlug: string | undefined;

    do {
      const page = await sut.request(CatalogSubjects.catalogTablePage, { pageSize: 1, ...(afterSlug === undefined ? {} : { afterSlug }) }, context);

      rows.push(...page.rows);
      afterSlug = page.nextAfterSlug ?? undefined;
    } while (afterSlug !== undefined);

    return rows;
  };

  beforeAll(async () => {
    transport = await openTransport();
    running = await startCatalogService(transport);
    sut = running.client;
    const park = await sut.request(CatalogSubjects.datasetCreate, datasetRequest({ name: 'parks-register' }), context);

    parkId = park.id;
    parkSlug = park.slug;
  });

  afterAll(async () => {
    await running?.close();
    await transport?.cleanUp();
  });

  it('updates metadata and bumps the version', async () => {
    const updated = await sut.request(
      CatalogSubjects.datasetUpdate,
      { idOrSlug: parkId, expectedVersion: 1, metadata: { notes: 'คำอธิบายใหม่', data_classification: 'เปิดเผย' } },
      context,
    );

    expect(updated.version).toBe(2);
    expect(updated.metadata.notes).toBe('คำอธิบายใหม่');
    expect(updated.classification).toBe('เปิดเผย');
    expect(updated.metadata.title).toBe('ทะเบียนสวนสาธารณะ');
    expect(updated.slug).toBe(parkSlug);
    expect(updated.updatedBy).toBe('tester');
  });

  it('emits classification-changed with old and new values', async () => {
    await eventually(async () => (await transport.events(classificationSubject)).length >= 1);
    const events = await transport.events<DatasetClassificationChangedEvent>(classificationSubject);

    expect(events).toHaveLength(1);
    expect(events[0]?.data.previous).toEqual({ dataCategory: 'ข้อมูลสาธารณะ', classification: null });
    expect(events[0]?.data.current).toEqual({ dataCategory: 'ข้อมูลสาธารณะ', classification: 'เปิดเผย' });
    expect(events[0]?.data.version).toBe(2);
  });

  it('rejects a stale version with the current one', async () => {
    const error = await failure(sut.request(CatalogSubjects.datasetUpdate, { idOrSlug: parkId, expectedVersion: 1, metadata: { notes: 'ช้าไป' } }, context));

    expect(error?.code).toBe('CATALOG_VERSION_CONFLICT');
    expect(error?.extra.details).toEqual({ expectedVersion: 1, currentVersion: 2 });
  });

  it('revalidates the merged metadata', async () => {
    const error = await failure(
      sut.request(CatalogSubjects.datasetUpdate, { idOrSlug: parkId, metadata: { maintainer_email: null, first_year_of_data: '2565', colour: 'red' } }, context),
    );
    const fields = error?.extra.errors?.map((fieldError) => [fieldError.field, fieldError.rule]);

    expect(error?.code).toBe('VALIDATION_FAILED');
    expect(fields).toEqual(expect.arrayContaining([['maintainer_email', 'required'], ['first_year_of_data', 'notForDataType'], ['colour', 'unknownField']]));
  });

  it('keeps the version when nothing changes', async () => {
    const same = await sut.request(CatalogSubjects.datasetUpdate, { idOrSlug: parkSlug, metadata: { notes: 'คำอธิบายใหม่' } }, context);

    expect(same.version).toBe(2);
  });

  it('renames only to a free slug', async () => {
    await sut.request(CatalogSubjects.datasetCreate, datasetRequest({ name: 'taken-slug', title: 'ชุดข้อมูลอื่น' }), context);
    const taken = await failure(sut.request(CatalogSubjects.datasetUpdate, { idOrSlug: parkId, metadata: { name: 'taken-slug' } }, context));
    const renamed = await sut.request(CatalogSubjects.datasetUpdate, { idOrSlug: parkId, metadata: { name: 'public-parks' } }, context);

    expect(taken?.code).toBe('CATALOG_SLUG_TAKEN');
    expect(renamed.slug).toBe('public-parks');
    expect(renamed.metadata.name).toBe('public-parks');
    parkSlug = renamed.slug;
  });

  it('pages the catalog table by slug', async () => {
    const rows = await allRows();
    const slugColumn = catalogTableHeader('en').indexOf('name');

    expect(rows.map((cells) => cells[slugColumn])).toEqual(['public-parks', 'taken-slug']);
  });

  it('validates rows in a dry run without storing them', async () => {
    const report = await importRows(
      [
        { row: 2, cells: rowCells(validRow) },
        { row: 3, cells: rowCells({ ...validRow, name: parkSlug, title: 'ทะเบียนสวนสาธารณะ (แก้ไข)', owner_org: 'environment-department' }) },
      ],
      { dryRun: true },
    );

    expect(report.rows.map((row) => [row.row, row.action])).toEqual([
      [2, 'created'],
      [3, 'updated'],
    ]);
    expect(await allRows()).toHaveLength(2);
    expect((await sut.request(CatalogSubjects.datasetGet, { idOrSlug: parkSlug }, context)).titleTh).toBe('ทะเบียนสวนสาธารณะ');
  });

  it('stores good rows beside a bad one', async () => {
    const report = await importRows([
      { row: 2, cells: rowCells(validRow) },
      { row: 3, cells: rowCells({ ...validRow, title: 'ข้อมูลผิด', maintainer_email: 'not-an-email', data_category: 'ลับ' }) },
      { row: 4, cells: rowCells({ ...validRow, title: 'ทะเบียนศูนย์เยาวชน', name: 'youth-centres' }) },
    ]);

    expect(report.rows.map((row) => [row.row, row.action])).toEqual([
      [2, 'created'],
      [3, 'rejected'],
      [4, 'created'],
    ]);
    expect(report.rows[1]?.errors.map((error) => error.field)).toEqual(expect.arrayContaining(['maintainer_email', 'data_category']));
    expect(report.rows[1]?.errors[0]?.messageTh).toMatch(/[\u0E00-\u0E7F]/u);
    expect(await allRows()).toHaveLength(4);
  });

  it('updates a named dataset and reports an unchanged one', async () => {
    const exported = (await allRows()).find((cells) => cells.includes('youth-centres')) ?? [];
    const changed = rowCells({ ...validRow, title: 'ทะเบียนศูนย์เยาวชน', name: 'youth-centres', data_classification: 'เปิดเผย' });
    const report = await importRows([
      { row: 2, cells: exported },
      { row: 3, cells: changed },
    ]);
    const stored = await sut.request(CatalogSubjects.datasetGet, { idOrSlug: 'youth-centres' }, context);

    expect(report.rows.map((row) => row.action)).toEqual(['unchanged', 'updated']);
    expect(stored.classification).toBe('เปิดเผย');
    expect(stored.version).toBe(2);
  });

  it('rejects rows of another agency', async () => {
    const report = await importRows([{ row: 2, cells: rowCells({ ...validRow, title: 'ชุดข้อมูลของหน่วยงานอื่น' }) }], { agency: 'finance-department' });

    expect(report.rows[0]?.action).toBe('rejected');
    expect(report.rows[0]?.errors.map((error) => [error.field, error.rule])).toEqual([['owner_org', 'agency']]);
  });

  it('rejects a header without title or name', async () => {
    const error = await failure(sut.request(CatalogSubjects.catalogImportRows, { header: ['สี', 'ขนาด'], rows: [] }, context));

    expect(error?.code).toBe('CATALOG_IMPORT_HEADER_NOT_FOUND');
  });

  it('imports and exports a dictionary workbook', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('พจนานุกรมข้อมูล');

    sheet.addRow(['ฟิลด์', 'ป้ายกำกับ', 'ประเภท', 'หน่วย', 'จำเป็น']);
    sheet.addRow(['park_code', 'รหัสสวน', 'text', '', 'ใช่']);
    sheet.addRow(['area', 'พื้นที่', 'numeric', 'ไร่', 'ไม่ใช่']);
    const xlsxBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const imported = await sut.request(CatalogSubjects.dictionaryImportXlsx, { idOrSlug: parkSlug, xlsxBase64 }, context);
    const exported = await sut.request(CatalogSubjects.dictionaryExportXlsx, { idOrSlug: parkSlug }, context);
    const reread = new Workbook();

    await reread.xlsx.load(Uint8Array.from(Buffer.from(exported.xlsxBase64, 'base64')).buffer);
    expect(imported.fields.map((field) => [field.name, field.labelTh, field.unit])).toEqual([
      ['park_code', 'รหัสสวน', null],
      ['area', 'พื้นที่', 'ไร่'],
    ]);
    expect(exported.fileName).toBe('public-parks-dictionary.xlsx');
    expect(reread.worksheets[0]?.getRow(3).getCell(1).value).toBe('area');
  });

  it('rejects a dictionary that is not a workbook', async () => {
    const error = await failure(
      sut.request(CatalogSubjects.dictionaryImportXlsx, { idOrSlug: parkSlug, xlsxBase64: Buffer.from('not a workbook').toString('base64') }, context),
    );

    expect(error?.code).toBe('CATALOG_DICTIONARY_FILE_UNREADABLE');
  });
});
