import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { ClientProxyFactory, Transport, type ClientProxy, type CustomStrategy } from '@nestjs/microservices';

import { createTestSchema, type TestSchema } from '@bma-kpi/database';
import { InProcessBroker, InProcessClient, InProcessServer, SubjectPrefixedNatsServer, type EventBusOptions } from '@bma-kpi/messaging';
import { FilesystemObjectStore, JetStreamObjectStore, type ObjectStore } from '@bma-kpi/object-store';
import { testNatsUrl, uniqueTestName } from '@bma-kpi/testing';
import { jetstreamManager } from '@nats-io/jetstream';
import { Objm } from '@nats-io/obj';
import { connect } from '@nats-io/transport-node';

// Transports for integration tests that start services the way both run modes do: the in-process
// broker with PGlite, and NATS with JetStream and PostgreSQL schemas made for the run.

/** One transport and its databases, event bus and object store, for services started by a test. */
export interface ServiceTestTransport {
  /** A server for one service; `queue` names the service, as in production. */
  server(queue: string): CustomStrategy['strategy'];
  /** A new client on this transport, which the caller closes. */
  client(): ClientProxy;
  /** A new database: in-memory PGlite, or a PostgreSQL schema that cleanUp drops. */
  databaseUrl(name: string): Promise<string>;
  eventBus: EventBusOptions;
  subjectPrefix: string;
  /** A new handle on the transport's object store; all handles share the same files. */
  objectStore(): Promise<ObjectStore>;
  /** Payloads of the events of one subject that the bus received, oldest first. */
  events<T>(subject: string): Promise<T[]>;
  cleanUp(): Promise<void>;
}

/** Counts the events of one subject that the bus received. */
export async function countEvents(transport: ServiceTestTransport, subject: string): Promise<number> {
  return (await transport.events(subject)).length;
}

/**
 * Creates the in-process broker with PGlite and a temporary folder of objects, as in the embedded
 * mode. The broker has no wildcards, so the events a test reads are subscribed to by name.
 */
export async function inProcessTransport(eventSubjects: readonly string[]): Promise<ServiceTestTransport> {
  const broker = new InProcessBroker();
  const received: { subject: string; payload: unknown }[] = [];
  const root = await mkdtemp(path.join(tmpdir(), 'service-int-'));

  for (const subject of eventSubjects) {
    broker.handleEvents(subject, (message) => {
      received.push({ subject: message.subject, payload: JSON.parse(message.data) });

      return Promise.resolve();
    });
  }

  return {
    server: () => new InProcessServer(broker),
    client: () => new InProcessClient(broker),
    databaseUrl: () => Promise.resolve('pglite:memory'),
    eventBus: { kind: 'in-process', broker, subjectPrefix: '' },
    subjectPrefix: '',
    objectStore: () => FilesystemObjectStore.open(root),
    events: <T>(subject: string) => Promise.resolve(received.filter((event) => event.subject === subject).map((event) => event.payload as T)),
    cleanUp: () => rm(root, { recursive: true, force: true }),
  };
}

/** NATS with a JetStream stream and object bucket of the run, and PostgreSQL schemas, as in the distributed mode. */
export async function natsTransport(): Promise<ServiceTestTransport> {
  const subjectPrefix = `${uniqueTestName('t')}.`;
  const streamName = uniqueTestName('SERVICE_');
  const bucket = uniqueTestName('objects_');
  const schemas: TestSchema[] = [];
  const nats = await connect({ servers: testNatsUrl });

  return {
    server: (queue) => new SubjectPrefixedNatsServer({ servers: [testNatsUrl], queue, subjectPrefix }),
    client: () => ClientProxyFactory.create({ transport: Transport.NATS, options: { servers: [testNatsUrl] } }),
    databaseUrl: async (name) => {
      const schema = await createTestSchema(name);

      schemas.push(schema);

      return schema.url;
    },
    eventBus: { kind: 'jetstream', servers: [testNatsUrl], streamName, subjectPrefix, duplicateWindowMs: 60_000 },
    subjectPrefix,
    objectStore: () => JetStreamObjectStore.connect({ servers: [testNatsUrl], bucket }),
    events: async <T>(subject: string) => {
      const manager = await jetstreamManager(nats);
      const info = await manager.streams.info(streamName, { subjects_filter: '>' }).catch(() => null);
      const payloads: T[] = [];

      for (let sequence = info?.state.first_seq ?? 1; info !== null && sequence <= info.state.last_seq; sequence += 1) {
        const message = await manager.streams.getMessage(streamName, { seq: sequence }).catch(() => null);

        if (message?.subject === subjectPrefix + subject) {
          payloads.push(message.json<T>());
        }
      }

      return payloads;
    },
    cleanUp: async () => {
      await (await jetstreamManager(nats)).streams.delete(streamName).catch(() => false);
      // Runs that never stored a file have no bucket to destroy.
      await new Objm(nats)
        .open(bucket)
        .then((store) => store.destroy())
        .catch(() => false);
      await nats.drain();
      await Promise.all(schemas.map((schema) => schema.drop()));
    },
  };
}

/** Returns the transports every service int-spec runs on, named for describe.each. */
export function serviceTestTransports(eventSubjects: readonly string[]): [string, () => Promise<ServiceTestTransport>][] {
  return [
    ['in-process transport and PGlite', () => inProcessTransport(eventSubjects)],
    ['NATS and PostgreSQL', natsTransport],
  ];
}

/** Waits up to 10 seconds for `check` to pass, such as for the outbox relay to publish an event. */
export async function eventually(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 10_000;

  while (!(await check()) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
