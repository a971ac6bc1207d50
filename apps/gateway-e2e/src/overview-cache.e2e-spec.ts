import { randomBytes } from 'node:crypto';
import { get } from 'node:http';

import { connect, type NatsConnection } from '@nats-io/transport-node';

import { authHeader } from './support/auth';
import { removeRunResources } from './support/run-cleanup';
import { freePort, startApp, waitFor, type RunningApp } from './support/processes';
import { parseExposition, sampleValue } from './support/prometheus-text';
import { http, importSample } from './support/sample-scenario';

jest.setTimeout(180_000);

const postgresUrl = process.env['TEST_DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const natsUrl = process.env['NATS_TEST_URL'] ?? 'nats://127.0.0.1:4222';
const json = { 'content-type': 'application/json' };

const overviewOf = (baseUrl: string, id: string) => http(baseUrl, 'GET', `/api/v1/indicators/${id}/overview`);

function reportProgress(baseUrl: string, id: string, text: string) {
  return http(baseUrl, 'POST', `/api/v1/indicators/${id}/progress`, { body: JSON.stringify({ date: '2021-03-15', text }), headers: json });
}

/**
 * Sends GET with If-None-Match through node:http. fetch adds `Cache-Control: no-cache` to a
 * conditional request, which requests the full body, so fetch cannot test 304.
 */
async function conditionalGet(url: string, etag: string): Promise<{ status: number; etag: string | undefined }> {
  const { authorization } = await authHeader();

  return new Promise((resolve, reject) => {
    get(url, { headers: { authorization, 'if-none-match': etag } }, (response) => {
      response.resume();
      response.once('end', () => resolve({ status: response.statusCode ?? 0, etag: response.headers.etag }));
    }).once('error', reject);
  });
}

function progressTexts(overview: { body: { progress: { data: { items: { text: string }[] } } } }): string[] {
  return overview.body.progress.data.items.map((item) => item.text);
}

describe('overview cache in embedded mode', () => {
  let app: RunningApp;
  let baseUrl = '';
  let indicatorId = '';

  beforeAll(async () => {
    const port = await freePort();

    baseUrl = `http://127.0.0.1:${port}`;
    app = startApp('apps/embedded/src/main.ts', { PORT: String(port), DATA_DIR: 'memory', PROGRESS_ENTRY_CHECK: 'off', RATE_LIMIT_PER_IP_PER_MINUTE: '0' });
    await waitFor(`${baseUrl}/api/health/ready`, 200, [app]);
    indicatorId = (await importSample(baseUrl)).body.indicatorId;
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('serves repeat reads from cache', async () => {
    const first = await overviewOf(baseUrl, indicatorId);
    const second = await overviewOf(baseUrl, indicatorId);

    expect(first.headers.get('cache-status')).toBe('bma-kpi-gateway; fwd=miss; stored');
    expect(second.headers.get('cache-status')).toBe('bma-kpi-gateway; hit');
    expect(second.body).toEqual(first.body);
  });

  it('shows a write at once', async () => {
    await overviewOf(baseUrl, indicatorId);
    const reported = await reportProgress(baseUrl, indicatorId, 'รายงานหลังแคช');
    const after = await overviewOf(baseUrl, indicatorId);

    expect(reported.status).toBe(201);
    expect(after.headers.get('cache-status')).toContain('fwd=miss');
    expect(progressTexts(after)).toContain('รายงานหลังแคช');
  });

  it('answers 304 to a current ETag', async () => {
    // The evaluation service re-scores after each progress report and its event empties the cache,
    // so wait until the overview has settled and is served from the cache.
    let first = await overviewOf(baseUrl, indicatorId);

    for (let attempt = 0; attempt < 20 && first.headers.get('cache-status') !== 'bma-kpi-gateway; hit'; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      first = await overviewOf(baseUrl, indicatorId);
    }
    const etag = first.headers.get('etag') ?? '';
    const unchanged = await conditionalGet(`${baseUrl}/api/v1/indicators/${indicatorId}/overview`, etag);

    await reportProgress(baseUrl, indicatorId, 'รายงานหลังรับ ETag');
    const changed = await conditionalGet(`${baseUrl}/api/v1/indicators/${indicatorId}/overview`, etag);

    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    expect(first.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(unchanged).toEqual({ status: 304, etag });
    expect(changed.status).toBe(200);
    expect(changed.etag).not.toBe(etag);
  });

  it('collapses concurrent misses into one', async () => {
    await reportProgress(baseUrl, indicatorId, 'ล้างแคชก่อนอ่านพร้อมกัน');
    const answers = await Promise.all(Array.from({ length: 10 }, () => overviewOf(baseUrl, indicatorId)));
    const statuses = answers.map((answer) => answer.headers.get('cache-status'));

    expect(statuses.filter((status) => status === 'bma-kpi-gateway; fwd=miss; stored')).toHaveLength(1);
    expect(statuses.filter((status) => status === 'bma-kpi-gateway; fwd=miss')).toHaveLength(0);
    expect(new Set(answers.map((answer) => JSON.stringify(answer.body))).size).toBe(1);
  });

  it('flushes on a rejected write', async () => {
    const before = await overviewOf(baseUrl, indicatorId);
    const rejected = await reportProgress(baseUrl, indicatorId, '');
    const after = await overviewOf(baseUrl, indicatorId);

    expect(rejected.status).toBe(400);
    expect(after.headers.get('cache-status')).toContain('fwd=miss');
    expect(after.body).toEqual(before.body);
  });

  it('shares one entry between id spellings', async () => {
    const lower = await overviewOf(baseUrl, indicatorId);
    const upper = await overviewOf(baseUrl, indicatorId.toUpperCase());

    expect(upper.headers.get('cache-status')).toBe('bma-kpi-gateway; hit');
    expect(upper.body.indicatorId).toBe(indicatorId);
    expect(upper.headers.get('etag')).toBe(lower.headers.get('etag'));
  });

  it('skips unknown and invalid ids', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const answers = [await overviewOf(baseUrl, unknown), await overviewOf(baseUrl, unknown), await overviewOf(baseUrl, 'not-a-uuid')];

    expect(answers.map((answer) => answer.status)).toEqual([404, 404, 400]);
    expect(answers[1]?.body.code).toBe('INDICATOR_NOT_FOUND');
    expect(answers[2]?.body.errors).toEqual([expect.objectContaining({ field: 'id', rule: 'isUuid' })]);
  });

  it('counts lookups and flushes', async () => {
    const samples = parseExposition((await http(baseUrl, 'GET', '/api/metrics')).body as string);

    expect(sampleValue(samples, 'bma_kpi_overview_cache_lookups_total', { result: 'hit' })).toBeGreaterThanOrEqual(1);
    expect(sampleValue(samples, 'bma_kpi_overview_cache_lookups_total', { result: 'miss' })).toBeGreaterThanOrEqual(3);
    expect(sampleValue(samples, 'bma_kpi_overview_cache_flushes_total', { cause: 'write' })).toBeGreaterThanOrEqual(2);
  });
});

// Two gateway instances, as compose and Kubernetes run them, in front of one instance of each service.
describe('overview cache across two gateways on NATS', () => {
  const runId = randomBytes(4).toString('hex');
  const schemas = ['indicators', 'catalog', 'evaluation', 'notification'].map((service) => `ovcache_${service}_${runId}`);
  const subjectPrefix = `ovcache${runId}.`;
  const streamName = `OVCACHE_${runId}`;
  const objectBucket = `ovcache_files_${runId}`;
  const shared = { NATS_SERVERS: natsUrl, NATS_SUBJECT_PREFIX: subjectPrefix, OBJECT_STORE_BUCKET: objectBucket };
  const serviceEnv = { ...shared, EVENTS_STREAM: streamName, OUTBOX_POLL_INTERVAL_MS: '200' };
  const databaseUrl = (schema: string) => `${postgresUrl}?schema=${schema}&connection_limit=3`;
  const apps: RunningApp[] = [];
  const gateways: string[] = [];
  let nats: NatsConnection;
  let indicatorId = '';

  beforeAll(async () => {
    const [indicators, catalog, evaluation, notification] = schemas.map(databaseUrl);
    const ports = [await freePort(), await freePort()];

    nats = await connect({ servers: natsUrl });
    apps.push(
      startApp('apps/indicators-service/src/main.ts', { ...serviceEnv, INDICATORS_DATABASE_URL: indicators ?? '' }),
      startApp('apps/catalog-service/src/main.ts', { ...serviceEnv, CATALOG_DATABASE_URL: catalog ?? '' }),
      startApp('apps/evaluation-service/src/main.ts', { ...serviceEnv, EVALUATION_DATABASE_URL: evaluation ?? '' }),
      startApp('apps/notification-service/src/main.ts', { ...serviceEnv, NOTIFICATION_DATABASE_URL: notification ?? '' }),
      ...ports.map((port) => startApp('apps/gateway/src/main.ts', { ...shared, PORT: String(port), PROGRESS_ENTRY_CHECK: 'off', RATE_LIMIT_PER_IP_PER_MINUTE: '0' })),
    );
    gateways.push(...ports.map((port) => `http://127.0.0.1:${port}`));
    for (const gateway of gateways) {
      await waitFor(`${gateway}/api/health/ready`, 200, apps);
    }
    indicatorId = (await importSample(gateways[0] ?? '')).body.indicatorId;
  });

  afterAll(async () => {
    await Promise.all(apps.map((app) => app.stop()));
    await removeRunResources({ nats, streamName, objectBucket, postgresUrl, schemas });
  });

  /** Reads the overview from `gateway` until it is served from the cache. */
  async function cachedOn(gateway: string): Promise<void> {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      if ((await overviewOf(gateway, indicatorId)).headers.get('cache-status')?.endsWith('hit')) {
        return;
      }
    }
    throw new Error(`${gateway} did not cache the overview`);
  }

  it('shows a write via the other gateway', async () => {
    const [first, second] = gateways as [string, string];

    await cachedOn(second);
    expect((await reportProgress(first, indicatorId, `ผ่านเกตเวย์แรก ${runId}`)).status).toBe(201);
    // The notice travels over NATS after the write's response, so allow it a moment to arrive.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const after = await overviewOf(second, indicatorId);

    expect(after.headers.get('cache-status')).toContain('fwd=miss');
    expect(progressTexts(after)).toContain(`ผ่านเกตเวย์แรก ${runId}`);
  });

  it('flushes both on a service event', async () => {
    await Promise.all(gateways.map(cachedOn));
    nats.publish(`${subjectPrefix}events.catalog.dataset.updated.v1`, JSON.stringify({ datasetId: 'none' }));
    await nats.flush();
    await new Promise((resolve) => setTimeout(resolve, 200));

    for (const gateway of gateways) {
      expect((await overviewOf(gateway, indicatorId)).headers.get('cache-status')).toContain('fwd=miss');
    }
  });

  it('ignores notification events', async () => {
    await cachedOn(gateways[0] ?? '');
    nats.publish(`${subjectPrefix}events.notification.delivered.v1`, '{}');
    await nats.flush();
    await new Promise((resolve) => setTimeout(resolve, 200));

    expect((await overviewOf(gateways[0] ?? '', indicatorId)).headers.get('cache-status')).toBe('bma-kpi-gateway; hit');
  });
});
