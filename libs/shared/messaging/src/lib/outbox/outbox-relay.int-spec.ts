import { randomBytes, randomUUID } from 'node:crypto';

import { jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';

import type { EventPublisher } from './event-publisher';
import { JetStreamEventPublisher } from './jetstream-event.publisher';
import { OutboxRelay } from './outbox-relay';
import type { OutboxMessage, OutboxStore } from './outbox.types';

const natsUrl = process.env['NATS_TEST_URL'] ?? 'nats://127.0.0.1:4222';

/** Outbox table stand-in: the relay's own logic is under test here, the SQL store elsewhere. */
class MemoryOutbox implements OutboxStore {
  readonly sent = new Set<string>();
  readonly failures = new Map<string, string>();

  constructor(readonly messages: OutboxMessage[]) {}

  fetchPending(limit: number): Promise<OutboxMessage[]> {
    return Promise.resolve(this.messages.filter((message) => !this.sent.has(message.id)).slice(0, limit));
  }

  markSent(ids: string[]): Promise<void> {
    ids.forEach((id) => this.sent.add(id));

    return Promise.resolve();
  }

  markFailed(id: string, error: string): Promise<void> {
    this.failures.set(id, error);

    return Promise.resolve();
  }
}

function event(subject: string): OutboxMessage {
  return { id: randomUUID(), subject, payload: { hello: 'สวัสดี' }, correlationId: 'corr-1' };
}

describe('OutboxRelay with JetStream', () => {
  const prefix = `t${randomBytes(4).toString('hex')}.`;
  const streamName = `TEST_${randomBytes(4).toString('hex')}`;
  let nats: NatsConnection;
  let publisher: JetStreamEventPublisher;

  beforeAll(async () => {
    nats = await connect({ servers: natsUrl });
    publisher = await JetStreamEventPublisher.connect({
      servers: [natsUrl],
      streamName,
      subjectPrefix: prefix,
      duplicateWindowMs: 60_000,
    });
  });

  afterAll(async () => {
    await publisher.close();
    await (await jetstreamManager(nats)).streams.delete(streamName);
    await nats.drain();
  });

  it('sends every pending event once', async () => {
    const store = new MemoryOutbox([event('events.test.thing.created.v1'), event('events.test.thing.updated.v1')]);
    const sut = new OutboxRelay(store, publisher, { pollIntervalMs: 1000, batchSize: 1 });

    await expect(sut.flush()).resolves.toBe(2);
    expect(store.sent.size).toBe(2);
  });

  it('lets JetStream drop a resent event id', async () => {
    const message = event('events.test.thing.created.v1');
    const manager = await jetstreamManager(nats);
    const before = (await manager.streams.info(streamName)).state.messages;

    await publisher.publish(message);
    await publisher.publish(message);
    expect((await manager.streams.info(streamName)).state.messages).toBe(before + 1);
  });

  it('stops at a failed event and keeps it pending', async () => {
    const failing: EventPublisher = {
      publish: (message) => (message.subject.includes('bad') ? Promise.reject(new Error('bus down')) : publisher.publish(message)),
      close: () => Promise.resolve(),
    };
    const store = new MemoryOutbox([event('events.test.ok.v1'), event('events.test.bad.v1'), event('events.test.after.v1')]);
    const sut = new OutboxRelay(store, failing, { pollIntervalMs: 1000, batchSize: 10 });

    await expect(sut.flush()).resolves.toBe(1);
    expect(store.failures.get(store.messages[1].id)).toBe('bus down');
    expect(store.sent.has(store.messages[2].id)).toBe(false);
  });
});
