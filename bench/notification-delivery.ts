// Notification throughput: round sign-off events consumed by a standalone notification service and
// delivered to a local webhook receiver, against plain JetStream loops measured in the same run.
// Run with `npm run bench:notification` while PostgreSQL and NATS listen on 127.0.0.1.
import 'reflect-metadata';

import { randomBytes } from 'node:crypto';

import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';

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
} from '../apps/gateway-e2e/src/support/notification-harness';
import { machineLine, reportFailure } from './distributed-support';

const events = Number(process.env['BENCH_EVENTS'] ?? 2000);
const rounds = Number(process.env['BENCH_ROUNDS'] ?? 2);

// A round sign-off envelope is about this size, so the plain loops move as many bytes.
const payload = JSON.stringify({ eventId: 'x'.repeat(36), subject: 'events.evaluation.round.signed-off.v1', data: { roundId: 'y'.repeat(36), fiscalYear: 2569, quarter: 1 } });

/**
 * Publishes `events` messages while a durable pull consumer acks them. With `webhookUrl`, each
 * message is also POSTed there before its ack. Returns the events per second from the first
 * publish to the last ack.
 */
async function plainLoop(webhookUrl: string | null): Promise<number> {
  const id = randomBytes(4).toString('hex');
  const nats = await connect({ servers: 'nats://127.0.0.1:4222' });
  const manager = await jetstreamManager(nats);
  const stream = `BENCHPLAIN_${id}`;

  await manager.streams.add({ name: stream, subjects: [`plain${id}.>`] });
  await manager.consumers.add(stream, { durable_name: 'plain', ack_policy: AckPolicy.Explicit, deliver_policy: DeliverPolicy.All });
  const client = jetstream(nats);
  const messages = await (await client.consumers.get(stream, 'plain')).consume({ max_messages: 64 });
  const started = performance.now();
  const publishing = (async () => {
    for (let index = 0; index < events; index += 1) {
      await client.publish(`plain${id}.events.round`, payload, { msgID: `${id}-${index}` });
    }
  })();
  let acked = 0;

  for await (const message of messages) {
    if (webhookUrl !== null) {
      const response = await fetch(webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ deliveryId: `${id}-${acked}`, sourceId: `${id}-${acked}` }) });

      await response.arrayBuffer();
    }
    message.ack();
    acked += 1;
    if (acked === events) {
      break;
    }
  }
  const seconds = (performance.now() - started) / 1000;

  await publishing;
  await messages.close();
  await manager.streams.delete(stream);
  await nats.drain();

  return events / seconds;
}

/** Starts the service, feeds it `events` sign-offs and returns the notifications delivered per second. */
async function serviceRun(): Promise<number> {
  const run = planNotificationRun('bench_notif');
  const receiver = await startWebhookReceiver(run.secret);
  const app = startNotificationService(run);

  try {
    const db = await openRunDatabase(run, [app]);

    await seedWebhookClient(db, run, receiver.url);
    await db.end();
    const publisher = await openRunPublisher(run);
    const started = performance.now();

    await publishRoundSignOffs(publisher, events);
    await waitUntil(() => receiver.distinctSources() >= events, [app], 600_000, `${events} deliveries`);
    const seconds = (performance.now() - started) / 1000;

    await publisher.close();

    return events / seconds;
  } finally {
    await app.stop();
    await receiver.close();
    await cleanUpNotificationRun(run);
  }
}

async function main(): Promise<void> {
  const receiver = await startWebhookReceiver('unused');
  const rows: string[] = [];

  try {
    for (let round = 1; round <= rounds; round += 1) {
      const plain = await plainLoop(null);
      const plainHttp = await plainLoop(receiver.url);
      const service = await serviceRun();

      rows.push(
        `round ${round}: plain JetStream ${plain.toFixed(0)} ev/s, plain + webhook POST ${plainHttp.toFixed(0)} ev/s, ` +
          `notification service ${service.toFixed(0)} ev/s (${(service / plain).toFixed(2)}× plain, ${(service / plainHttp).toFixed(2)}× plain + POST)`,
      );
      process.stdout.write(`${rows.at(-1)}\n`);
    }
  } finally {
    await receiver.close();
  }
  process.stdout.write(`\n${machineLine()}events per round: ${events}\n${rows.join('\n')}\n`);
}

main().catch(reportFailure);
