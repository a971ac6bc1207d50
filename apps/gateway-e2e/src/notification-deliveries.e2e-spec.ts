import type { Client } from 'pg';

import type { EventPublisher } from '@bma-kpi/messaging';

import {
  cleanUpNotificationRun,
  openRunDatabase,
  openRunPublisher,
  planNotificationRun,
  publishRoundSignOffs,
  seedWebhookClient,
  startNotificationService,
  startWebhookReceiver,
  waitUntil,
  type NotificationRun,
  type WebhookReceiver,
} from './support/notification-harness';
import { http } from './support/sample-scenario';
import { freePort, startApp, waitFor, type RunningApp } from './support/processes';

jest.setTimeout(180_000);

const json = { 'content-type': 'application/json' };
const base = '/api/v1/notifications';
const unknownId = '5a0e4a3e-6d0c-4b47-9a57-0f1f7d8f2c11';

describe('delivery log in embedded mode', () => {
  let app: RunningApp;
  let baseUrl = '';

  beforeAll(async () => {
    const port = await freePort();

    baseUrl = `http://127.0.0.1:${port}`;
    app = startApp('apps/embedded/src/main.ts', { PORT: String(port), DATA_DIR: 'memory' });
    await waitFor(`${baseUrl}/api/health`, 200, [app]);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('lists an empty delivery log', async () => {
    const response = await http(baseUrl, 'GET', `${base}/deliveries?status=deadLettered&channel=webhook&page=1&pageSize=20`);

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ items: [], total: 0, page: 1, pageSize: 20 });
  });

  it('answers 404 for an unknown delivery', async () => {
    const response = await http(baseUrl, 'GET', `${base}/deliveries/${unknownId}`);

    expect(response.status).toBe(404);
    expect(response.body.code).toBe('DELIVERY_NOT_FOUND');
  });

  it.each([
    ['an unknown status', `${base}/deliveries?status=lost`, 'status', 'isIn'],
    ['an unknown channel', `${base}/deliveries?channel=inbox`, 'channel', 'isIn'],
    ['an unknown kind', `${base}/deliveries?kind=everything`, 'kind', 'isIn'],
    ['a notification id that is not a UUID', `${base}/deliveries?notificationId=42`, 'notificationId', 'isUuid'],
    ['a from that is not a date', `${base}/deliveries?from=yesterday`, 'from', 'isIso8601'],
    ['a Buddhist-era from', `${base}/deliveries?from=2569-12-05`, 'from', 'matches'],
    ['a to before from', `${base}/deliveries?from=2026-12-06&to=2026-12-05`, 'to', 'isAfterFrom'],
    ['a page size above 200', `${base}/deliveries?pageSize=500`, 'pageSize', 'max'],
    ['a delivery id that is not a UUID', `${base}/deliveries/not-a-uuid`, 'id', 'isUuid'],
  ])('rejects %s with 400 naming the field and rule', async (_name, path, field, rule) => {
    const response = await http(baseUrl, 'GET', path);

    expect(response.status).toBe(400);
    expect(response.body.errors[0].field).toBe(field);
    expect(response.body.errors[0].rule).toBe(rule);
  });

  it.each([
    ['a Buddhist-era date', { date: '2568-11-12' }, 'matches'],
    ['an impossible date', { date: '2025-02-30' }, 'isIso8601'],
    ['a missing date', {}, 'isDefined'],
  ])('rejects a digest run with %s', async (_name, body, rule) => {
    const response = await http(baseUrl, 'POST', `${base}/digests/run`, { body: JSON.stringify(body), headers: json });

    expect(response.status).toBe(400);
    expect(response.body.errors[0].field).toBe('date');
    expect(response.body.errors[0].rule).toBe(rule);
  });

  it('runs the digests of a date with nothing held', async () => {
    const response = await http(baseUrl, 'POST', `${base}/digests/run`, { body: JSON.stringify({ date: '2025-11-12' }), headers: json });

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ date: '2025-11-12', started: true, emails: 0, deliveries: 0, failed: 0 });
  });

  it('documents the endpoints in OpenAPI', async () => {
    const document = await http(baseUrl, 'GET', '/api/openapi.json');

    expect(Object.keys(document.body.paths)).toEqual(
      expect.arrayContaining([`${base}/deliveries`, `${base}/deliveries/{id}`, `${base}/digests/run`]),
    );
  });
});

describe('delivery log through the gateway (NATS JetStream + PostgreSQL, local processes)', () => {
  let run: NotificationRun;
  let receiver: WebhookReceiver;
  let publisher: EventPublisher;
  let db: Client;
  let baseUrl = '';
  const apps: RunningApp[] = [];

  beforeAll(async () => {
    const port = await freePort();

    run = planNotificationRun('deliverylog');
    receiver = await startWebhookReceiver(run.secret);
    baseUrl = `http://127.0.0.1:${port}`;
    apps.push(startNotificationService(run));
    apps.push(startApp('apps/gateway/src/main.ts', { NATS_SERVERS: 'nats://127.0.0.1:4222', NATS_SUBJECT_PREFIX: run.subjectPrefix, PORT: String(port), REQUEST_TIMEOUT_MS: '5000' }));
    db = await openRunDatabase(run, apps);
    await seedWebhookClient(db, run, receiver.url);
    publisher = await openRunPublisher(run);
    // The gateway's health check needs every service; the OpenAPI document only needs the gateway.
    await waitFor(`${baseUrl}/api/openapi.json`, 200, apps);
  });

  afterAll(async () => {
    await Promise.all(apps.map((app) => app.stop()));
    await publisher?.close();
    await db?.end();
    await receiver?.close();
    await cleanUpNotificationRun(run);
  });

  it('lists a sent webhook delivery with its attempt', async () => {
    const [eventId] = await publishRoundSignOffs(publisher, 1);

    await waitUntil(() => receiver.received.some((entry) => entry.sourceId === eventId), apps, 60_000, 'the webhook request');
    const deliveryId = receiver.received.find((entry) => entry.sourceId === eventId)?.deliveryId;
    let listed = await http(baseUrl, 'GET', `${base}/deliveries?channel=webhook&kind=roundSignedOff&status=sent`);

    // The receiver gets the request before the service records the attempt.
    await waitUntil(async () => {
      listed = await http(baseUrl, 'GET', `${base}/deliveries?channel=webhook&kind=roundSignedOff&status=sent`);

      return listed.body.total === 1;
    }, apps, 30_000, 'the sent delivery in the log');
    const detail = await http(baseUrl, 'GET', `${base}/deliveries/${deliveryId}`);

    expect(listed.body.items[0]).toMatchObject({ id: deliveryId, recipientId: 'digital-plans', channel: 'webhook', status: 'sent', attempts: 1, lastStatusCode: 200 });
    expect(detail.status).toBe(200);
    expect(detail.body.attemptLog).toEqual([expect.objectContaining({ attempt: 1, outcome: 'sent', statusCode: 200, error: null })]);
    expect(receiver.rejected).toBe(0);
  });

  it('writes one notification.delivered event for the delivery', async () => {
    const events = await db.query<{ subject: string }>(`SELECT subject FROM "${run.schema}".outbox WHERE subject LIKE 'events.notification.%'`);

    expect(events.rows).toEqual([{ subject: 'events.notification.notification.delivered.v1' }]);
  });
});
