import { randomBytes } from 'node:crypto';

import { connect, type NatsConnection } from '@nats-io/transport-node';
import { Client } from 'pg';

import { http, importSample } from './support/sample-scenario';
import { freePort, startApp, waitFor, type RunningApp } from './support/processes';
import { parseExposition, sampleValue } from './support/prometheus-text';
import { postgresBinDir, privateNats, privatePostgres, type PrivateNats, type PrivatePostgres } from './support/private-servers';
import { adminFetch } from './support/auth';

jest.setTimeout(240_000);

// Failure behaviour of the distributed mode. The tests stop and restart NATS and PostgreSQL, so the
// run starts its own nats-server and, for the evaluation service, its own PostgreSQL cluster. The
// other services use schemas on the shared PostgreSQL server.
const sharedPostgresUrl = process.env['TEST_DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const requestTimeoutMs = 3000;
const binDir = postgresBinDir();

/** Polls `check` every 250 ms until it returns true, or throws with `description` after `timeoutMs`. */
async function eventually(description: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;

  while (Date.now() < deadline) {
    if (await check().catch(() => false)) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Timed out waiting until ${description}`);
}

/** Outcome of one request of a load loop: its status and Retry-After, or `hung` when no response arrived. */
interface LoopResult {
  status: number | 'hung';
  retryAfter: string | null;
}

/** Sends requests one after another until stopped, and waits for each response up to twice the gateway's timeout. */
function requestLoop(url: string): { results: LoopResult[]; stop: () => Promise<void> } {
  const results: LoopResult[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      try {
        const response = await adminFetch(url, { signal: AbortSignal.timeout(requestTimeoutMs * 2) });

        await response.arrayBuffer();
        results.push({ status: response.status, retryAfter: response.headers.get('retry-after') });
      } catch {
        results.push({ status: 'hung', retryAfter: null });
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();

  return {
    results,
    stop: async () => {
      running = false;
      await loop;
    },
  };
}

(binDir ? describe : describe.skip)('distributed mode under failures', () => {
  const runId = randomBytes(4).toString('hex');
  const schema = `e2e_fail_${runId}`;
  const subjectPrefix = `e2efail${runId}.`;
  const apps: Record<'indicators' | 'catalog' | 'evaluation' | 'notification' | 'gateway', RunningApp | null> = {
    indicators: null,
    catalog: null,
    evaluation: null,
    notification: null,
    gateway: null,
  };
  let nats: PrivateNats;
  let postgres: PrivatePostgres;
  let baseUrl = '';
  let indicatorId = '';
  const running = () => Object.values(apps).filter((app): app is RunningApp => app !== null);
  const overview = () => http(baseUrl, 'GET', `/api/v1/indicators/${indicatorId}/overview`);

  beforeAll(async () => {
    nats = await privateNats();
    await nats.start();
    postgres = await privatePostgres(binDir ?? '');
    postgres.start();
    const port = await freePort();
    const shared = { NATS_SERVERS: nats.url, NATS_SUBJECT_PREFIX: subjectPrefix, EVENTS_STREAM: `E2E_FAIL_${runId}`, OUTBOX_POLL_INTERVAL_MS: '200' };

    baseUrl = `http://127.0.0.1:${port}`;
    apps.indicators = startApp('apps/indicators-service/src/main.ts', { ...shared, INDICATORS_DATABASE_URL: `${sharedPostgresUrl}?schema=${schema}_ind` });
    apps.catalog = startApp('apps/catalog-service/src/main.ts', { ...shared, CATALOG_DATABASE_URL: `${sharedPostgresUrl}?schema=${schema}_cat`, INDICATORS_REQUEST_TIMEOUT_MS: '1000' });
    apps.evaluation = startApp('apps/evaluation-service/src/main.ts', { ...shared, EVALUATION_DATABASE_URL: `${postgres.url}?schema=evaluation`, INDICATORS_REQUEST_TIMEOUT_MS: '1000' });
    apps.notification = startApp('apps/notification-service/src/main.ts', { ...shared, NOTIFICATION_DATABASE_URL: `${sharedPostgresUrl}?schema=${schema}_notif` });
    apps.gateway = startApp('apps/gateway/src/main.ts', {
      ...shared,
      OBJECT_STORE_BUCKET: `e2e_fail_files_${runId}`,
      PORT: String(port),
      REQUEST_TIMEOUT_MS: String(requestTimeoutMs),
      // Below REQUEST_TIMEOUT_MS, with room for a loaded 2-core machine; a killed service still fails at once.
      OVERVIEW_CALL_TIMEOUT_MS: '2500',
      HEALTH_CHECK_TIMEOUT_MS: '1000',
      RATE_LIMIT_PER_IP_PER_MINUTE: '0',
      PROGRESS_ENTRY_CHECK: 'off',
    });
    await waitFor(`${baseUrl}/api/health/ready`, 200, running(), 120_000);
    indicatorId = (await importSample(baseUrl)).body.indicatorId;
    await http(baseUrl, 'POST', '/api/v1/evaluations/rounds', { body: JSON.stringify({ fiscalYear: 2564, quarter: 2 }), headers: { 'content-type': 'application/json' } });
  });

  afterAll(async () => {
    await Promise.all(running().map((app) => app.stop()));
    await nats?.remove();
    postgres?.remove();
    const client = new Client({ connectionString: sharedPostgresUrl });

    await client.connect();
    for (const suffix of ['ind', 'cat', 'notif']) {
      await client.query(`DROP SCHEMA IF EXISTS "${schema}_${suffix}" CASCADE`);
    }
    await client.end();
  });

  it('overview gathers every section', async () => {
    const response = await http(baseUrl, 'GET', `/api/v1/indicators/${indicatorId}/overview`);

    expect(response.status).toBe(200);
    expect(response.body.evaluations.data.quarters.map((quarter: { status: string }) => quarter.status)).toEqual(['noRound', 'evaluated', 'noRound', 'noRound']);
    expect(response.body.datasets).toEqual({ status: 'ok', data: { items: [] } });
  });

  it('exports the consumer lag and outbox backlog', async () => {
    const samples = parseExposition(await (await fetch(`${baseUrl}/api/metrics`)).text());

    expect(sampleValue(samples, 'bma_kpi_consumer_lag', { service: 'evaluation' })).toEqual(expect.any(Number));
    expect(sampleValue(samples, 'bma_kpi_outbox_backlog', { service: 'indicators' })).toEqual(expect.any(Number));
    expect(sampleValue(samples, 'bma_kpi_service_request_duration_seconds_count', { subject: 'evaluation.evaluation.list-by-indicator.v1', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
  });

  it('reports a service without its database not ready', async () => {
    postgres.stop();
    let report: Awaited<ReturnType<typeof http>> | null = null;

    await eventually('readiness reports the evaluation service down', async () => {
      report = await http(baseUrl, 'GET', '/api/health/ready');

      return report.status === 503;
    });
    postgres.start();
    await eventually('readiness recovers', async () => (await http(baseUrl, 'GET', '/api/health/ready')).status === 200);
    const rounds = await http(baseUrl, 'GET', '/api/v1/evaluations/rounds');

    expect(report!.headers.get('retry-after')).toBe('5');
    expect(report!.body.services.evaluation).toMatchObject({ status: 'unavailable' });
    expect(report!.body.services.indicators).toMatchObject({ status: 'ok' });
    expect(rounds.status).toBe(200);
  });

  it('answers 503 while NATS restarts', async () => {
    await overview();
    expect((await overview()).headers.get('cache-status')).toBe('bma-kpi-gateway; hit');
    const loop = requestLoop(`${baseUrl}/api/v1/indicators`);

    await eventually('requests succeed before the outage', () => Promise.resolve(loop.results.filter((result) => result.status === 200).length >= 3));
    await nats.stop();
    await eventually('a request gets 503', () => Promise.resolve(loop.results.some((result) => result.status === 503)));
    await nats.start();
    const restartedAt = loop.results.length;

    await eventually('requests succeed after the restart', () => Promise.resolve(loop.results.slice(restartedAt).filter((result) => result.status === 200).length >= 3));
    await loop.stop();
    const statuses = new Set(loop.results.map((result) => result.status));
    const unavailable = loop.results.filter((result) => result.status === 503);

    // A request already waiting for its reply when NATS went down ends with 504 after the timeout.
    expect([...statuses].filter((status) => ![200, 503, 504].includes(status as number))).toEqual([]);
    expect(unavailable.every((result) => result.retryAfter === '5')).toBe(true);
    expect(loop.results.at(-1)?.status).toBe(200);
    await eventually('readiness recovers after the restart', async () => (await http(baseUrl, 'GET', '/api/health/ready')).status === 200);
    // Notices sent while the gateway was cut off are lost, so it emptied its overview cache.
    expect((await overview()).headers.get('cache-status')).toContain('fwd=miss');
  });

  it('degrades only the killed service', async () => {
    apps.catalog?.process.kill('SIGKILL');
    await apps.catalog?.stop();
    apps.catalog = null;
    // A stopped service changes nothing, so the cached overview, datasets included, is still right.
    const cached = await overview();

    expect(cached.headers.get('cache-status')).toBe('bma-kpi-gateway; hit');
    expect(cached.body.datasets.status).toBe('ok');
    // A write empties the cache, and the next overview requests the services again.
    const reported = await http(baseUrl, 'POST', `/api/v1/indicators/${indicatorId}/progress`, {
      body: JSON.stringify({ date: '2021-03-15', text: 'หลังหยุดบริการแคตตาล็อก' }),
      headers: { 'content-type': 'application/json' },
    });
    const gathered = await overview();
    const catalogRoute = await http(baseUrl, 'GET', '/api/v1/catalog/datasets');
    const indicatorsRoute = await http(baseUrl, 'GET', '/api/v1/indicators');
    const ready = await http(baseUrl, 'GET', '/api/health/ready');

    expect(reported.status).toBe(201);
    expect(gathered.status).toBe(200);
    expect(gathered.headers.get('cache-status')).toBe('bma-kpi-gateway; fwd=miss');
    expect(gathered.body.datasets).toMatchObject({ status: 'unavailable', code: 'SERVICE_UNAVAILABLE' });
    for (const section of ['definition', 'targets', 'progress', 'evaluations', 'flags']) {
      expect({ section, status: gathered.body[section].status }).toEqual({ section, status: 'ok' });
    }
    // 503 rather than 504: NATS reports at once that no instance serves the subject.
    expect(catalogRoute.status).toBe(503);
    expect(catalogRoute.headers.get('retry-after')).toBe('5');
    expect(indicatorsRoute.status).toBe(200);
    expect(ready.status).toBe(503);
    expect(ready.body.services.catalog).toMatchObject({ status: 'unavailable', code: 'SERVICE_UNAVAILABLE' });
    expect(ready.body.services.indicators.status).toBe('ok');
  });

  it('finishes a request in flight on shutdown', async () => {
    // A slow stand-in for the stopped catalog service replies to the dataset list after one second.
    const stub: NatsConnection = await connect({ servers: nats.url });
    const list = { items: [], total: 0, page: 1, pageSize: 20 };

    stub.subscribe(`${subjectPrefix}catalog.dataset.list.v1`, {
      callback: (_error, message) => {
        const { id } = message.json<{ id: string }>();

        setTimeout(() => message.respond(JSON.stringify({ id, response: list, isDisposed: true })), 1000);
      },
    });
    await stub.flush();
    const inFlight = http(baseUrl, 'GET', '/api/v1/catalog/datasets');

    await new Promise((resolve) => setTimeout(resolve, 300));
    const gateway = apps.gateway;
    const exited = new Promise<void>((resolve) => gateway?.process.once('exit', () => resolve()));

    gateway?.process.kill('SIGTERM');
    const response = await inFlight;

    await exited;
    apps.gateway = null;
    await stub.drain();
    expect(response.status).toBe(200);
    expect(response.body).toEqual(list);
    await expect(fetch(`${baseUrl}/api/health/live`)).rejects.toThrow();
  });
});
