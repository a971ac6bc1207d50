import type { JetStreamClient } from '@nats-io/jetstream';
import { jetstream, jetstreamManager, JetStreamApiError } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { connect, headers as natsHeaders } from '@nats-io/transport-node';

import { correlationIdHeader } from '../rpc/correlation';
import type { EventPublisher } from './event-publisher';
import type { OutboxMessage } from './outbox.types';

export interface JetStreamPublisherOptions {
  servers: string[];
  /** Stream that stores every `events.>` subject. */
  streamName: string;
  subjectPrefix: string;
  /** Window in which JetStream drops a second message with the same Nats-Msg-Id. */
  duplicateWindowMs: number;
}

/** Subjects a stream over the events of one subject prefix captures. */
export function eventSubjectsOf(subjectPrefix: string): string {
  return `${subjectPrefix}events.>`;
}

/**
 * Publishes outbox events to JetStream with the event id as Nats-Msg-Id, so a resend after a
 * crash is dropped by the server's deduplication. Creates the events stream when it is missing.
 */
export class JetStreamEventPublisher implements EventPublisher {
  private constructor(
    private readonly connection: NatsConnection,
    private readonly client: JetStreamClient,
    private readonly subjectPrefix: string,
  ) {}

  static async connect(options: JetStreamPublisherOptions): Promise<JetStreamEventPublisher> {
    const connection = await connect({ servers: options.servers, name: 'outbox-relay' });

    try {
      await ensureStream(connection, options);
    } catch (error) {
      await connection.close();
      throw error;
    }

    return new JetStreamEventPublisher(connection, jetstream(connection), options.subjectPrefix);
  }

  async publish(message: OutboxMessage): Promise<void> {
    const headers = natsHeaders();

    if (message.correlationId) {
      headers.set(correlationIdHeader, message.correlationId);
    }
    await this.client.publish(this.subjectPrefix + message.subject, JSON.stringify(message.payload), {
      msgID: message.id,
      headers,
    });
  }

  async close(): Promise<void> {
    await this.connection.drain();
  }
}

/**
 * Creates the events stream of a subject prefix when it is missing. Publishers and consumers both
 * call it at startup, so either may start first. An existing stream is left as it is.
 */
export async function ensureStream(
  connection: NatsConnection,
  options: Pick<JetStreamPublisherOptions, 'streamName' | 'subjectPrefix' | 'duplicateWindowMs'>,
): Promise<void> {
  const manager = await jetstreamManager(connection);
  const subjects = [eventSubjectsOf(options.subjectPrefix)];

  try {
    await manager.streams.info(options.streamName);
  } catch (error) {
    if (!(error instanceof JetStreamApiError) || error.status !== 404) {
      throw error;
    }
    await manager.streams.add({
      name: options.streamName,
      subjects,
      duplicate_window: options.duplicateWindowMs * 1_000_000,
    });
  }
}
