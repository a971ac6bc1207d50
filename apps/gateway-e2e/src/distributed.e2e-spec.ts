import { randomBytes } from 'node:crypto';

import { jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { Client } from 'pg';

import { defineSampleScenario, http, importSample } from './support/sample-scenario';
import { freePort, startApp, waitFor, type RunningApp } from './support/processes';

jest.setTimeout(180_000);

const postgresUrl = process.env['TEST_DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const natsUrl = process.env['NATS_TEST_URL'] ?? 'nats://127.0.0.1:4222';

describe('distributed mode over NATS and PostgreSQL', () => {
  const runId = randomBytes(4).toString('hex');
  const schema = `e2e_${runId}`;
  const subjectPrefix = `e2e${runId}.`;
  const streamName = `E2E_${runId}`;
  const apps: RunningApp[] = [];
  let service: RunningApp;
  let nats: NatsConnection;
  let baseUrl = '';

  beforeAll(async () => {
    const port = await freePort();
    const shared = { NATS_SERVERS: natsUrl, NATS_SUBJECT_PREFIX: subjectPrefix };

    baseUrl = `http://127.0.0.1:${port}`;
    nats = await connect({ servers: natsUrl });
    service = startApp('apps/indicators-service/src/main.ts', {
      ...shared,
      INDICATORS_DATABASE_URL: `${postgresUrl}?schema=${schema}`,
      EVENTS_STREAM: streamName,
      OUTBOX_POLL_INTERVAL_MS: '200',
    });
    // The gateway's health check also calls the catalog service, so the gateway is ready only once it runs.
    const catalogService = startApp('apps/catalog-service/src/main.ts', {
      ...shared,
      CATALOG_DATABASE_URL: `${postgresUrl}?schema=${schema}_catalog`,
      EVENTS_STREAM: streamName,
      OUTBOX_POLL_INTERVAL_MS: '200',
    });

    apps.push(service, catalogService, startApp('apps/gateway/src/main.ts', { ...shared, PORT: String(port), REQUEST_TIMEOUT_MS: '3000' }));
    await waitFor(`${baseUrl}/api/health`, 200, apps);
  });

  afterAll(async () => {
    await Promise.all(apps.map((app) => app.stop()));
    const manager = await jetstreamManager(nats);

    await manager.streams.delete(streamName).catch(() => undefined);
    await nats.drain();
    const client = new Client({ connectionString: postgresUrl });

    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.query(`DROP SCHEMA IF EXISTS "${schema}_catalog" CASCADE`);
    await client.end();
  });

  defineSampleScenario(() => baseUrl);

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

  it('answers 503 when the service is down', async () => {
    const response = await importSample(baseUrl);

    expect(response.status).toBe(503);
    expect(response.body.code).toBe('SERVICE_UNAVAILABLE');
    expect(response.headers.get('retry-after')).toBe('5');
  });
});
