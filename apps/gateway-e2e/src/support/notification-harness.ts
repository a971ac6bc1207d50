// Runs standalone notification services as local processes against one NATS stream and one
// PostgreSQL schema, feeds them round sign-off events and counts what a local webhook receiver
// gets. The exactly-once tests and the delivery benchmark share it.
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';

import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { Client } from 'pg';

import type { RoundSignedOffEvent } from '@bma-kpi/contracts-evaluation';
import { EvaluationEvents } from '@bma-kpi/contracts-evaluation';
import { createEventPublisher, createOutboxMessage, type EventPublisher } from '@bma-kpi/messaging';
import { verifyWebhookSignature } from '@bma-kpi/notification-domain';

import { freePort, startApp, type RunningApp } from './processes';

const postgresUrl = 'postgresql://postgres@127.0.0.1:5432/postgres';
const natsUrl = 'nats://127.0.0.1:4222';

/** One harness run: its schema, subject prefix, stream and webhook secret. */
export interface NotificationRun {
  runId: string;
  schema: string;
  databaseUrl: string;
  subjectPrefix: string;
  streamName: string;
  secret: string;
}

export function planNotificationRun(label: string): NotificationRun {
  const runId = randomBytes(4).toString('hex');

  return {
    runId,
    schema: `${label}_${runId}`,
    databaseUrl: `${postgresUrl}?schema=${label}_${runId}`,
    subjectPrefix: `${label}${runId}.`,
    streamName: `${label.toUpperCase()}_${runId}`,
    secret: `whsec_${randomBytes(24).toString('base64url')}`,
  };
}

/** Starts one notification service process of the run. */
export function startNotificationService(run: NotificationRun, env: Record<string, string> = {}): RunningApp {
  return startApp('apps/notification-service/src/main.ts', {
    NOTIFICATION_DATABASE_URL: run.databaseUrl,
    NATS_SUBJECT_PREFIX: run.subjectPrefix,
    EVENTS_STREAM: run.streamName,
    DELIVERY_POLL_INTERVAL_MS: '200',
    // A short claim lease lets the restarted service take over a killed one's deliveries quickly.
    DELIVERY_CLAIM_LEASE_SECONDS: '10',
    WEBHOOK_TIMEOUT_MS: '2000',
    // The test receivers listen on 127.0.0.1.
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    REMINDERS_ENABLED: 'false',
    LOG_LEVEL: 'warn',
    ...env,
  });
}

/** Waits until a service of the run has migrated its schema, then opens a client on it. */
export async function openRunDatabase(run: NotificationRun, apps: RunningApp[], timeoutMs = 90_000): Promise<Client> {
  const client = new Client({ connectionString: postgresUrl });
  const deadline = Date.now() + timeoutMs;

  await client.connect();
  while (Date.now() < deadline) {
    const found = await client.query(`SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'WebhookEndpoint'`, [run.schema]);

    if (found.rowCount === 1) {
      return client;
    }
    const exited = apps.find((app) => app.process.exitCode !== null);

    if (exited !== undefined) {
      throw new Error(`The notification service exited early:\n${exited.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await client.end();
  throw new Error(`Schema ${run.schema} was not migrated within ${timeoutMs} ms:\n${apps.map((app) => app.output()).join('\n')}`);
}

/** Registers an integration client with one webhook endpoint for round sign-offs, straight in the run's tables. */
export async function seedWebhookClient(db: Client, run: NotificationRun, url: string): Promise<void> {
  const schema = `"${run.schema}"`;

  await db.query(
    `INSERT INTO ${schema}."Recipient" (id, type, "displayName", audiences, "createdBy", "updatedAt") VALUES ('digital-plans', 'client', 'BMA Digital Plans', '{integration}', 'harness', now())`,
  );
  await db.query(
    `INSERT INTO ${schema}."WebhookEndpoint" (id, "recipientId", url, kinds, "agencyCodes", secret, "createdBy", "updatedAt") VALUES ($1, 'digital-plans', $2, '{roundSignedOff}', '{}', $3, 'harness', now())`,
    [randomUUID(), url, run.secret],
  );
}

/** Requests a receiver accepted: each delivery id and source event id, in order. */
export interface WebhookReceiver {
  url: string;
  received: { deliveryId: string; sourceId: string }[];
  /** Requests whose signature did not verify. */
  rejected: number;
  /** Distinct source ids received. */
  distinctSources: () => number;
  close: () => Promise<void>;
}

/** Starts a webhook receiver on 127.0.0.1 that verifies signatures and responds 200. */
export async function startWebhookReceiver(secret: string): Promise<WebhookReceiver> {
  const port = await freePort();
  const received: WebhookReceiver['received'] = [];
  const state = { rejected: 0 };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];

    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const signature = request.headers['x-bma-signature'];
      const check = verifyWebhookSignature(secret, body, Array.isArray(signature) ? signature[0] : signature, Math.floor(Date.now() / 1000));

      if (!check.valid) {
        state.rejected += 1;
        response.writeHead(401).end();

        return;
      }
      const payload = JSON.parse(body) as { deliveryId: string; sourceId: string };

      received.push({ deliveryId: payload.deliveryId, sourceId: payload.sourceId });
      response.writeHead(200).end();
    });
  });

  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));

  return {
    url: `http://127.0.0.1:${port}/hooks/kpi`,
    received,
    get rejected() {
      return state.rejected;
    },
    distinctSources: () => new Set(received.map((entry) => entry.sourceId)).size,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Opens a publisher on the run's stream, the way the evaluation service's outbox relay publishes. */
export function openRunPublisher(run: NotificationRun): Promise<EventPublisher> {
  return createEventPublisher({ kind: 'jetstream', servers: [natsUrl], streamName: run.streamName, subjectPrefix: run.subjectPrefix, duplicateWindowMs: 120_000 });
}

/** Publishes `count` distinct round sign-off events and returns their event ids. */
export async function publishRoundSignOffs(publisher: EventPublisher, count: number, onEach?: (index: number) => Promise<void> | void): Promise<string[]> {
  const ids: string[] = [];

  for (let index = 0; index < count; index += 1) {
    const message = createOutboxMessage<RoundSignedOffEvent>(
      EvaluationEvents.roundSignedOff,
      { roundId: randomUUID(), fiscalYear: 2569, quarter: 1 + (index % 4), signedOffAt: '2026-02-20T03:00:00.000Z', signedOffBy: 'evaluator-1', version: 2 },
      { correlationId: `harness-${index}`, actor: 'evaluator-1' },
    );

    await publisher.publish(message);
    ids.push(message.id);
    await onEach?.(index);
  }

  return ids;
}

/** Polls until the check holds, or fails with the apps' output. */
export async function waitUntil(check: () => boolean | Promise<boolean>, apps: RunningApp[], timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;

  while (Date.now() < deadline) {
    if (await check()) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${what}:\n${apps.map((app) => app.output().slice(-4000)).join('\n')}`);
}

/** Removes the run's schema and stream. */
export async function cleanUpNotificationRun(run: NotificationRun): Promise<void> {
  const client = new Client({ connectionString: postgresUrl });

  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${run.schema}" CASCADE`);
  await client.end();
  const nats = await connect({ servers: natsUrl });

  await (await jetstreamManager(nats)).streams.delete(run.streamName).catch(() => false);
  await nats.drain();
}
