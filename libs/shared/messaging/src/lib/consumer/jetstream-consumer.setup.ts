import type { LoggerService } from '@nestjs/common';

import type {
  ConsumerConfig,
  ConsumerMessages,
  ConsumerNotification,
  JetStreamManager,
} from '@nats-io/jetstream';
import { AckPolicy, DeliverPolicy, JetStreamApiError } from '@nats-io/jetstream';

import { eventSubjectsOf } from '../outbox/jetstream-event.publisher';

/** Subject selection of a durable consumer: the filter JetStream applies and the check the client adds. */
export interface SubjectFilter {
  config: Pick<ConsumerConfig, 'filter_subject' | 'filter_subjects'>;
  /** Whether a delivered message is one the service subscribed to. */
  accepts(subject: string): boolean;
}

/** Settings the consumer keeps in line with the service's options on every start. */
export interface DurableConsumerSpec {
  streamName: string;
  durableName: string;
  ackWaitMs: number;
  filter: SubjectFilter;
}

/**
 * Chooses how the durable consumer selects its subjects. nats-server before 2.10 (Debian 12 ships
 * 2.9.10) accepts only one filter subject, so there a consumer of several subjects filters on the
 * whole events stream and the client acknowledges the other subjects without handling them.
 */
export function subjectFilterFor(
  subjects: string[],
  subjectPrefix: string,
  serverVersion: string | undefined,
): SubjectFilter {
  const prefixed = [...new Set(subjects.map((subject) => subjectPrefix + subject))];

  if (prefixed.length === 1) {
    return { config: { filter_subject: prefixed[0] }, accepts: () => true };
  }
  if (supportsMultipleFilters(serverVersion)) {
    return { config: { filter_subjects: prefixed }, accepts: () => true };
  }
  const subscribed = new Set(prefixed);

  return {
    config: { filter_subject: eventSubjectsOf(subjectPrefix) },
    accepts: (subject) => subscribed.has(subject),
  };
}

function supportsMultipleFilters(serverVersion: string | undefined): boolean {
  const [major, minor] = (serverVersion ?? '').split('.').map((part) => Number.parseInt(part, 10));

  return major > 2 || (major === 2 && minor >= 10);
}

/**
 * Creates the durable pull consumer, or updates its ack wait and filter when an earlier deploy
 * created it with other values. Delivery counting is left to the client (max_deliver -1), so that
 * the client can dead-letter a message before it terminates it.
 */
export async function ensureDurableConsumer(
  manager: JetStreamManager,
  spec: DurableConsumerSpec,
): Promise<void> {
  const ackWait = spec.ackWaitMs * 1_000_000;
  const config: Partial<ConsumerConfig> = {
    durable_name: spec.durableName,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    ack_wait: ackWait,
    max_deliver: -1,
    ...spec.filter.config,
  };

  try {
    await manager.consumers.add(spec.streamName, config);
  } catch (error) {
    if (!(error instanceof JetStreamApiError)) {
      throw error;
    }
    // Both filter fields are set, so the field the new config does not use is removed from the old one.
    await manager.consumers.update(spec.streamName, spec.durableName, {
      ack_wait: ackWait,
      max_deliver: -1,
      filter_subject: spec.filter.config.filter_subject,
      filter_subjects: spec.filter.config.filter_subjects,
    });
  }
}

const problemStatuses = new Set<ConsumerNotification['type']>([
  'heartbeats_missed',
  'consumer_deleted',
  'consumer_not_found',
  'stream_not_found',
  'no_responders',
]);

/** Logs the notifications of a message iterator that point to a lost server, consumer or stream. */
export async function logConsumerProblems(
  messages: ConsumerMessages,
  logger: LoggerService,
  durableName: string,
): Promise<void> {
  try {
    for await (const status of messages.status()) {
      if (problemStatuses.has(status.type)) {
        logger.warn({ durableName, status }, 'JetStream consumer reported a problem');
      }
    }
  } catch {
    // The status iterator ends with the message iterator, whose own error the consumer loop logs.
  }
}
