import type { JetStreamClient, StreamInfo } from '@nats-io/jetstream';
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
  /** Copies of the stream a NATS cluster keeps; 1 when omitted, the only value a single server accepts. */
  streamReplicas?: number;
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
    // The relay keeps reconnecting for as long as the service runs; unsent events wait in the outbox meanwhile.
    const connection = await connect({ servers: options.servers, name: 'outbox-relay', maxReconnectAttempts: -1 });

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
 * call it at startup, so either may start first. An existing stream with fewer replicas than
 * `streamReplicas` is updated to that number, and is otherwise left as it is, so replicas set by
 * an operator are never lowered. Rejects when the server cannot keep that many copies.
 */
export async function ensureStream(
  connection: NatsConnection,
  options: Pick<JetStreamPublisherOptions, 'streamName' | 'subjectPrefix' | 'duplicateWindowMs' | 'streamReplicas'>,
): Promise<void> {
  const replicas = options.streamReplicas ?? 1;

  // NATS 2.9.10 rejects a new stream with more than one replica on a single server, but accepts the
  // same number in an update and then keeps one copy, so both cases are checked here.
  if (replicas > 1 && !connection.info?.cluster) {
    throw new Error(
      `JetStream stream ${options.streamName} cannot keep ${replicas} replicas: the NATS server ` +
        `${connection.getServer()} is not part of a cluster. Set EVENTS_STREAM_REPLICAS=1, or connect ` +
        `to a cluster of at least ${replicas} JetStream servers.`,
    );
  }
  const manager = await jetstreamManager(connection);
  let existing: StreamInfo;

  try {
    existing = await manager.streams.info(options.streamName);
  } catch (error) {
    if (!(error instanceof JetStreamApiError) || error.status !== 404) {
      throw error;
    }
    await manager.streams
      .add({
        name: options.streamName,
        subjects: [eventSubjectsOf(options.subjectPrefix)],
        duplicate_window: options.duplicateWindowMs * 1_000_000,
        num_replicas: replicas,
      })
      .catch((cause: unknown) => {
        throw replicasError(options.streamName, replicas, 'create', cause);
      });

    return;
  }
  if (existing.config.num_replicas < replicas) {
    await manager.streams.update(options.streamName, { num_replicas: replicas }).catch((cause: unknown) => {
      throw replicasError(options.streamName, replicas, 'update', cause);
    });
  }
}

function replicasError(streamName: string, replicas: number, action: 'create' | 'update', cause: unknown): Error {
  const reason = cause instanceof Error ? cause.message : String(cause);

  return new Error(
    `Failed to ${action} JetStream stream ${streamName} with ${replicas} replicas: ${reason}. ` +
      'Set EVENTS_STREAM_REPLICAS to at most the number of JetStream servers in the cluster.',
    { cause },
  );
}
