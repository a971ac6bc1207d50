import { InProcessBroker } from '../in-process/in-process.broker';
import { retryDelayMs } from './delivery-policy';
import type { EventBusOptions } from '../outbox/event-bus';
import type { EventConsumerOptions } from './event-consumer';
import { createEventConsumer } from './event-consumer';
import { InProcessEventConsumer } from './in-process-event.consumer';
import { JetStreamEventConsumer } from './jetstream-event.consumer';

const validOptions: EventConsumerOptions = {
  durableName: 'evaluation',
  subjects: ['events.indicators.progress.reported.v1'],
  handler: () => Promise.resolve(),
  deadLetter: () => Promise.resolve(),
  maxDeliveries: 5,
  backoffMs: [200, 1000, 5000],
  ackWaitMs: 30_000,
};
const inProcessBus: EventBusOptions = {
  kind: 'in-process',
  broker: new InProcessBroker(),
  subjectPrefix: '',
};
const jetStreamBus: EventBusOptions = {
  kind: 'jetstream',
  servers: ['nats://127.0.0.1:4222'],
  streamName: 'EVENTS',
  subjectPrefix: '',
  duplicateWindowMs: 60_000,
};

describe('createEventConsumer', () => {
  it('picks the consumer of the bus kind', () => {
    expect(createEventConsumer(inProcessBus, validOptions)).toBeInstanceOf(InProcessEventConsumer);
    expect(createEventConsumer(jetStreamBus, validOptions)).toBeInstanceOf(JetStreamEventConsumer);
  });

  it.each<[string, Partial<EventConsumerOptions>, RegExp]>([
    ['an empty durable name', { durableName: '' }, /durableName "" must be non-empty/],
    ['a durable name with a dot', { durableName: 'eval.v2' }, /durableName "eval.v2"/],
    ['no subjects', { subjects: [] }, /subjects must be a non-empty list/],
    [
      'a subject outside the events stream',
      { subjects: ['indicators.indicator.get.v1'] },
      /"events." subjects/,
    ],
    ['a wildcard subject', { subjects: ['events.indicators.>'] }, /without wildcards/],
    [
      'zero deliveries',
      { maxDeliveries: 0 },
      /maxDeliveries must be an integer of at least 1, got 0/,
    ],
    ['fractional deliveries', { maxDeliveries: 2.5 }, /maxDeliveries/],
    ['an empty backoff', { backoffMs: [] }, /backoffMs must be a non-empty list/],
    ['a negative backoff', { backoffMs: [100, -1] }, /backoffMs/],
    ['a zero ack wait', { ackWaitMs: 0 }, /ackWaitMs must be a positive number/],
  ])('rejects %s', (_case, overrides, message) => {
    expect(() => createEventConsumer(inProcessBus, { ...validOptions, ...overrides })).toThrow(
      message,
    );
    expect(() => createEventConsumer(jetStreamBus, { ...validOptions, ...overrides })).toThrow(
      message,
    );
  });

  it('lists every invalid option in one error', () => {
    expect(() =>
      createEventConsumer(inProcessBus, { ...validOptions, maxDeliveries: 0, ackWaitMs: -5 }),
    ).toThrow(/maxDeliveries.*; ackWaitMs/);
  });
});

describe('retryDelayMs', () => {
  it.each([
    [1, 200],
    [2, 1000],
    [3, 5000],
    [4, 5000],
    [10, 5000],
  ])('after %i failed deliveries waits %i ms', (deliveries, expected) => {
    expect(retryDelayMs([200, 1000, 5000], deliveries)).toBe(expected);
  });
});
