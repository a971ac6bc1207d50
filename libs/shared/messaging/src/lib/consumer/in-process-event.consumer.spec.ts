import { randomUUID } from 'node:crypto';

import { Logger } from '@nestjs/common';

import { InProcessBroker } from '../in-process/in-process.broker';
import type {
  DeadLetter,
  EventConsumer,
  EventConsumerOptions,
  EventHandler,
} from './event-consumer';
import { createEventConsumer } from './event-consumer';
import type { EventEnvelope } from './event-envelope';

const prefix = 'test.';
const subject = 'events.test.thing.happened.v1';

function envelope(data: unknown = { n: 1 }): EventEnvelope {
  return {
    eventId: randomUUID(),
    subject,
    occurredAt: new Date().toISOString(),
    correlationId: 'corr-1',
    actor: 'tester',
    data,
  };
}

describe('InProcessEventConsumer', () => {
  let broker: InProcessBroker;
  let consumer: EventConsumer;
  let deadLetters: DeadLetter[];

  function startConsumer(
    handler: EventHandler,
    overrides: Partial<EventConsumerOptions> = {},
  ): Promise<void> {
    consumer = createEventConsumer(
      { kind: 'in-process', broker, subjectPrefix: prefix },
      {
        durableName: 'test',
        subjects: [subject],
        handler,
        deadLetter: (letter) => {
          deadLetters.push(letter);

          return Promise.resolve();
        },
        maxDeliveries: 3,
        backoffMs: [1, 5],
        ackWaitMs: 1000,
        ...overrides,
      },
    );

    return consumer.start();
  }

  function publish(text: string, to = subject): Promise<void> {
    return broker.publish(prefix + to, text, {});
  }

  beforeEach(() => {
    broker = new InProcessBroker();
    deadLetters = [];
    // The consumer logs every retry and dead letter, which the assertions below cover.
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });

  afterEach(async () => {
    await consumer.stop();
    jest.restoreAllMocks();
  });

  it('handles each published event once', async () => {
    const handled: EventEnvelope[] = [];
    const first = envelope({ n: 1 });
    const second = envelope({ n: 2 });

    await startConsumer((event) => {
      handled.push(event);

      return Promise.resolve();
    });
    await publish(JSON.stringify(first));
    await publish(JSON.stringify(second));

    expect(handled).toEqual([first, second]);
    expect(deadLetters).toEqual([]);
  });

  it('ignores subjects it did not subscribe to', async () => {
    const handler = jest.fn(() => Promise.resolve());

    await startConsumer(handler);
    await publish(JSON.stringify(envelope()), 'events.test.other.v1');

    expect(handler).not.toHaveBeenCalled();
  });

  it('retries a failing handler until it succeeds', async () => {
    const event = envelope();
    let attempts = 0;

    await startConsumer(() => {
      attempts++;

      return attempts < 3
        ? Promise.reject(new Error(`attempt ${attempts} failed`))
        : Promise.resolve();
    });
    await publish(JSON.stringify(event));

    expect(attempts).toBe(3);
    expect(deadLetters).toEqual([]);
  });

  it('dead-letters an event after maxDeliveries failures', async () => {
    const event = envelope();
    const text = JSON.stringify(event);
    let attempts = 0;

    await startConsumer(() => {
      attempts++;

      return Promise.reject(new Error(`database unavailable (${attempts})`));
    });
    await expect(publish(text)).resolves.toBeUndefined();

    expect(attempts).toBe(3);
    expect(deadLetters).toEqual([
      {
        event,
        rawData: text,
        subject,
        deliveries: 3,
        error: 'database unavailable (3)',
        streamSequence: null,
      },
    ]);
  });

  it('dead-letters a malformed payload without calling the handler', async () => {
    const handler = jest.fn(() => Promise.resolve());

    await startConsumer(handler);
    await expect(publish('not json')).resolves.toBeUndefined();

    expect(handler).not.toHaveBeenCalled();
    expect(deadLetters).toHaveLength(1);
    expect(deadLetters[0]).toMatchObject({
      event: null,
      rawData: 'not json',
      subject,
      deliveries: 1,
      streamSequence: null,
    });
    expect(deadLetters[0].error).toMatch(/not valid JSON/);
  });

  it('keeps publish resolving when the dead-letter callback throws', async () => {
    const deadLetter = jest.fn(() => Promise.reject(new Error('dead-letter table missing')));

    await startConsumer(() => Promise.reject(new Error('boom')), { deadLetter });
    await expect(publish(JSON.stringify(envelope()))).resolves.toBeUndefined();

    // The callback is retried with the backoff before the letter goes to the error log.
    expect(deadLetter).toHaveBeenCalledTimes(3);
    expect(Logger.prototype.error).toHaveBeenCalledWith(
      expect.objectContaining({ letter: expect.objectContaining({ error: 'boom' }) }),
      expect.stringContaining('Dead-letter callback failed'),
    );
  });

  it('keeps publish resolving when the handler throws synchronously', async () => {
    await startConsumer(() => {
      throw new Error('not a promise');
    });
    await expect(publish(JSON.stringify(envelope()))).resolves.toBeUndefined();

    expect(deadLetters.map((letter) => letter.error)).toEqual(['not a promise']);
  });

  it('stops receiving after stop', async () => {
    const handler = jest.fn(() => Promise.resolve());

    await startConsumer(handler);
    await consumer.stop();
    await publish(JSON.stringify(envelope()));

    expect(handler).not.toHaveBeenCalled();
  });

  it('waits in stop for the event in progress', async () => {
    let finish: () => void = () => undefined;
    let finished = false;

    await startConsumer(
      () =>
        new Promise<void>((resolve) => {
          finish = () => {
            finished = true;
            resolve();
          };
        }),
    );
    const publishing = publish(JSON.stringify(envelope()));
    const stopping = consumer.stop();

    setTimeout(() => finish(), 20);
    await stopping;

    expect(finished).toBe(true);
    await publishing;
  });
});
