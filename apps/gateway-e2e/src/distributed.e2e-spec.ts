import { createHash, randomBytes } from 'node:crypto';

import { jetstreamManager } from '@nats-io/jetstream';
import { Objm } from '@nats-io/obj';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { Client } from 'pg';

import { defineSampleScenario, http, importSample } from './support/sample-scenario';
import { freePort, startApp, waitFor, type RunningApp } from './support/processes';
import { adminFetch } from './support/auth';
import { csvForm, dataset as qualityDataset, dictionary, expectedFindings, flawedCsv, type FindingBody } from './support/quality-fixture';

jest.setTimeout(180_000);

const postgresUrl = process.env['TEST_DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const natsUrl = process.env['NATS_TEST_URL'] ?? 'nats://127.0.0.1:4222';

/** A public dataset with the mandatory thai_gdc metadata, for the link check. */
const linkedDataset = {
  data_type: 'ข้อมูลสถิติ',
  title: 'จำนวนชุดข้อมูลที่มีคำอธิบายชุดข้อมูลดิจิทัล',
  owner_org: 'strategy-department',
  maintainer: 'กลุ่มงานธรรมาภิบาลข้อมูล',
  maintainer_email: 'data@bangkok.go.th',
  tag_string: 'ธรรมาภิบาลข้อมูล',
  notes: 'จำนวนชุดข้อมูลของหน่วยงานที่มีคำอธิบายชุดข้อมูลครบ',
  objective: ['พันธกิจหน่วยงาน'],
  update_frequency_unit: 'ไตรมาส',
  geo_coverage: 'จังหวัด',
  data_source: 'สำนักยุทธศาสตร์และประเมินผล',
  data_format: ['CSV'],
  data_category: 'ข้อมูลสาธารณะ',
  license_id: 'Open Data Common',
};

describe('distributed mode over NATS and PostgreSQL', () => {
  const runId = randomBytes(4).toString('hex');
  const schema = `e2e_${runId}`;
  const subjectPrefix = `e2e${runId}.`;
  const streamName = `E2E_${runId}`;
  const objectBucket = `e2e_files_${runId}`;
  const apps: RunningApp[] = [];
  let service: RunningApp;
  let nats: NatsConnection;
  let baseUrl = '';
  let linkedDatasetId = '';

  beforeAll(async () => {
    const port = await freePort();
    const shared = { NATS_SERVERS: natsUrl, NATS_SUBJECT_PREFIX: subjectPrefix, OBJECT_STORE_BUCKET: objectBucket };

    baseUrl = `http://127.0.0.1:${port}`;
    nats = await connect({ servers: natsUrl });
    service = startApp('apps/indicators-service/src/main.ts', {
      ...shared,
      INDICATORS_DATABASE_URL: `${postgresUrl}?schema=${schema}`,
      EVENTS_STREAM: streamName,
      OUTBOX_POLL_INTERVAL_MS: '200',
    });
    // The gateway's health check calls every service, so the gateway is ready only once all of them run.
    const catalogService = startApp('apps/catalog-service/src/main.ts', {
      ...shared,
      CATALOG_DATABASE_URL: `${postgresUrl}?schema=${schema}_catalog`,
      QUALITY_POLL_INTERVAL_MS: '200',
      DISTRICT_SWEEP_ENABLED: 'false',
      EVENTS_STREAM: streamName,
      OUTBOX_POLL_INTERVAL_MS: '200',
      // Below the gateway's 3000 ms, so a stuck indicators service degrades link lists only.
      INDICATORS_REQUEST_TIMEOUT_MS: '1000',
    });

    const evaluationService = startApp('apps/evaluation-service/src/main.ts', {
      ...shared,
      EVALUATION_DATABASE_URL: `${postgresUrl}?schema=${schema}_evaluation`,
      EVENTS_STREAM: streamName,
      OUTBOX_POLL_INTERVAL_MS: '200',
      INDICATORS_REQUEST_TIMEOUT_MS: '1000',
    });

    const notificationService = startApp('apps/notification-service/src/main.ts', {
      ...shared,
      NOTIFICATION_DATABASE_URL: `${postgresUrl}?schema=${schema}_notification`,
      EVENTS_STREAM: streamName,
      OUTBOX_POLL_INTERVAL_MS: '200',
    });

    apps.push(service, catalogService, evaluationService, notificationService, startApp('apps/gateway/src/main.ts', {
        ...shared,
        PORT: String(port),
        REQUEST_TIMEOUT_MS: '3000',
        GATEWAY_DATABASE_URL: `${postgresUrl}?schema=${schema}_gateway`,
      }));
    await waitFor(`${baseUrl}/api/health`, 200, apps);
  });

  afterAll(async () => {
    await Promise.all(apps.map((app) => app.stop()));
    const manager = await jetstreamManager(nats);

    await manager.streams.delete(streamName).catch(() => undefined);
    await (await new Objm(nats).open(objectBucket)).destroy().catch(() => undefined);
    await nats.drain();
    const client = new Client({ connectionString: postgresUrl });

    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.query(`DROP SCHEMA IF EXISTS "${schema}_catalog" CASCADE`);
    await client.query(`DROP SCHEMA IF EXISTS "${schema}_evaluation" CASCADE`);
    await client.query(`DROP SCHEMA IF EXISTS "${schema}_notification" CASCADE`);
    await client.query(`DROP SCHEMA IF EXISTS "${schema}_gateway" CASCADE`);
    await client.end();
  });

  defineSampleScenario(() => baseUrl);

  it('stores evidence in the JetStream object store', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n', 'latin1'), randomBytes(1_200_000)]);
    const created = await http(baseUrl, 'POST', '/api/v1/catalog/artefacts', {
      body: JSON.stringify({ agencyCode: '0411', fiscalYear: 2567, kind: 'databaseDevelopmentPlan', title: 'แผนพัฒนาฐานข้อมูล' }),
      headers: { 'content-type': 'application/json' },
    });
    const form = new FormData();

    form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'แผนพัฒนาฐานข้อมูล.pdf');
    const uploaded = await http(baseUrl, 'POST', `/api/v1/catalog/artefacts/${created.body.id}/evidence`, { body: form });
    const evidence = uploaded.body.evidence?.[0];
    const download = await adminFetch(`${baseUrl}/api/v1/catalog/artefacts/${created.body.id}/evidence/${evidence?.id}/content`);
    const stored = await (await new Objm(nats).open(objectBucket)).info(createHash('sha256').update(pdf).digest('hex'));

    expect(created.status).toBe(201);
    expect(uploaded.status).toBe(201);
    expect(evidence.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);
    expect(stored?.size).toBe(pdf.length);
  });

  it('publishes the import events to JetStream', async () => {
    const manager = await jetstreamManager(nats);
    const deadline = Date.now() + 15_000;
    let subjects: Record<string, number> = {};

    while (Date.now() < deadline) {
      const info = await manager.streams.info(streamName, { subjects_filter: '>' });

      subjects = (info.state.subjects ?? {});
      if ((subjects[`${subjectPrefix}events.indicators.progress.reported.v1`] ?? 0) >= 13) {
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(subjects[`${subjectPrefix}events.indicators.indicator.created.v1`]).toBe(1);
    expect(subjects[`${subjectPrefix}events.indicators.progress.reported.v1`]).toBe(13);
  });

  it('links a dataset to the KPI across the processes', async () => {
    const kpis = await http(baseUrl, 'GET', '/api/v1/indicators?fiscalYear=2564&agency=0411');
    const indicatorId: string = kpis.body.items[0].id;
    const dataset = await http(baseUrl, 'POST', '/api/v1/catalog/datasets', {
      body: JSON.stringify(linkedDataset),
      headers: { 'content-type': 'application/json' },
    });
    const link = await http(baseUrl, 'POST', `/api/v1/catalog/datasets/${dataset.body.id}/indicators`, {
      body: JSON.stringify({ indicatorId }),
      headers: { 'content-type': 'application/json' },
    });
    const behindKpi = await http(baseUrl, 'GET', `/api/v1/indicators/${indicatorId}/datasets`);

    expect(dataset.status).toBe(201);
    expect(link.status).toBe(201);
    expect(link.body.indicator).toMatchObject({ id: indicatorId, fiscalYear: 2564, agencyCode: '0411' });
    expect(behindKpi.body.items.map((item: { dataset: { id: string } }) => item.dataset.id)).toEqual([dataset.body.id]);
    linkedDatasetId = dataset.body.id;
  });

  it('assesses the data quality of an uploaded CSV across the processes', async () => {
    const created = await http(baseUrl, 'POST', '/api/v1/catalog/datasets', { body: JSON.stringify(qualityDataset), headers: { 'content-type': 'application/json' } });
    const id: string = created.body.id;

    await http(baseUrl, 'PUT', `/api/v1/catalog/datasets/${id}/dictionary`, { body: JSON.stringify(dictionary), headers: { 'content-type': 'application/json' } });
    const uploaded = await http(baseUrl, 'POST', `/api/v1/catalog/datasets/${id}/resources/upload`, { body: csvForm(flawedCsv, 'ผู้ใช้บริการ.csv') });
    const done = await eventuallyValue(async () => {
      const latest = await http(baseUrl, 'GET', `/api/v1/catalog/datasets/${id}/quality/latest`);

      return latest.body?.status === 'done' ? latest.body : null;
    });
    const findings = await http(baseUrl, 'GET', `/api/v1/catalog/datasets/${id}/quality/assessments/${done.id}/findings?pageSize=50`);

    expect(uploaded.status).toBe(201);
    expect(done.scores).toEqual({ completeness: 90, validity: 87.5, uniqueness: 80, encoding: 87.5, timeliness: 100, overall: 89 });
    expect(findings.body.items.map((finding: FindingBody) => [finding.row, finding.column, finding.rule, finding.value])).toEqual(expectedFindings);
  });

  it('runs a readiness assessment and a district report across the processes', async () => {
    const post = (path: string, body: unknown) => http(baseUrl, 'POST', path, { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
    const { month, fiscalYear } = currentBangkokMonth();

    await post('/api/v1/governance/questionnaires/defaults', { kind: 'readiness' });
    const assessment = await post('/api/v1/governance/assessments', { kind: 'readiness', fiscalYear, agencyCode: '0411' });
    const marketData = await post('/api/v1/catalog/datasets', { ...qualityDataset, title: 'ตลาดในพื้นที่เขต' });

    await http(baseUrl, 'PUT', `/api/v1/catalog/datasets/${marketData.body.id}/dictionary`, { body: JSON.stringify(dictionary), headers: { 'content-type': 'application/json' } });
    const items = await http(baseUrl, 'PUT', `/api/v1/district-catalog/fiscal-years/${fiscalYear}/items`, {
      body: JSON.stringify({ items: [{ datasetId: marketData.body.id, geometryExpected: false, code: 'VISITS', nameTh: 'ผู้ใช้บริการ', dueDay: 28, dueMonthOffset: 1 }] }),
      headers: { 'content-type': 'application/json' },
    });
    const values = { district_code: '1026', district_name: 'ดินแดง', visits: 12 };
    const report = await post('/api/v1/district-catalog/submissions', { fiscalYear, district: '1026', itemCode: 'VISITS', month, records: [{ values }] });
    const matrix = await http(baseUrl, 'GET', `/api/v1/district-catalog/fiscal-years/${fiscalYear}/matrix?district=1026`);

    expect(assessment.status).toBe(201);
    expect(assessment.body).toMatchObject({ kind: 'readiness', agencyCode: '0411', status: 'draft' });
    expect(items.status).toBe(200);
    expect(report.status).toBe(201);
    expect(report.body.status).toBe('onTime');
    expect(JSON.stringify(matrix.body)).toContain('onTime');
  });

  it('answers 504 when the service is too slow', async () => {
    await service.stop();
    // A subscriber that never replies plays the part of a stuck service instance.
    const stuck = nats.subscribe(`${subjectPrefix}indicators.indicator.list.v1`, { callback: () => undefined });

    await nats.flush();
    const response = await http(baseUrl, 'GET', '/api/v1/indicators');

    stuck.unsubscribe();
    expect(response.status).toBe(504);
    expect(response.body.code).toBe('SERVICE_TIMEOUT');
  });

  it('lists links without the stopped indicators service', async () => {
    const response = await http(baseUrl, 'GET', `/api/v1/catalog/datasets/${linkedDatasetId}/indicators`);

    expect(response.status).toBe(200);
    expect(response.body.items.map((item: { indicatorStatus: string }) => item.indicatorStatus)).toEqual(['unavailable']);
  });

  it('answers 503 when the service is down', async () => {
    const response = await importSample(baseUrl);

    expect(response.status).toBe(503);
    expect(response.body.code).toBe('SERVICE_UNAVAILABLE');
    expect(response.headers.get('retry-after')).toBe('5');
  });
});

/** Polls `read` every 250 ms until it returns a value, for up to 30 s. */
async function eventuallyValue<T>(read: () => Promise<T | null>): Promise<T> {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    const value = await read();

    if (value !== null) {
      return value;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('No value within 30 s');
}

/** Returns the current month in Bangkok (`YYYY-MM`) and the Buddhist-era fiscal year it belongs to. */
function currentBangkokMonth(): { month: string; fiscalYear: number } {
  const [year, month] = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7).split('-').map(Number) as [number, number];

  return { month: `${year}-${String(month).padStart(2, '0')}`, fiscalYear: year + 543 + (month >= 10 ? 1 : 0) };
}
