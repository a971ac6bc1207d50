import { adminFetch, authHeader } from './support/auth';
import { http } from './support/sample-scenario';
import { freePort, startApp, waitFor, type RunningApp } from './support/processes';

jest.setTimeout(180_000);

const json = { 'content-type': 'application/json' };
const dinDaeng = '1026';
// The indicators reference data gives ดินแดง (geocode 1026) the BMA agency code 5037.
const dinDaengAgency = '5037';
const thaiMonthNames = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'];

/** Today's date in Bangkok as year, month and day numbers. */
function bangkokToday(): { year: number; month: number; day: number } {
  const [year, month, day] = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10).split('-').map(Number);

  return { year, month, day };
}

/**
 * Chooses the reported month and its fiscal year from the real date because the embedded app runs
 * on the system clock. The current month works from the 2nd on, when a report due on the 1st is
 * late; on the 1st the month before is used.
 */
function reportMonth(): { month: string; fiscalYear: number } {
  const today = bangkokToday();
  const back = today.day === 1 ? 1 : 0;
  const monthIndex = today.year * 12 + today.month - 1 - back;
  const [year, month] = [Math.floor(monthIndex / 12), (monthIndex % 12) + 1];

  return { month: `${year}-${String(month).padStart(2, '0')}`, fiscalYear: year + 543 + (month >= 10 ? 1 : 0) };
}

const { month, fiscalYear } = reportMonth();
const [reportYear, reportMonthNumber] = month.split('-').map(Number);
const monthTh = `${thaiMonthNames[reportMonthNumber - 1]} ${reportYear + 543}`;

interface InboxItem {
  kind: string;
  agencyCode: string | null;
  subject: string;
  text: string;
}

const marketDataset = {
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
};

const dictionaryCsv = ['ฟิลด์,ป้ายกำกับ,ประเภท,หน่วย,จำเป็น,คีย์หลัก', 'market_name,ชื่อตลาด,text,,ใช่,ใช่', 'stalls,จำนวนแผง,int,แผง,ใช่,ไม่ใช่', ''].join('\r\n');

const record = { values: { market_name: 'ตลาดห้วยขวาง', stalls: 120 }, geometry: { type: 'Point', coordinates: [100.5735, 13.7766] } };

describe('district catalog in embedded mode', () => {
  let app: RunningApp;
  let baseUrl = '';

  const post = (path: string, body: unknown) => http(baseUrl, 'POST', path, { body: JSON.stringify(body), headers: json });
  const submission = (overrides: Record<string, unknown>) => ({ fiscalYear, district: dinDaeng, month, records: [record], ...overrides });
  const errorFields = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((error) => error.field);

  beforeAll(async () => {
    const port = await freePort();

    baseUrl = `http://127.0.0.1:${port}`;
    app = startApp('apps/embedded/src/main.ts', { PORT: String(port), DATA_DIR: 'memory', DISTRICT_SWEEP_ENABLED: 'false' });
    await waitFor(`${baseUrl}/api/health`, 200, [app]);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('configures three items with their own due rules', async () => {
    const dataset = await post('/api/v1/catalog/datasets', marketDataset);
    const dictionary = await http(baseUrl, 'POST', `/api/v1/catalog/datasets/${dataset.body.id}/dictionary/csv`, {
      body: dictionaryCsv,
      headers: { 'content-type': 'text/csv; charset=utf-8' },
    });
    const item = { datasetId: dataset.body.id, geometryExpected: true };
    const response = await http(baseUrl, 'PUT', `/api/v1/district-catalog/fiscal-years/${fiscalYear}/items`, {
      body: JSON.stringify({
        items: [
          // Due on the 28th of the month after, which is still ahead.
          { ...item, code: 'ONTIME', nameTh: 'ตลาดสด', dueDay: 28, dueMonthOffset: 1 },
          // Due on the 1st of the reported month, which has passed.
          { ...item, code: 'LATE', nameTh: 'ตลาดนัด', dueDay: 1, dueMonthOffset: 0 },
          { ...item, code: 'MISSING', nameTh: 'ร้านค้าแผงลอย', dueDay: 1, dueMonthOffset: 0 },
        ],
      }),
      headers: json,
    });

    expect(dataset.status).toBe(201);
    expect(dictionary.status).toBe(200);
    expect(response.status).toBe(200);
    expect(response.body.items.map((entry: { code: string }) => entry.code)).toEqual(['ONTIME', 'LATE', 'MISSING']);
  });

  it('stores an on-time report', async () => {
    const response = await post('/api/v1/district-catalog/submissions', submission({ itemCode: 'ONTIME' }));

    expect(response.status).toBe(201);
    expect(response.body.status).toBe('onTime');
  });

  it('stores a late report', async () => {
    const response = await post('/api/v1/district-catalog/submissions', submission({ itemCode: 'LATE' }));

    expect(response.status).toBe(201);
    expect(response.body.status).toBe('late');
  });

  it('records each missing report once', async () => {
    const first = await post('/api/v1/district-catalog/sweeps', {});
    const second = await post('/api/v1/district-catalog/sweeps', {});
    const matrix = await http(baseUrl, 'GET', `/api/v1/district-catalog/fiscal-years/${fiscalYear}/matrix?asOf=${encodeURIComponent(first.body.asOf)}`);
    const missingCells = matrix.body.cells.filter((cell: { status: string }) => cell.status === 'missing');

    expect(first.status).toBe(200);
    expect(first.body.newlyMissing).toBe(missingCells.length);
    // MISSING of the reported month is overdue in every district, so at least those 50 were found.
    expect(first.body.newlyMissing).toBeGreaterThanOrEqual(50);
    expect(second.body.newlyMissing).toBe(0);
  });

  it('puts the missing report in the district office inbox', async () => {
    const reporter = await authHeader({ sub: 'din-daeng-reporter', roles: ['agency_reporter'], agency: dinDaengAgency });
    const approver = await authHeader({ sub: 'din-daeng-director', roles: ['agency_approver'], agency: dinDaengAgency });
    const missingNotices = async (recipientId: string, headers: Record<string, string>) => {
      const response = await http(baseUrl, 'GET', `/api/v1/notifications/inbox?recipientId=${recipientId}&pageSize=200`, { headers });

      expect(response.status).toBe(200);

      return (response.body.items as InboxItem[]).filter((item) => item.kind === 'districtReportMissing' && item.subject.includes('รายการ MISSING ประจำเดือน' + monthTh));
    };
    // The sweep raised one event per missing district, item and month, and the consumer works through them in any order.
    const deadline = Date.now() + 60_000;

    while ((await missingNotices(`agency:${dinDaengAgency}`, reporter)).length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const staff = await missingNotices(`agency:${dinDaengAgency}`, reporter);
    const head = await missingNotices(`agency-head:${dinDaengAgency}`, approver);

    expect(staff).toHaveLength(1);
    expect(staff[0].agencyCode).toBe(dinDaengAgency);
    expect(staff[0].subject).toBe(`ไม่ส่งข้อมูล: สำนักงานเขตดินแดง รายการ MISSING ประจำเดือน${monthTh}`);
    expect(staff[0].text).toContain(`ร้านค้าแผงลอย ประจำเดือน${monthTh} (ปีงบประมาณ พ.ศ. ${fiscalYear})`);
    expect(head).toHaveLength(1);
  });

  it('keeps another district out of the inbox', async () => {
    const outsider = await authHeader({ sub: 'bang-na-reporter', roles: ['agency_reporter'], agency: '5047' });
    const response = await http(baseUrl, 'GET', `/api/v1/notifications/inbox?recipientId=agency:${dinDaengAgency}`, { headers: outsider });

    expect(response.status).toBe(403);
  });

  it('reads back the matrix and rates', async () => {
    const response = await http(baseUrl, 'GET', `/api/v1/district-catalog/fiscal-years/${fiscalYear}/matrix?district=${dinDaeng}`);
    const statusOf = (itemCode: string) =>
      response.body.cells.find((cell: { itemCode: string; month: string }) => cell.itemCode === itemCode && cell.month === month)?.status;

    expect(response.status).toBe(200);
    expect(statusOf('ONTIME')).toBe('onTime');
    expect(statusOf('LATE')).toBe('late');
    expect(statusOf('MISSING')).toBe('missing');
    expect(response.body.rates[0].district).toBe(dinDaeng);
    expect(response.body.rates[0].onTime).toBe(1);
    expect(response.body.rates[0].late).toBe(1);
  });

  it('exports the matrix as CSV with Thai headers', async () => {
    const response = await adminFetch(`${baseUrl}/api/v1/district-catalog/fiscal-years/${fiscalYear}/matrix.csv?district=${dinDaeng}`);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    const lines = text.split('\r\n');

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe('\uFEFFรหัสเขต,สำนักงานเขต,รหัสรายการ,รายการข้อมูล,เดือน (ค.ศ.),เดือน,วันครบกำหนด,สถานะ,ส่งครั้งแรก,ฉบับที่');
    expect(lines.filter((line) => line.includes(`,${month},`) && line.includes('ONTIME'))[0]).toContain('ตรงเวลา');
    expect(lines.filter((line) => line.includes(`,${month},`) && line.includes('MISSING'))[0]).toContain('ไม่ส่ง');
  });

  it('exports the rates as XLSX', async () => {
    const response = await adminFetch(`${baseUrl}/api/v1/district-catalog/fiscal-years/${fiscalYear}/matrix.xlsx?table=rates`);
    const bytes = Buffer.from(await response.arrayBuffer());

    expect(response.status).toBe(200);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it.each([
    ['a month outside the fiscal year', { itemCode: 'ONTIME', month: `${fiscalYear - 543 + 1}-10` }, 'month'],
    ['an unknown district', { itemCode: 'ONTIME', district: '9999' }, 'district'],
    ['geometry outside Bangkok', { itemCode: 'MISSING', records: [{ ...record, geometry: { type: 'Point', coordinates: [98.98, 18.79] } }] }, 'records[0].geometry.coordinates'],
    ['a record missing a required field', { itemCode: 'MISSING', records: [{ ...record, values: { stalls: 4 } }] }, 'records[0].values.market_name'],
  ])('rejects %s', async (_case, overrides, field) => {
    const response = await post('/api/v1/district-catalog/submissions', submission(overrides));

    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(errorFields(response.body)).toEqual([field]);
  });
});
