import type { InjectionToken, OnApplicationBootstrap, OnModuleDestroy, Provider } from '@nestjs/common';
import { Inject, Injectable } from '@nestjs/common';

import type { InProcessBroker } from '../in-process/in-process.broker';
import { SubjectPrefixedNatsServer } from '../nats/subject-prefixed-nats.server';
import type { EventPublisher } from './event-publisher';
import { InProcessEventPublisher } from './in-process-event.publisher';
import { JetStreamEventPublisher } from './jetstream-event.publisher';
import { OutboxRelay } from './outbox-relay';
import type { OutboxStore } from './outbox.types';

/** Event bus of a service: JetStream when distributed, the in-process broker when embedded. */
export type EventBusOptions =
  | {
      kind: 'jetstream';
      servers: string[];
      streamName: string;
      subjectPrefix: string;
      duplicateWindowMs: number;
      /** Copies of the events stream that a NATS cluster keeps; 1 when omitted. */
      streamReplicas?: number;
    }
  | { kind: 'in-process'; broker: InProcessBroker; subjectPrefix: string };

export const EVENT_PUBLISHER = Symbol('EVENT_PUBLISHER');

export async function createEventPublisher(bus: EventBusOptions): Promise<EventPublisher> {
  return bus.kind === 'jetstream'
    ? JetStreamEventPublisher.connect(bus)
    : new InProcessEventPublisher(bus.broker, bus.subjectPrefix);
}

/**
 * Starts the outbox relay with the app and stops it, then the publisher, when the app closes.
 * It stops in onModuleDestroy, which Nest calls before any onApplicationShutdown, so a service
 * can close its database in onApplicationShutdown without the relay still reading from it.
 */
@Injectable()
class OutboxRelayLifecycle implements OnApplicationBootstrap, OnModuleDestroy {
  constructor(
    private readonly relay: OutboxRelay,
    @Inject(EVENT_PUBLISHER) private readonly publisher: EventPublisher,
  ) {}

  onApplicationBootstrap(): void {
    this.relay.start();
    this.relay.kick();
  }

  async onModuleDestroy(): Promise<void> {
    await this.relay.stop();
    await this.publisher.close();
  }
}

/** Providers of a service's event publisher and outbox relay over its outbox store. */
export function outboxRelayProviders(
  store: InjectionToken<OutboxStore>,
  eventBus: EventBusOptions,
  pollIntervalMs: number,
): Provider[] {
  return [
    { provide: EVENT_PUBLISHER, useFactory: () => createEventPublisher(eventBus) },
    {
      provide: OutboxRelay,
      useFactory: (outbox: OutboxStore, publisher: EventPublisher) =>
        new OutboxRelay(outbox, publisher, { pollIntervalMs, batchSize: 100 }),
      inject: [store, EVENT_PUBLISHER],
    },
    OutboxRelayLifecycle,
  ];
}

/** Settings of a service that serves requests over NATS and publishes events to JetStream. */
export interface NatsServiceSettings {
  servers: string[];
  subjectPrefix: string;
  /** Queue group shared by every instance of the service, so each request is handled once. */
  queue: string;
  streamName: string;
  duplicateWindowMs: number;
  /** Copies of the events stream that a NATS cluster keeps; 1 when omitted. */
  streamReplicas?: number;
}

/** Builds the NATS transport and the JetStream event bus of a standalone service. */
export function natsServiceTransport(settings: NatsServiceSettings): {
  strategy: SubjectPrefixedNatsServer;
  eventBus: EventBusOptions;
} {
  const { servers, subjectPrefix } = settings;

  return {
    strategy: new SubjectPrefixedNatsServer({
      servers,
      queue: settings.queue,
      name: `${settings.queue}-service`,
      subjectPrefix,
      // A service keeps reconnecting for as long as it runs, so it survives a NATS restart of any length.
      maxReconnectAttempts: -1,
      gracefulShutdown: true,
      // Maximum wait for requests in flight after unsubscribing, in milliseconds. Shutdown goes on as soon as they have replied.
      gracePeriod: 10_000,
    }),
    eventBus: {
      kind: 'jetstream',
      servers,
      streamName: settings.streamName,
      subjectPrefix,
      duplicateWindowMs: settings.duplicateWindowMs,
      streamReplicas: settings.streamReplicas,
    },
  };
}
