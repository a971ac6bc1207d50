import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

import { connect, type NatsConnection } from '@nats-io/transport-node';

import { removeRunResources } from './support/run-cleanup';
import { freePort, startApp, waitFor, workspaceRoot, type RunningApp } from './support/processes';
import { http, importSample } from './support/sample-scenario';

jest.setTimeout(180_000);

const postgresUrl = process.env['TEST_DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const natsUrl = process.env['NATS_TEST_URL'] ?? 'nats://127.0.0.1:4222';
const requestCount = 40;

/** Runs tools/nats-health.mjs with the given environment and resolves with its exit code. */
function runHealthProbe(service: string, env: Record<string, string>): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const probe = spawn(process.execPath, ['tools/nats-health.mjs', service], {
      cwd: workspaceRoot,
      env: { ...process.env, ...env },
      stdio: 'ignore',
    });

    probe.once('error', reject);
    probe.once('exit', (code) => resolve(code));
  });
}

// The compose and Kubernetes topology as local processes: two indicators replicas, one of each
// other service and the gateway, all on one NATS server under a prefix of this run.
describe('two service replicas behind one NATS', () => {
  const runId = randomBytes(4).toString('hex');
  const schemas = ['indicators', 'catalog', 'evaluation', 'notification'].map((service) => `replicas_${service}_${runId}`);
  const subjectPrefix = `replicas${runId}.`;
  const streamName = `REPLICAS_${runId}`;
  const objectBucket = `replicas_files_${runId}`;
  const shared = { NATS_SERVERS: natsUrl, NATS_SUBJECT_PREFIX: subjectPrefix, OBJECT_STORE_BUCKET: objectBucket };
  const serviceEnv = { ...shared, EVENTS_STREAM: streamName, EVENTS_STREAM_REPLICAS: '1', OUTBOX_POLL_INTERVAL_MS: '200' };
  const databaseUrl = (schema: string) => `${postgresUrl}?schema=${schema}&connection_limit=3`;
  const apps: RunningApp[] = [];
  let replicas: RunningApp[] = [];
  let nats: NatsConnection;
  let baseUrl = '';

  beforeAll(async () => {
    const port = await freePort();
    const [indicators, catalog, evaluation, notification] = schemas.map(databaseUrl);

    baseUrl = `http://127.0.0.1:${port}`;
    nats = await connect({ servers: natsUrl });
    replicas = [1, 2].map(() => startApp('apps/indicators-service/src/main.ts', { ...serviceEnv, INDICATORS_DATABASE_URL: indicators ?? '' }));
    apps.push(
      ...replicas,
      startApp('apps/catalog-service/src/main.ts', { ...serviceEnv, CATALOG_DATABASE_URL: catalog ?? '' }),
      startApp('apps/evaluation-service/src/main.ts', { ...serviceEnv, EVALUATION_DATABASE_URL: evaluation ?? '' }),
      startApp('apps/notification-service/src/main.ts', { ...serviceEnv, NOTIFICATION_DATABASE_URL: notification ?? '' }),
      startApp('apps/gateway/src/main.ts', { ...shared, PORT: String(port), REQUEST_TIMEOUT_MS: '5000', PROGRESS_ENTRY_CHECK: 'off' }),
    );
    await waitFor(`${baseUrl}/api/health`, 200, apps);
  });

  afterAll(async () => {
    await Promise.all(apps.map((app) => app.stop()));
    await removeRunResources({ nats, streamName, objectBucket, postgresUrl, schemas });
  });

  it('passes the NATS health probe', async () => {
    expect(await runHealthProbe('indicators', shared)).toBe(0);
    expect(await runHealthProbe('notification', shared)).toBe(0);
  });

  it('fails the probe where no replica listens', async () => {
    expect(await runHealthProbe('indicators', { ...shared, NATS_SUBJECT_PREFIX: `absent${runId}.`, NATS_HEALTH_TIMEOUT_MS: '500' })).toBe(1);
    expect(await runHealthProbe('gateway', shared)).toBe(1);
  });

  it('shares health requests between the replicas', async () => {
    const expected = replicas.map((replica) => `${hostname()}:${replica.process.pid}`);
    const answered: string[] = [];

    for (let index = 0; index < requestCount; index += 1) {
      const response = await http(baseUrl, 'GET', '/api/health');

      expect(response.status).toBe(200);
      answered.push(response.body.services.indicators.instance);
    }
    const counts = new Map(expected.map((instance) => [instance, answered.filter((item) => item === instance).length]));

    // Each reply comes from one of the two replicas, and with a random queue-group choice the
    // chance that one replica gets all 40 is 2^-39.
    expect(answered.filter((instance) => !expected.includes(instance))).toEqual([]);
    expect(counts.get(expected[0] ?? '')).toBeGreaterThan(0);
    expect(counts.get(expected[1] ?? '')).toBeGreaterThan(0);
  });

  it('handles each progress report once', async () => {
    const imported = await importSample(baseUrl);
    const indicatorId: string = imported.body.indicatorId;
    const texts = Array.from({ length: requestCount }, (_, index) => `รายงานความก้าวหน้าครั้งที่ ${index + 1} (${runId})`);

    expect(imported.status).toBe(201);
    const statuses = await Promise.all(
      texts.map(async (text) => {
        const response = await http(baseUrl, 'POST', `/api/v1/indicators/${indicatorId}/progress`, {
          body: JSON.stringify({ date: '2021-03-15', text }),
          headers: { 'content-type': 'application/json' },
        });

        return response.status;
      }),
    );
    const listed = await http(baseUrl, 'GET', `/api/v1/indicators/${indicatorId}/progress?pageSize=200`);
    const storedTexts: string[] = listed.body.items.map((item: { text: string }) => item.text);

    expect(statuses).toEqual(texts.map(() => 201));
    // A request handled by both replicas would store its text twice.
    expect(storedTexts.filter((text) => text.endsWith(`(${runId})`)).sort()).toEqual([...texts].sort());
  });
});
