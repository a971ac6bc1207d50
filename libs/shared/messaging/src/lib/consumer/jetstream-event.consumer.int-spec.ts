import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { Logger } from '@nestjs/common';

import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';

import { JetStreamEventPublisher } from '../outbox/jetstream-event.publisher';
import type { OutboxMessage } from '../outbox/outbox.types';
import { createOutboxMessage } from '../outbox/outbox.types';
import type { DeadLetter, EventConsumer, EventConsumerOptions } from './event-consumer';
import { createEventConsumer } from './event-consumer';
import type { EventEnvelope } from './event-envelope';
import type { JetStreamEventBus } from './jetstream-event.consumer';

const natsUrl = process.env['NATS_TEST_URL'] ?? 'nats://127.0.0.1:4222';

/** Handled events per event id, to tell a missed event from one handled twice. */
class HandledEvents {
  readonly counts = new Map<string, number>();
  readonly order: string[] = [];

  record(event: EventEnvelope): void {
    this.counts.set(event.eventId, (this.counts.get(event.eventId) ?? 0) + 1);
    this.order.push(event.eventId);
  }

  has(id: string): boolean {
    return this.counts.has(id);
  }
}

async function waitFor(
  description: string,
  condition: () => boolean,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;

  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${description}`);
    }
    await sleep(20);
  }
}

describe('JetStreamEventConsumer', () => {
  const runId = randomBytes(4).toString('hex');
  const prefix = `t${runId}.`;
  const bus: JetStreamEventBus = {
    kind: 'jetstream',
    servers: [natsUrl],
    streamName: `TEST_CONSUMER_${runId}`,
    subjectPrefix: prefix,
    duplicateWindowMs: 60_000,
  };
  const started: EventConsumer[] = [];
  let nats: NatsConnection;
  let publisher: JetStreamEventPublisher;

  function consumerOf(
    options: Pick<EventConsumerOptions, 'durableName' | 'subjects' | 'handler'> &
      Partial<EventConsumerOptions>,
  ): EventConsumer {
    const consumer = createEventConsumer(bus, {
      deadLetter: () => Promise.reject(new Error('no dead letter expected in this test')),
      maxDeliveries: 3,
      backoffMs: [50, 100],
      ackWaitMs: 2000,
      ...options,
    });

    started.push(consumer);

    return consumer;
  }

  async function publishEvents(
    subject: string,
    count: number,
    data: (index: number) => unknown = (index) => ({ index }),
  ): Promise<OutboxMessage[]> {
    const messages: OutboxMessage[] = [];

    for (let index = 0; index < count; index++) {
      const message = createOutboxMessage(subject, data(index), {
        actor: 'tester',
        correlationId: `corr-${index}`,
      });

      await publisher.publish(message);
      messages.push(message);
    }

    return messages;
  }

  beforeAll(async () => {
    nats = await connect({ servers: natsUrl });
    publisher = await JetStreamEventPublisher.connect(bus);
  });

  beforeEach(() => {
    // The consumer logs starts, stops, retries and dead letters, which the assertions cover.
    jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });

  afterEach(async () => {
    await Promise.all(started.splice(0).map((consumer) => consumer.stop()));
    jest.restoreAllMocks();
  });

  afterAll(async () => {
    await publisher.close();
    await (await jetstreamManager(nats)).streams.delete(bus.streamName);
    await nats.drain();
  });

  it('handles every event published before start exactly once', async () => {
    const subject = 'events.test.backlog.v1';
    const published = await publishEvents(subject, 200);
    const handled = new HandledEvents();

    await consumerOf({
      durableName: 'backlog',
      subjects: [subject],
      handler: (event) => {
        handled.record(event);

        return Promise.resolve();
      },
    }).start();
    await waitFor('200 handled events', () => handled.counts.size === 200);
    // Time for a duplicate to show up, if acknowledgements were lost.
    await sleep(300);

    expect([...handled.counts.keys()].sort()).toEqual(
      published.map((message) => message.id).sort(),
    );
    expect([...handled.counts.values()].every((count) => count === 1)).toBe(true);
  });

  it('handles up to `concurrency` events at once, each once', async () => {
    const subject = 'events.test.parallel.v1';
    const published = await publishEvents(subject, 40);
    const handled = new HandledEvents();
    let running = 0;
    let maxRunning = 0;

    await consumerOf({
      durableName: 'parallel',
      subjects: [subject],
      concurrency: 4,
      handler: async (event) => {
        running += 1;
        maxRunning = Math.max(maxRunning, running);
        await sleep(30);
        running -= 1;
        handled.record(event);
      },
    }).start();
    await waitFor('40 handled events', () => handled.counts.size === 40);
    await sleep(300);

    expect(maxRunning).toBeGreaterThan(1);
    expect(maxRunning).toBeLessThanOrEqual(4);
    expect([...handled.counts.keys()].sort()).toEqual(published.map((message) => message.id).sort());
    expect([...handled.counts.values()].every((count) => count === 1)).toBe(true);
  });

  it('rejects a concurrency outside 1 to 64', () => {
    const handler = () => Promise.resolve();

    expect(() => consumerOf({ durableName: 'bad', subjects: ['events.test.bad.v1'], handler, concurrency: 0 })).toThrow(/concurrency/);
    expect(() => consumerOf({ durableName: 'bad', subjects: ['events.test.bad.v1'], handler, concurrency: 65 })).toThrow(/concurrency/);
  });

  it('delivers an event again until the handler succeeds', async () => {
    const subject = 'events.test.flaky.v1';
    const deadLetters: DeadLetter[] = [];
    let attempts = 0;
    let succeeded = false;

    await consumerOf({
      durableName: 'flaky',
      subjects: [subject],
      maxDeliveries: 5,
      handler: () => {
        attempts++;
        if (attempts <= 2) {
          return Promise.reject(new Error(`attempt ${attempts} failed`));
        }
        succeeded = true;

        return Promise.resolve();
      },
      deadLetter: (letter) => {
        deadLetters.push(letter);

        return Promise.resolve();
      },
    }).start();
    await publishEvents(subject, 1);
    await waitFor('the third attempt', () => succeeded);
    await sleep(300);

    expect(attempts).toBe(3);
    expect(deadLetters).toEqual([]);
  });

  it('dead-letters a poison event once while later events flow', async () => {
    const subject = 'events.test.poison.v1';
    const timeline: string[] = [];
    const deadLetters: DeadLetter[] = [];

    await consumerOf({
      durableName: 'poison',
      subjects: [subject],
      // Long enough that the later events are handled while the poison event waits for its retries.
      backoffMs: [300],
      handler: (event) => {
        if ((event.data as { index: number }).index === 0) {
          return Promise.reject(new Error('poison event'));
        }
        timeline.push(`handled ${event.eventId}`);

        return Promise.resolve();
      },
      deadLetter: (letter) => {
        deadLetters.push(letter);
        timeline.push('dead letter');

        return Promise.resolve();
      },
    }).start();
    const [poison, ...later] = await publishEvents(subject, 6);

    await waitFor('the dead letter', () => deadLetters.length === 1);
    // Past another backoff: a terminated message must not come back.
    await sleep(700);

    expect(deadLetters).toHaveLength(1);
    expect(deadLetters[0]).toMatchObject({
      subject,
      deliveries: 3,
      error: 'poison event',
      rawData: JSON.stringify(poison.payload),
    });
    expect(deadLetters[0].event?.eventId).toBe(poison.id);
    expect(deadLetters[0].streamSequence).toEqual(expect.any(Number));
    expect(timeline.slice(0, later.length)).toEqual(
      later.map((message) => `handled ${message.id}`),
    );
    expect(timeline.at(-1)).toBe('dead letter');
  });

  it('dead-letters malformed JSON at once and goes on', async () => {
    const subject = 'events.test.malformed.v1';
    const handled = new HandledEvents();
    const deadLetters: DeadLetter[] = [];

    await consumerOf({
      durableName: 'malformed',
      subjects: [subject],
      handler: (event) => {
        handled.record(event);

        return Promise.resolve();
      },
      deadLetter: (letter) => {
        deadLetters.push(letter);

        return Promise.resolve();
      },
    }).start();
    await jetstream(nats).publish(prefix + subject, 'not json');
    const [good] = await publishEvents(subject, 1);

    await waitFor('the good event', () => handled.has(good.id));
    await waitFor('the dead letter', () => deadLetters.length === 1);

    expect(deadLetters[0]).toMatchObject({
      event: null,
      rawData: 'not json',
      subject,
      deliveries: 1,
    });
    expect(deadLetters[0].error).toMatch(/not valid JSON/);
    expect(deadLetters[0].streamSequence).toBeGreaterThan(0);
    expect(handled.counts.size).toBe(1);
  });

  it('shares one durable between two instances without overlap', async () => {
    const subject = 'events.test.shared.v1';
    const first = new HandledEvents();
    const second = new HandledEvents();
    const handlerOf = (handled: HandledEvents) => async (event: EventEnvelope) => {
      handled.record(event);
      // A little work per event, so that both instances get a turn.
      await sleep(2);
    };

    await consumerOf({
      durableName: 'shared',
      subjects: [subject],
      handler: handlerOf(first),
    }).start();
    await consumerOf({
      durableName: 'shared',
      subjects: [subject],
      handler: handlerOf(second),
    }).start();
    const published = await publishEvents(subject, 100);

    await waitFor('100 handled events', () => first.counts.size + second.counts.size >= 100);
    await sleep(300);
    const union = new Set([...first.counts.keys(), ...second.counts.keys()]);

    expect(union).toEqual(new Set(published.map((message) => message.id)));
    expect([...first.counts.keys()].filter((id) => second.has(id))).toEqual([]);
    expect(
      [...first.counts.values(), ...second.counts.values()].every((count) => count === 1),
    ).toBe(true);
    expect(first.counts.size).toBeGreaterThan(0);
    expect(second.counts.size).toBeGreaterThan(0);
  });

  it('resumes after stop with a new instance, losing and repeating nothing', async () => {
    const subject = 'events.test.resume.v1';
    const published = await publishEvents(subject, 60);
    const before = new HandledEvents();
    const after = new HandledEvents();
    let stopping: Promise<void> | undefined;
    const firstInstance = consumerOf({
      durableName: 'resume',
      subjects: [subject],
      handler: async (event) => {
        before.record(event);
        await sleep(5);
        if (before.counts.size === 20) {
          // Not awaited here, because stop() waits for this very handler to return.
          stopping = firstInstance.stop();
        }
      },
    });

    await firstInstance.start();
    await waitFor('the first instance to stop', () => stopping !== undefined);
    await stopping;
    await consumerOf({
      durableName: 'resume',
      subjects: [subject],
      handler: (event) => {
        after.record(event);

        return Promise.resolve();
      },
    }).start();
    // A message sent towards the stopped instance comes back after ackWaitMs (2 s).
    await waitFor(
      'every event',
      () => published.every((message) => before.has(message.id) || after.has(message.id)),
      15_000,
    );
    await sleep(300);
    const info = await (await jetstreamManager(nats)).consumers.info(bus.streamName, 'resume');
    const counts = published.map(
      (message) => (before.counts.get(message.id) ?? 0) + (after.counts.get(message.id) ?? 0),
    );

    expect(before.counts.size).toBe(20);
    expect(counts.every((count) => count === 1)).toBe(true);
    expect(info.num_ack_pending).toBe(0);
    expect(info.num_pending).toBe(0);
  });

  it('reports the undelivered events as lag', async () => {
    const subject = 'events.test.lag.v1';
    let release: () => void = () => undefined;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    const handled = new HandledEvents();
    const consumer = consumerOf({
      durableName: 'lag',
      subjects: [subject],
      handler: async (event) => {
        handled.record(event);
        await blocked;
      },
    });
    const beforeStart = await consumer.pendingMessages();

    await publishEvents(subject, 5);
    await consumer.start();
    await waitFor('the first event to reach the handler', () => handled.counts.size === 1);
    const whileBlocked = await consumer.pendingMessages();

    release();
    await waitFor('every event', () => handled.counts.size === 5);
    let afterwards = await consumer.pendingMessages();

    // The last acknowledgement may still be on its way when the last handler returns.
    for (let attempt = 0; attempt < 20 && afterwards !== 0; attempt++) {
      await sleep(100);
      afterwards = await consumer.pendingMessages();
    }

    expect(beforeStart).toBeNull();
    // One message is with the handler; at most one more may have been pulled ahead of it.
    expect(whileBlocked).toBeGreaterThanOrEqual(3);
    expect(whileBlocked).toBeLessThanOrEqual(4);
    expect(afterwards).toBe(0);
  });

  it('receives only its own subjects when it has several', async () => {
    const subjects = ['events.test.multi.one.v1', 'events.test.multi.two.v1'];
    const handled = new HandledEvents();

    await consumerOf({
      durableName: 'multi',
      subjects,
      handler: (event) => {
        handled.record(event);

        return Promise.resolve();
      },
    }).start();
    const [one] = await publishEvents(subjects[0], 1);
    const [other] = await publishEvents('events.test.multi.other.v1', 1);
    const [two] = await publishEvents(subjects[1], 1);

    await waitFor('both subscribed events', () => handled.has(one.id) && handled.has(two.id));
    await sleep(300);

    expect(handled.has(other.id)).toBe(false);
    expect(handled.counts.size).toBe(2);
  });

  it('recreates a deleted durable consumer and goes on receiving', async () => {
    const subject = 'events.test.recreated.v1';
    const handled = new HandledEvents();

    await consumerOf({
      durableName: 'recreated',
      subjects: [subject],
      handler: (event) => {
        handled.record(event);

        return Promise.resolve();
      },
    }).start();
    const [first] = await publishEvents(subject, 1);

    await waitFor('the first event', () => handled.has(first.id));
    await (await jetstreamManager(nats)).consumers.delete(bus.streamName, 'recreated');
    const [second] = await publishEvents(subject, 1);

    // The client notices a deleted consumer at once (409) or after two missed heartbeats (about 10 s).
    await waitFor('the event published after the deletion', () => handled.has(second.id), 20_000);

    expect(handled.has(second.id)).toBe(true);
  });
});

/** Path of the Debian package's binary, which .ci/run installs. The restart tests need a server of their own. */
const natsServerBinary = [
  '/usr/sbin/nats-server',
  '/usr/bin/nats-server',
  '/usr/local/bin/nats-server',
].find((path) => existsSync(path));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();

    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();

      server.close(() =>
        typeof address === 'object' && address !== null
          ? resolve(address.port)
          : reject(new Error('No port assigned')),
      );
    });
  });
}

function portAccepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();

    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.connect(port, '127.0.0.1');
  });
}

/** A nats-server with JetStream on a loopback port, storing in a folder that outlives a restart. */
class PrivateNatsServer {
  private process: ChildProcess | null = null;

  constructor(
    private readonly binary: string,
    readonly port: number,
    private readonly storeDir: string,
  ) {}

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.process = spawn(
      this.binary,
      ['-a', '127.0.0.1', '-p', String(this.port), '-js', '-sd', this.storeDir],
      { stdio: 'ignore' },
    );
    const deadline = Date.now() + 10_000;

    while (!(await portAccepts(this.port))) {
      if (Date.now() > deadline) {
        throw new Error(`nats-server did not listen on port ${this.port} within 10 s`);
      }
      await sleep(50);
    }
  }

  /** Deletes everything JetStream stored, as a server replaced by a new one would have lost it. */
  wipeStore(): void {
    rmSync(this.storeDir, { recursive: true, force: true });
    mkdirSync(this.storeDir);
  }

  async stop(): Promise<void> {
    const child = this.process;

    this.process = null;
    if (child === null || child.exitCode !== null) {
      return;
    }
    const exited = new Promise((resolve) => child.once('exit', resolve));

    child.kill('SIGTERM');
    await exited;
  }
}

// NOTE: the restart tests are skipped on a machine without a nats-server binary.
(natsServerBinary === undefined ? describe.skip : describe)(
  'JetStreamEventConsumer across a NATS restart',
  () => {
    const storeDir = mkdtempSync(join(tmpdir(), 'nats-restart-'));
    let server: PrivateNatsServer;

    beforeAll(async () => {
      server = new PrivateNatsServer(natsServerBinary ?? '', await freePort(), storeDir);
      await server.start();
    });

    beforeEach(() => {
      jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
      jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    });

    afterEach(() => {
      jest.restoreAllMocks();
    });

    afterAll(async () => {
      await server.stop();
      rmSync(storeDir, { recursive: true, force: true });
    });

    /** Publishes once before and once after `restart`, retrying the second publish as the outbox relay would. */
    async function handledAcrossRestart(
      streamName: string,
      restart: () => Promise<void>,
    ): Promise<{ handled: HandledEvents; after: OutboxMessage }> {
      // A prefix per stream, because two streams may not capture the same subjects.
      const bus: JetStreamEventBus = {
        kind: 'jetstream',
        servers: [server.url],
        streamName,
        subjectPrefix: `${streamName.toLowerCase()}.`,
        duplicateWindowMs: 60_000,
      };
      const subject = 'events.test.restart.v1';
      const handled = new HandledEvents();
      const publisher = await JetStreamEventPublisher.connect(bus);
      const consumer = createEventConsumer(bus, {
        durableName: 'restart',
        subjects: [subject],
        handler: (event) => {
          handled.record(event);

          return Promise.resolve();
        },
        deadLetter: () => Promise.reject(new Error('no dead letter expected in this test')),
        maxDeliveries: 3,
        backoffMs: [50],
        ackWaitMs: 2000,
      });

      try {
        await consumer.start();
        const before = createOutboxMessage(
          subject,
          { n: 1 },
          { actor: 'tester', correlationId: null },
        );

        await publisher.publish(before);
        await waitFor('the event before the restart', () => handled.has(before.id));
        await restart();
        const after = createOutboxMessage(
          subject,
          { n: 2 },
          { actor: 'tester', correlationId: null },
        );

        // The publisher may still be reconnecting, or find no stream until the consumer has recreated it.
        for (let attempt = 1; ; attempt++) {
          try {
            await publisher.publish(after);
            break;
          } catch (error) {
            if (attempt >= 75) {
              throw error;
            }
            await sleep(200);
          }
        }
        await waitFor('the event after the restart', () => handled.has(after.id), 20_000);

        return { handled, after };
      } finally {
        await consumer.stop();
        await publisher.close();
      }
    }

    it('keeps receiving after the server restarts', async () => {
      const { handled, after } = await handledAcrossRestart('RESTART_KEPT', async () => {
        await server.stop();
        await server.start();
      });

      expect(handled.counts.get(after.id)).toBe(1);
      expect(handled.counts.size).toBe(2);
    });

    it('recreates the stream and consumer a restarted server lost', async () => {
      const { handled, after } = await handledAcrossRestart('RESTART_LOST', async () => {
        await server.stop();
        server.wipeStore();
        await server.start();
      });

      expect(handled.counts.get(after.id)).toBe(1);
    });
  },
);
