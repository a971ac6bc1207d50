import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { CatalogDatabase } from '@bma-kpi/catalog-data-access';
import { Workbook } from 'exceljs';

import { http } from './support/sample-scenario';
import { freePort, startApp, waitFor, type RunningApp } from './support/processes';
import { adminFetch } from './support/auth';

jest.setTimeout(120_000);

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const json = { 'content-type': 'application/json' };

const dataset = {
  data_type: 'ข้อมูลสถิติ',
  title: 'จำนวนผู้ใช้บริการศูนย์บริการสาธารณสุข',
  titleEn: 'Health centre visits',
  owner_org: 'health-department',
  maintainer: 'กลุ่มงานสถิติ, สำนักอนามัย',
  maintainer_email: 'stat@bangkok.go.th',
  tag_string: 'สาธารณสุข,สถิติ',
  notes: 'จำนวนผู้ใช้บริการรายเดือน\nแยกตามศูนย์บริการ "ทุกแห่ง"',
  objective: ['พันธกิจหน่วยงาน', 'เพื่อการให้บริการประชาชน'],
  update_frequency_unit: 'เดือน',
  update_frequency_interval: '1',
  geo_coverage: 'จังหวัด',
  data_source: 'สำนักอนามัย',
  data_format: ['CSV', 'XLS'],
  data_category: 'ข้อมูลสาธารณะ',
  license_id: 'Open Data Common',
  first_year_of_data: '2565',
  official_statistics: 'True',
};

/** Builds a multipart body with one file field. */
function fileForm(content: Buffer | string, fileName: string, type: string): FormData {
  const form = new FormData();

  form.append('file', new Blob([typeof content === 'string' ? content : Uint8Array.from(content)], { type }), fileName);

  return form;
}

async function download(url: string): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const response = await adminFetch(url);

  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

describe('catalog transfers in embedded mode', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bma-kpi-transfer-'));
  let app: RunningApp;
  let baseUrl = '';
  let datasetId = '';
  let exportedCsv = '';
  let exportedXlsx: Buffer = Buffer.alloc(0);

  beforeAll(async () => {
    const port = await freePort();

    baseUrl = `http://127.0.0.1:${port}`;
    app = startApp('apps/embedded/src/main.ts', { PORT: String(port), DATA_DIR: dataDir, OUTBOX_POLL_INTERVAL_MS: '100' });
    await waitFor(`${baseUrl}/api/health`, 200, [app]);
    const created = await http(baseUrl, 'POST', '/api/v1/catalog/datasets', { body: JSON.stringify(dataset), headers: json });

    expect(created.status).toBe(201);
    datasetId = created.body.id;
  });

  afterAll(async () => {
    await app?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('exports the catalog as CSV with a byte order mark', async () => {
    const response = await download(`${baseUrl}/api/v1/catalog/catalog.csv?agency=health-department`);

    exportedCsv = response.bytes.toString('utf8');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="catalog-health-department\.csv"/);
    expect(exportedCsv.startsWith('\uFEFFประเภทชุดข้อมูล,ชื่อชุดข้อมูล,')).toBe(true);
    expect(exportedCsv).toContain('"จำนวนผู้ใช้บริการรายเดือน\nแยกตามศูนย์บริการ ""ทุกแห่ง"""');
    expect(exportedCsv).toContain('พันธกิจหน่วยงาน, เพื่อการให้บริการประชาชน');
    expect(exportedCsv.trimEnd().split('\r\n')).toHaveLength(2);
  });

  it('exports the catalog as XLSX', async () => {
    const response = await download(`${baseUrl}/api/v1/catalog/catalog.xlsx`);
    const workbook = new Workbook();

    exportedXlsx = response.bytes;
    await workbook.xlsx.load(Uint8Array.from(exportedXlsx).buffer);
    const sheet = workbook.worksheets[0];

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(xlsxType);
    expect(sheet?.getRow(1).getCell(2).value).toBe('ชื่อชุดข้อมูล');
    expect(sheet?.getRow(2).getCell(2).value).toBe(dataset.title);
    expect(sheet?.actualRowCount).toBe(2);
  });

  it('rejects an unknown header language', async () => {
    const response = await http(baseUrl, 'GET', '/api/v1/catalog/catalog.csv?headers=fr');

    expect(response.status).toBe(400);
  });

  it('re-imports the export in a dry run without writing', async () => {
    const csv = await http(baseUrl, 'POST', '/api/v1/catalog/catalog/import?dryRun=true', {
      body: exportedCsv,
      headers: { 'content-type': 'text/csv; charset=utf-8' },
    });
    const xlsx = await http(baseUrl, 'POST', '/api/v1/catalog/catalog/import?dryRun=true', { body: fileForm(exportedXlsx, 'catalog.xlsx', xlsxType) });
    const list = await http(baseUrl, 'GET', '/api/v1/catalog/datasets');

    expect(csv.status).toBe(200);
    expect(csv.body.format).toBe('csv');
    expect(csv.body.rows.map((row: { action: string }) => row.action)).toEqual(['unchanged']);
    expect(xlsx.body.format).toBe('xlsx');
    expect(xlsx.body.rows.map((row: { action: string }) => row.action)).toEqual(['unchanged']);
    expect(list.body.total).toBe(1);
  });

  it('stores good rows and reports the bad one', async () => {
    const [header = '', row = ''] = exportedCsv.replace(/^\uFEFF/u, '').trimEnd().split(/\r\n(?=ข้อมูล)/u);
    const newRow = (title: string, slug: string, email: string) =>
      row.replace(dataset.title, title).replace(/,dataset-[a-z0-9-]+,|,health-centre-visits,/u, `,${slug},`).replace(dataset.maintainer_email, email);
    const body = [header, newRow('สถิติคลินิกผู้สูงอายุ', 'elderly-clinics', 'stat@bangkok.go.th'), newRow('สถิติผิด', 'bad-row', 'ไม่ใช่อีเมล'), newRow('สถิติคลินิกเด็ก', 'child-clinics', 'stat@bangkok.go.th')].join('\r\n');
    const response = await http(baseUrl, 'POST', '/api/v1/catalog/catalog/import?agency=health-department', {
      body,
      headers: { 'content-type': 'text/csv; charset=utf-8' },
    });
    const list = await http(baseUrl, 'GET', '/api/v1/catalog/datasets');

    expect(response.status).toBe(200);
    expect(response.body.rows.map((report: { row: number; action: string }) => [report.row, report.action])).toEqual([
      [2, 'created'],
      [3, 'rejected'],
      [4, 'created'],
    ]);
    expect(response.body.rows[1].errors.map((error: { field: string; rule: string }) => [error.field, error.rule])).toEqual([['maintainer_email', 'email']]);
    expect(response.body.created).toBe(2);
    expect(list.body.total).toBe(3);
  });

  it('rejects a file without a catalog header', async () => {
    const response = await http(baseUrl, 'POST', '/api/v1/catalog/catalog/import', {
      body: 'สี,ขนาด\nแดง,ใหญ่\n',
      headers: { 'content-type': 'text/csv' },
    });

    expect(response.status).toBe(422);
    expect(response.body.code).toBe('CATALOG_IMPORT_HEADER_NOT_FOUND');
  });

  it('takes a file larger than the default body limit', async () => {
    const title = 'ชุดข้อมูลทดสอบขนาดไฟล์'.repeat(4);
    const body = ['ชื่อชุดข้อมูล', ...Array.from({ length: 1500 }, (_, index) => `${title} ${index}`)].join('\n');
    const response = await http(baseUrl, 'POST', '/api/v1/catalog/catalog/import?dryRun=true', { body, headers: { 'content-type': 'text/csv' } });

    expect(Buffer.byteLength(body)).toBeGreaterThan(256 * 1024);
    expect(response.status).toBe(200);
    expect(response.body.totalRows).toBe(1500);
    expect(response.body.rejected).toBe(1500);
  });

  it('rejects a file over the row cap', async () => {
    const body = ['ชื่อชุดข้อมูล', ...Array.from({ length: 5001 }, (_, index) => `ชุดข้อมูล ${index}`)].join('\n');
    const response = await http(baseUrl, 'POST', '/api/v1/catalog/catalog/import?dryRun=true', { body, headers: { 'content-type': 'text/csv' } });

    expect(response.status).toBe(413);
    expect(response.body.code).toBe('CATALOG_IMPORT_TOO_MANY_ROWS');
  });

  it('updates with If-Match and returns an ETag', async () => {
    const response = await http(baseUrl, 'PATCH', `/api/v1/catalog/datasets/${datasetId}`, {
      body: JSON.stringify({ metadata: { data_category: 'ข้อมูลใช้ภายใน', data_classification: 'ชั้นเผยแพร่ภายในองค์กร' } }),
      headers: { ...json, 'if-match': '"1"' },
    });

    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe('"2"');
    expect(response.body.dataCategory).toBe('ข้อมูลใช้ภายใน');
    expect(response.body.classification).toBe('ชั้นเผยแพร่ภายในองค์กร');
  });

  it('answers a stale version with 409', async () => {
    const response = await http(baseUrl, 'PATCH', `/api/v1/catalog/datasets/${datasetId}`, {
      body: JSON.stringify({ expectedVersion: 1, metadata: { notes: 'แก้จากฉบับเก่า' } }),
      headers: { ...json, 'accept-language': 'en' },
    });

    expect(response.status).toBe(409);
    expect(response.body.code).toBe('CATALOG_VERSION_CONFLICT');
    expect(response.body.detail).toMatch(/version 2/);
  });

  it('imports a dictionary workbook with Thai headers', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('พจนานุกรมข้อมูล');

    sheet.addRow(['ฟิลด์', 'ป้ายกำกับ', 'ประเภท', 'หน่วย', 'จำเป็น', 'คีย์หลัก']);
    sheet.addRow(['centre_code', 'รหัสศูนย์', 'text', '', 'ใช่', 'ใช่']);
    sheet.addRow(['visits', 'จำนวนผู้ใช้บริการ', 'int', 'ครั้ง', 'ใช่', 'ไม่ใช่']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const response = await http(baseUrl, 'POST', `/api/v1/catalog/datasets/${datasetId}/dictionary/xlsx`, {
      body: fileForm(bytes, 'dictionary.xlsx', xlsxType),
    });
    const exported = await download(`${baseUrl}/api/v1/catalog/datasets/${datasetId}/dictionary.xlsx`);
    const reread = new Workbook();

    await reread.xlsx.load(Uint8Array.from(exported.bytes).buffer);
    expect(response.status).toBe(200);
    expect(response.body.fields.map((field: { name: string; unit: string | null }) => [field.name, field.unit])).toEqual([
      ['centre_code', null],
      ['visits', 'ครั้ง'],
    ]);
    expect(reread.worksheets[0]?.getRow(1).getCell(1).value).toBe('ฟิลด์');
  });

  it('rejects CSV sent to the dictionary workbook route', async () => {
    const response = await http(baseUrl, 'POST', `/api/v1/catalog/datasets/${datasetId}/dictionary/xlsx`, {
      body: 'ฟิลด์,ประเภท\nvisits,int\n',
      headers: { 'content-type': 'text/csv' },
    });

    expect(response.status).toBe(415);
  });

  it('records the classification change in the outbox', async () => {
    await app.stop();
    const database = await CatalogDatabase.open(`pglite:${path.join(dataDir, 'catalog')}`);

    try {
      const events = await database.prisma.outboxEvent.findMany({
        where: { subject: 'events.catalog.dataset.classification-changed.v1' },
      });
      const data = (events[0]?.payload as { data?: Record<string, unknown> } | undefined)?.data;

      expect(events).toHaveLength(1);
      expect(data?.['previous']).toEqual({ dataCategory: 'ข้อมูลสาธารณะ', classification: null });
      expect(data?.['current']).toEqual({ dataCategory: 'ข้อมูลใช้ภายใน', classification: 'ชั้นเผยแพร่ภายในองค์กร' });
    } finally {
      await database.close();
    }
  });
});
