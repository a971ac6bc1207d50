import type { EventBusOptions } from '../outbox/event-bus';
import type { EventEnvelope } from './event-envelope';
import { InProcessEventConsumer } from './in-process-event.consumer';
import { JetStreamEventConsumer } from './jetstream-event.consumer';

/**
 * Handles one event. It resolves when the event's effects are committed and throws to have the
 * event delivered again. Delivery is at least once. A crash after the handler's commit but before
 * the acknowledgement delivers the event again, so handlers deduplicate on eventId, for example
 * through an inbox table in the same transaction.
 */
export type EventHandler = (event: EventEnvelope) => Promise<void>;

/** Poison message handed to the dead-letter callback before the consumer drops it. */
export interface DeadLetter {
  /** Parsed envelope, or null when the payload is not an event envelope. */
  event: EventEnvelope | null;
  /** Payload as received, for replaying or inspecting the message. */
  rawData: string;
  /** Subject the message arrived on, without the subject prefix. */
  subject: string;
  /** Number of deliveries so far, the failed one included. */
  deliveries: number;
  /** Message of the last handler error, or why the payload could not be parsed. */
  error: string;
  /** Sequence of the message in the JetStream stream, or null on the in-process broker. */
  streamSequence: number | null;
}

/** Settings of one consuming service. */
export interface EventConsumerOptions {
  /** Durable name shared by every instance of the consuming service, e.g. 'evaluation'. */
  durableName: string;
  /** Unprefixed subjects to receive, e.g. ['events.indicators.progress.reported.v1']. */
  subjects: string[];
  handler: EventHandler;
  /**
   * Called once when a message has failed maxDeliveries times or cannot be parsed; the message is
   * then terminated. A crash between this call and the termination calls it again for the same
   * message, so it should store letters idempotently (by eventId or streamSequence). When it
   * throws, the message is delivered again later instead of being dropped.
   */
  deadLetter: (letter: DeadLetter) => Promise<void>;
  /** Max deliveries of one message, the first included, before it is dead-lettered, e.g. 5. */
  maxDeliveries: number;
  /** Backoff before redelivery after a failure, per attempt (ms); last value repeats. */
  backoffMs: number[];
  /** Time in milliseconds JetStream waits for an acknowledgement before it delivers the message again, e.g. 30_000. */
  ackWaitMs: number;
  /**
   * Messages one instance handles at the same time, 1 when omitted. More than 1 lets a handler
   * that waits on its database overlap with the next messages, at the price of handling events
   * out of stream order, so only a handler that does not depend on that order may raise it.
   */
  concurrency?: number;
}

/** Receiving side of a service's event subscriptions, started and stopped with the app. */
export interface EventConsumer {
  start(): Promise<void>;
  /** Stops receiving, waits for the handler in progress and then releases the connection. */
  stop(): Promise<void>;
  /**
   * Counts the events in the stream that the durable consumer has not yet delivered (its consumer
   * lag), or returns null when the consumer is not running or its state cannot be read.
   */
  pendingMessages(): Promise<number | null>;
}

/**
 * Creates the consumer for the service's event bus: a durable JetStream consumer in distributed mode,
 * handlers on the in-process broker in embedded mode. Throws when an option is invalid.
 */
export function createEventConsumer(
  bus: EventBusOptions,
  options: EventConsumerOptions,
): EventConsumer {
  return bus.kind === 'jetstream'
    ? new JetStreamEventConsumer(bus, options)
    : new InProcessEventConsumer(bus.broker, bus.subjectPrefix, options);
}
