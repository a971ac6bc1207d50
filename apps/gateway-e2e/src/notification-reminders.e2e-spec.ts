import { randomBytes } from 'node:crypto';

import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { Client } from 'pg';

import { http, importSample } from './support/sample-scenario';
import { freePort, startApp, waitFor, type RunningApp } from './support/processes';

jest.setTimeout(180_000);

const postgresUrl = process.env['TEST_DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const natsUrl = process.env['NATS_TEST_URL'] ?? 'nats://127.0.0.1:4222';
const json = { 'content-type': 'application/json' };
// The timer would also run today's reminders, so the tests drive every run through the API instead.
const noTimer = { REMINDERS_ENABLED: 'false' };

/** A running system and how to stop it and remove what it stored. */
interface RunningSystem {
  baseUrl: string;
  stop(): Promise<void>;
}

async function startEmbedded(): Promise<RunningSystem> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const app = startApp('apps/embedded/src/main.ts', { PORT: String(port), DATA_DIR: 'memory', ...noTimer });

  await waitFor(`${baseUrl}/api/health`, 200, [app]);

  return { baseUrl, stop: () => app.stop() };
}

async function startDistributed(): Promise<RunningSystem> {
  const runId = randomBytes(4).toString('hex');
  const schema = `e2e_reminders_${runId}`;
  const streamName = `E2E_REMINDERS_${runId}`;
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const shared = { NATS_SERVERS: natsUrl, NATS_SUBJECT_PREFIX: `e2er${runId}.`, EVENTS_STREAM: streamName, OUTBOX_POLL_INTERVAL_MS: '200' };
  const services = ['indicators', 'catalog', 'evaluation', 'notification'] as const;
  const apps: RunningApp[] = services.map((service) =>
    startApp(`apps/${service}-service/src/main.ts`, {
      ...shared,
      ...noTimer,
      [`${service.toUpperCase()}_DATABASE_URL`]: `${postgresUrl}?schema=${schema}_${service}`,
    }),
  );

  apps.push(startApp('apps/gateway/src/main.ts', { ...shared, PORT: String(port), REQUEST_TIMEOUT_MS: '10000' }));
  await waitFor(`${baseUrl}/api/health`, 200, apps);

  return {
    baseUrl,
    stop: async () => {
      await Promise.all(apps.map((app) => app.stop()));
      const nats = await connect({ servers: natsUrl });

      await (await jetstreamManager(nats)).streams.delete(streamName).catch(() => undefined);
      await nats.drain();
      const client = new Client({ connectionString: postgresUrl });

      await client.connect();
      for (const service of services) {
        await client.query(`DROP SCHEMA IF EXISTS "${schema}_${service}" CASCADE`);
      }
      await client.end();
    },
  };
}

describe.each([
  ['embedded mode', startEmbedded],
  ['distributed mode', startDistributed],
])('reminders in %s', (_mode, start) => {
  let system: RunningSystem;

  const get = (path: string) => http(system.baseUrl, 'GET', path);
  const post = (path: string, body: unknown) => http(system.baseUrl, 'POST', path, { body: JSON.stringify(body), headers: json });
  const inbox = (recipientId: string) => get(`/api/v1/notifications/inbox?recipientId=${recipientId}`);

  beforeAll(async () => {
    system = await start();
    // The sample KPI of agency 0411 has progress for every month of fiscal year 2564, and the second KPI has none.
    expect((await importSample(system.baseUrl)).status).toBe(201);
    const created = await post('/api/v1/indicators', { fiscalYear: 2564, code: '0402-0001', title: 'ร้อยละของบุคลากรที่ผ่านการอบรม', agencyCode: '0402', target: 100 });

    expect(created.status).toBe(201);
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('plans the October reminders on working days', async () => {
    const response = await get('/api/v1/notifications/reminders?fiscalYear=2564');
    const october = response.body.items.filter((item: { period: string }) => item.period === '2020-10');

    expect(response.status).toBe(200);
    expect(october.map((item: { kind: string; stage: number; dueDate: string; sendOn: string }) => [item.kind, item.stage, item.dueDate, item.sendOn])).toEqual([
      ['progressDueReminder', 3, '2020-11-15', '2020-11-10'],
      ['progressDueReminder', 1, '2020-11-15', '2020-11-12'],
      ['progressOverdue', 1, '2020-11-15', '2020-11-16'],
      ['progressOverdueEscalation', 5, '2020-11-15', '2020-11-20'],
    ]);
  });

  it('runs a date and reminds only the agency missing progress', async () => {
    const response = await post('/api/v1/notifications/reminders/run', { date: '2020-11-12' });

    expect(response.status).toBe(200);
    expect(response.body.issued.map((issue: { key: string; kpiCodes: string[] }) => [issue.key, issue.kpiCodes])).toEqual([
      ['progressDueReminder:0402:2020-10:1', ['0402-0001']],
    ]);
  });

  it('shows the reminder in the agency inbox', async () => {
    const agency = await inbox('agency:0402');
    const sampleAgency = await inbox('agency:0411');

    expect(agency.body.items.map((item: { kind: string; subject: string }) => [item.kind, item.subject])).toEqual([
      ['progressDueReminder', 'แจ้งเตือน: ใกล้ถึงกำหนดรายงานผลการดำเนินงานตัวชี้วัด 0402-0001 ประจำเดือนตุลาคม 2563'],
    ]);
    expect(sampleAgency.body.total).toBe(0);
  });

  it('issues nothing when the date runs again', async () => {
    const response = await post('/api/v1/notifications/reminders/run', { date: '2020-11-12' });

    expect(response.body.issued).toEqual([]);
    expect((await inbox('agency:0402')).body.total).toBe(1);
  });

  it('escalates to the agency head after the delay', async () => {
    const response = await post('/api/v1/notifications/reminders/run', { date: '2020-11-20' });
    const head = await inbox('agency-head:0402');

    expect(response.body.issued.map((issue: { kind: string }) => issue.kind)).toEqual(['progressOverdue', 'progressOverdueEscalation']);
    expect(head.body.items.map((item: { kind: string }) => item.kind)).toEqual(['progressOverdueEscalation']);
  });

  it('lists the issues in the plan', async () => {
    const response = await get('/api/v1/notifications/reminders?fiscalYear=2564');
    const escalation = response.body.items.find((item: { period: string; kind: string }) => item.period === '2020-10' && item.kind === 'progressOverdueEscalation');

    expect(escalation.issues.map((issue: { agencyCode: string; recipients: number }) => [issue.agencyCode, issue.recipients])).toEqual([['0402', 1]]);
  });

  it.each([
    ['an impossible date', 'POST', '/run', { date: '2020-02-30' }, 'date', 'isRealDate'],
    ['a Buddhist-era date', 'POST', '/run', { date: '2563-11-12' }, 'date', 'matches'],
    ['a missing date', 'POST', '/run', {}, 'date', 'isDefined'],
    ['a dryRun that is not a boolean', 'POST', '/run', { date: '2020-11-12', dryRun: 'yes' }, 'dryRun', 'isBoolean'],
    ['a Christian-era fiscal year', 'GET', '?fiscalYear=2021', null, 'fiscalYear', 'min'],
    ['a missing fiscal year', 'GET', '', null, 'fiscalYear', 'isDefined'],
  ])('rejects %s with 400 naming field and rule', async (_case, method, suffix, body, field, rule) => {
    const path = `/api/v1/notifications/reminders${suffix}`;
    const response = method === 'GET' ? await get(path) : await post(path, body);

    expect(response.status).toBe(400);
    expect(response.body.errors[0].field).toBe(field);
    expect(response.body.errors.map((error: { rule: string }) => error.rule)).toContain(rule);
  });
});
