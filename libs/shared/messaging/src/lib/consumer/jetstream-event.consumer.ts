import { setTimeout as sleep } from 'node:timers/promises';

import { Logger } from '@nestjs/common';

import type { ConsumerMessages, JetStreamClient, JsMsg } from '@nats-io/jetstream';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { connect } from '@nats-io/transport-node';

import type { EventBusOptions } from '../outbox/event-bus';
import { ensureStream } from '../outbox/jetstream-event.publisher';
import { assertValidConsumerOptions } from './delivery-policy';
import type { EventConsumer, EventConsumerOptions } from './event-consumer';
import type { SubjectFilter } from './jetstream-consumer.setup';
import {
  ensureDurableConsumer,
  logConsumerProblems,
  subjectFilterFor,
} from './jetstream-consumer.setup';
import { JetStreamDelivery } from './jetstream-delivery';

/** JetStream settings of EventBusOptions. */
export type JetStreamEventBus = Extract<EventBusOptions, { kind: 'jetstream' }>;

// A consumer pulls as many messages as it handles at once (one by default). @nats-io/jetstream 3.4
// sends the next pull only when the iterator moves past the current message, so no message waits
// in memory while its ack wait runs out behind slow handlers.
// The client sets the idle heartbeat to half of a pull's expiry and reports a lost consumer after
// two missed heartbeats, so a deleted consumer is noticed within about 10 s.
const pullExpiresMs = 10_000;
const firstRestartDelayMs = 1_000;
const maxRestartDelayMs = 30_000;

/**
 * Durable pull consumer of the events stream. Every instance of a service binds to the same durable
 * consumer, so JetStream hands each message to one of them. After a handler failure the consumer
 * sends a delayed negative acknowledgement, so the message comes back after the backoff while later
 * messages keep flowing. After maxDeliveries failures, or at once for an unparseable payload, the
 * message goes to the dead-letter callback and is terminated.
 */
export class JetStreamEventConsumer implements EventConsumer {
  private readonly logger = new Logger(JetStreamEventConsumer.name);
  private connection: NatsConnection | null = null;
  private filter: SubjectFilter;
  private messages: ConsumerMessages | null = null;
  private loop: Promise<void> | null = null;
  private stopping: Promise<void> | null = null;
  private stopSignal = new AbortController();
  private restarts = 0;
  private readonly delivery: JetStreamDelivery;
  private readonly concurrency: number;

  constructor(
    private readonly bus: JetStreamEventBus,
    private readonly options: EventConsumerOptions,
  ) {
    assertValidConsumerOptions(options);
    this.delivery = new JetStreamDelivery(options, bus.subjectPrefix);
    this.concurrency = options.concurrency ?? 1;
    // prepare() replaces this once the server version is known. The default works on every version.
    this.filter = subjectFilterFor(options.subjects, bus.subjectPrefix, undefined);
  }

  /** Connects, creates the stream and the durable consumer when missing, and starts receiving. */
  async start(): Promise<void> {
    if (this.connection) {
      return;
    }
    // The consumer keeps reconnecting for as long as the service runs, rather than giving up after 10 tries.
    const connection = await connect({
      servers: this.bus.servers,
      name: `${this.options.durableName}-events`,
      maxReconnectAttempts: -1,
    });

    try {
      await this.prepare(connection);
    } catch (error) {
      await connection.close();
      throw error;
    }
    this.connection = connection;
    this.stopping = null;
    this.stopSignal = new AbortController();
    this.restarts = 0;
    this.loop = this.run(connection);
    this.logger.log(
      { durableName: this.options.durableName, subjects: this.options.subjects },
      'Event consumer started',
    );
  }

  /** Stops receiving, waits for the event in progress to be acknowledged, then drains the connection. */
  stop(): Promise<void> {
    this.stopping ??= this.shutdown();

    return this.stopping;
  }

  private async shutdown(): Promise<void> {
    const connection = this.connection;

    if (!connection) {
      return;
    }
    this.stopSignal.abort();
    // Not awaited, because the iterator closes only when the loop reaches the end of what it already received.
    void this.messages?.close();
    await this.loop;
    this.connection = null;
    this.messages = null;
    this.loop = null;
    await connection.drain();
    this.logger.log({ durableName: this.options.durableName }, 'Event consumer stopped');
  }

  async pendingMessages(): Promise<number | null> {
    const connection = this.connection;

    if (!connection || connection.isClosed()) {
      return null;
    }
    try {
      const manager = await jetstreamManager(connection);
      const info = await manager.consumers.info(this.bus.streamName, this.options.durableName);

      return info.num_pending;
    } catch (error) {
      this.logger.warn({ err: error, durableName: this.options.durableName }, 'Could not read the consumer lag');

      return null;
    }
  }

  private async prepare(connection: NatsConnection): Promise<void> {
    // Recomputed on every preparation because a reconnect may reach an upgraded server.
    this.filter = subjectFilterFor(
      this.options.subjects,
      this.bus.subjectPrefix,
      connection.info?.version,
    );
    await ensureStream(connection, this.bus);
    await ensureDurableConsumer(await jetstreamManager(connection), {
      streamName: this.bus.streamName,
      durableName: this.options.durableName,
      ackWaitMs: this.options.ackWaitMs,
      filter: this.filter,
    });
  }

  /**
   * Receives until stopped. The message iterator of @nats-io/jetstream 3.4 survives reconnects on
   * its own. With abort_on_missing_resource it ends when the consumer or the stream is gone, and
   * the loop then recreates both and opens a new iterator.
   */
  private async run(connection: NatsConnection): Promise<void> {
    const client = jetstream(connection);

    while (!this.stopSignal.signal.aborted) {
      try {
        await this.consumeUntilClosed(client);
      } catch (error) {
        if (!this.stopSignal.signal.aborted) {
          this.logger.warn(
            { err: error, durableName: this.options.durableName },
            'Event consumer lost its subscription; recreating it',
          );
        }
      }
      if (connection.isClosed()) {
        this.logger.error(
          { durableName: this.options.durableName },
          'NATS connection closed; event consumer stopped receiving',
        );

        return;
      }
      if (!this.stopSignal.signal.aborted) {
        await this.recover(connection);
      }
    }
  }

  private async consumeUntilClosed(client: JetStreamClient): Promise<void> {
    const consumer = await client.consumers.get(this.bus.streamName, this.options.durableName);
    const messages = await consumer.consume({
      max_messages: this.concurrency,
      expires: pullExpiresMs,
      abort_on_missing_resource: true,
    });

    this.messages = messages;
    if (this.stopSignal.signal.aborted) {
      // stop() ran while the consumer was looked up, so the loop below only drains the iterator.
      void messages.close();
    }
    void logConsumerProblems(messages, this.logger, this.options.durableName);
    const inFlight = new Set<Promise<void>>();

    for await (const message of messages) {
      this.restarts = 0;
      const task: Promise<void> = this.process(message).finally(() => inFlight.delete(task));

      inFlight.add(task);
      if (inFlight.size >= this.concurrency) {
        await Promise.race(inFlight);
      }
    }
    // process() never rejects, so this waits for every handler still running.
    await Promise.all(inFlight);
    const reason = await messages.closed();

    if (reason instanceof Error) {
      throw reason;
    }
  }

  private async recover(connection: NatsConnection): Promise<void> {
    const delayMs = Math.min(firstRestartDelayMs * 2 ** this.restarts, maxRestartDelayMs);

    this.restarts++;
    try {
      await sleep(delayMs, undefined, { signal: this.stopSignal.signal });
      await this.prepare(connection);
    } catch (error) {
      if (!this.stopSignal.signal.aborted) {
        this.logger.warn(
          { err: error, durableName: this.options.durableName, delayMs },
          'Event consumer could not recreate its stream or consumer; will retry',
        );
      }
    }
  }

  /** Handles one message without throwing, because an error would end the message iterator. */
  private async process(message: JsMsg): Promise<void> {
    try {
      if (this.stopSignal.signal.aborted) {
        // A message still queued after stop() goes back at once, so another instance need not wait for ack_wait.
        message.nak();

        return;
      }
      if (!this.filter.accepts(message.subject)) {
        message.ack();

        return;
      }
      await this.delivery.handle(message);
    } catch (error) {
      // Only the subject is logged, because reading the delivery info may be what failed.
      this.logger.error(
        { err: error, subject: message.subject },
        'Event processing failed unexpectedly; JetStream delivers it again after ack_wait',
      );
    }
  }
}
