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
import type { RunningApp } from './support/processes';

jest.setTimeout(300_000);

const EVENTS = 1000;

/** Counts how often the receiver saw each source event. */
function timesPerSource(receiver: WebhookReceiver): Map<string, number> {
  const counts = new Map<string, number>();

  for (const { sourceId } of receiver.received) {
    counts.set(sourceId, (counts.get(sourceId) ?? 0) + 1);
  }

  return counts;
}

/** Checks that every event id reached the receiver and that each notification has one sent delivery. */
async function expectEachDeliveredOnce(db: Client, run: NotificationRun, receiver: WebhookReceiver, eventIds: string[]): Promise<void> {
  const counts = timesPerSource(receiver);
  const rows = await db.query<{ status: string; count: string }>(`SELECT status, count(*) FROM "${run.schema}"."Delivery" GROUP BY status`);

  expect(receiver.rejected).toBe(0);
  expect(eventIds.filter((id) => counts.get(id) === undefined)).toEqual([]);
  expect(rows.rows).toEqual([{ status: 'sent', count: String(eventIds.length) }]);
  expect(new Set(receiver.received.map((entry) => entry.deliveryId)).size).toBe(eventIds.length);
}

describe('notification exactly once (JetStream, PostgreSQL, local processes)', () => {
  let run: NotificationRun;
  let receiver: WebhookReceiver;
  let publisher: EventPublisher;
  let db: Client;
  const apps: RunningApp[] = [];

  function start(): RunningApp {
    const app = startNotificationService(run);

    apps.push(app);

    return app;
  }

  beforeEach(async () => {
    run = planNotificationRun('e2e_once');
    receiver = await startWebhookReceiver(run.secret);
    start();
    db = await openRunDatabase(run, apps);
    await seedWebhookClient(db, run, receiver.url);
    publisher = await openRunPublisher(run);
  });

  afterEach(async () => {
    await Promise.all(apps.splice(0).map((app) => app.stop()));
    await publisher?.close();
    await db?.end();
    await receiver?.close();
    await cleanUpNotificationRun(run);
  });

  it('survives a stop during publishing', async () => {
    const [first] = apps;
    const eventIds = await publishRoundSignOffs(publisher, EVENTS, async (index) => {
      if (index === 300) {
        await first?.stop();
      }
    });

    expect(first?.process.exitCode ?? first?.process.signalCode).not.toBeNull();
    start();
    await waitUntil(() => receiver.distinctSources() >= EVENTS, apps, 240_000, `${EVENTS} deliveries`);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await expectEachDeliveredOnce(db, run, receiver, eventIds);
    // A graceful stop finishes its sends in flight, so the receiver gets no repeat at all.
    expect(receiver.received).toHaveLength(EVENTS);
  });

  it('survives a kill mid-batch', async () => {
    const [first] = apps;
    const eventIds = await publishRoundSignOffs(publisher, EVENTS);

    await waitUntil(() => receiver.received.length >= 200, apps, 120_000, '200 deliveries before the kill');
    first?.process.kill('SIGKILL');
    await waitUntil(() => first?.process.signalCode === 'SIGKILL', apps, 10_000, 'the kill');
    const atKill = receiver.received.length;

    expect(atKill).toBeLessThan(EVENTS);
    start();
    await waitUntil(() => receiver.distinctSources() >= EVENTS, apps, 240_000, `${EVENTS} deliveries after the restart`);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await expectEachDeliveredOnce(db, run, receiver, eventIds);
    // A send cut off between the receiver's 200 and the database commit goes out again with the
    // same X-BMA-Delivery-Id, which receivers use to drop the repeat. The worker sends at most five
    // at a time, so at most five can repeat.
    expect(receiver.received.length - EVENTS).toBeLessThanOrEqual(5);
  });

  it('shares work between two instances', async () => {
    start();
    const eventIds = await publishRoundSignOffs(publisher, EVENTS);

    await waitUntil(() => receiver.distinctSources() >= EVENTS, apps, 240_000, `${EVENTS} deliveries by two instances`);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await expectEachDeliveredOnce(db, run, receiver, eventIds);
    expect(receiver.received).toHaveLength(EVENTS);
  });
});
