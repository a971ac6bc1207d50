import type { EventConsumerOptions } from './event-consumer';

/** How often and how fast a service's event consumer retries an event before it is dead-lettered. */
export type ConsumerSettings = Pick<EventConsumerOptions, 'maxDeliveries' | 'backoffMs' | 'ackWaitMs'>;

/** Five deliveries over about half a minute, then the event is kept as a dead letter. */
export const DEFAULT_CONSUMER_SETTINGS: ConsumerSettings = { maxDeliveries: 5, backoffMs: [1000, 5000, 10_000], ackWaitMs: 30_000 };
