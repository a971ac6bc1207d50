import { randomUUID } from 'node:crypto';

import { connect, type NatsConnection, type Subscription } from '@nats-io/transport-node';

import type { InProcessBroker } from '../in-process/in-process.broker';

/** Subject of the notices that a gateway instance publishes after each write it handles. */
export const writeNoticeSubject = 'gateway.write-notices.v1';

/** Receives the notices of a change feed. */
export interface ChangeListener {
  /** Reports that data may have changed. `subject` is the event or notice subject without the installation's prefix. */
  changed(subject: string): void;
  /**
   * Reports that the feed lost or regained its connection. Notices sent while it was away are lost, so a cache
   * must not trust its entries while `connected` is false.
   */
  connectionChanged(connected: boolean): void;
}

/**
 * Tells a process that data it has cached may be out of date: a service published a domain event,
 * or another gateway instance handled a write that may not publish one.
 */
export interface ChangeFeed {
  listen(listener: ChangeListener): Promise<void>;
  /** Tells the other instances listening on the feed that this one handled a write. */
  announceWrite(): void;
  close(): Promise<void>;
}

/**
 * Change feed over plain NATS subscriptions. JetStream stores events, and plain subscribers receive
 * them as they are published too, so no consumer or stream state is needed for a notice.
 */
export class NatsChangeFeed implements ChangeFeed {
  /** Marks this instance's write notices so it does not act on its own. */
  private readonly origin = randomUUID();
  private readonly subscriptions: Subscription[] = [];

  private constructor(
    private readonly connection: NatsConnection,
    private readonly subjectPrefix: string,
  ) {}

  static async connect(servers: string[], subjectPrefix: string, name: string): Promise<NatsChangeFeed> {
    // Like the gateway's request clients, the feed keeps reconnecting for as long as the process runs.
    return new NatsChangeFeed(await connect({ servers, name, maxReconnectAttempts: -1 }), subjectPrefix);
  }

  listen(listener: ChangeListener): Promise<void> {
    const prefix = this.subjectPrefix;

    this.subscriptions.push(
      this.connection.subscribe(`${prefix}events.>`, {
        callback: (error, message) => {
          if (!error) {
            listener.changed(message.subject.slice(prefix.length));
          }
        },
      }),
      this.connection.subscribe(prefix + writeNoticeSubject, {
        callback: (error, message) => {
          if (!error && message.string() !== this.origin) {
            listener.changed(writeNoticeSubject);
          }
        },
      }),
    );
    void this.watchConnection(listener);

    return this.connection.flush();
  }

  announceWrite(): void {
    if (!this.connection.isClosed()) {
      this.connection.publish(this.subjectPrefix + writeNoticeSubject, this.origin);
    }
  }

  async close(): Promise<void> {
    for (const subscription of this.subscriptions) {
      subscription.unsubscribe();
    }
    await this.connection.close();
  }

  private async watchConnection(listener: ChangeListener): Promise<void> {
    for await (const status of this.connection.status()) {
      if (status.type === 'disconnect') {
        listener.connectionChanged(false);
      } else if (status.type === 'reconnect') {
        listener.connectionChanged(true);
      }
    }
  }
}

/** Change feed of the embedded mode: the in-process broker delivers every event and notice at once and never disconnects. */
export class InProcessChangeFeed implements ChangeFeed {
  private readonly origin = randomUUID();
  private readonly stops: (() => void)[] = [];

  constructor(
    private readonly broker: InProcessBroker,
    private readonly subjectPrefix = '',
  ) {}

  listen(listener: ChangeListener): Promise<void> {
    const prefix = this.subjectPrefix;

    this.stops.push(
      this.broker.handleEvents(`${prefix}events.>`, (message) => {
        listener.changed(message.subject.slice(prefix.length));

        return Promise.resolve();
      }),
      this.broker.handleEvents(prefix + writeNoticeSubject, (message) => {
        if (message.data !== JSON.stringify(this.origin)) {
          listener.changed(writeNoticeSubject);
        }

        return Promise.resolve();
      }),
    );

    return Promise.resolve();
  }

  announceWrite(): void {
    void this.broker.publish(this.subjectPrefix + writeNoticeSubject, JSON.stringify(this.origin), {});
  }

  close(): Promise<void> {
    for (const stop of this.stops.splice(0)) {
      stop();
    }

    return Promise.resolve();
  }
}
