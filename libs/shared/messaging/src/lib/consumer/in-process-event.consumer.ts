import { setTimeout as sleep } from 'node:timers/promises';

import { Logger } from '@nestjs/common';

import type { InProcessBroker, InProcessMessage } from '../in-process/in-process.broker';
import {
  assertValidConsumerOptions,
  errorText,
  retryDelayMs,
  unprefixedSubject,
} from './delivery-policy';
import type { DeadLetter, EventConsumer, EventConsumerOptions } from './event-consumer';
import type { EventEnvelope } from './event-envelope';
import { parseEventEnvelope } from './event-envelope';

/**
 * Consumes events from the in-process broker of the embedded mode. The broker's publish awaits
 * this consumer, so the publishing service's outbox marks an event sent only after it was handled
 * or dead-lettered. Retries wait for the backoff inside that publish call, which delays the
 * publisher's relay by at most the retry budget. No error ever reaches the publisher, because a
 * poison message would otherwise stall its outbox. Concurrent publishes are handled concurrently.
 *
 * The broker delivers an event again only when the publisher resends it (after a crash between
 * publish and marking it sent), so handlers still deduplicate on eventId as they do on JetStream.
 */
export class InProcessEventConsumer implements EventConsumer {
  private readonly logger = new Logger(InProcessEventConsumer.name);
  private readonly inFlight = new Set<Promise<void>>();
  private unsubscribes: (() => void)[] = [];

  constructor(
    private readonly broker: InProcessBroker,
    private readonly subjectPrefix: string,
    private readonly options: EventConsumerOptions,
  ) {
    assertValidConsumerOptions(options);
  }

  // NOTE: the broker keeps no backlog, so events published before start() or after stop() are not delivered.
  start(): Promise<void> {
    if (this.unsubscribes.length === 0) {
      this.unsubscribes = this.options.subjects.map((subject) =>
        this.broker.handleEvents(this.subjectPrefix + subject, (message) =>
          this.track(this.deliver(message)),
        ),
      );
    }

    return Promise.resolve();
  }

  /** Returns 0, because the broker delivers each event as it is published and keeps no backlog. */
  pendingMessages(): Promise<number | null> {
    return Promise.resolve(0);
  }

  async stop(): Promise<void> {
    this.unsubscribes.forEach((unsubscribe) => unsubscribe());
    this.unsubscribes = [];
    await Promise.all([...this.inFlight]);
  }

  private track(delivery: Promise<void>): Promise<void> {
    this.inFlight.add(delivery);

    return delivery.finally(() => this.inFlight.delete(delivery));
  }

  /** Handles one published message and resolves in every case, because an error would fail the publisher. */
  private async deliver(message: InProcessMessage): Promise<void> {
    const subject = unprefixedSubject(message.subject, this.subjectPrefix);

    try {
      let event: EventEnvelope;

      try {
        event = parseEventEnvelope(message.data);
      } catch (error) {
        await this.deadLetter({
          event: null,
          rawData: message.data,
          subject,
          deliveries: 1,
          error: errorText(error),
          streamSequence: null,
        });

        return;
      }
      await this.handleWithRetries(event, message.data, subject);
    } catch (error) {
      this.logger.error(
        { err: error, subject, rawData: message.data },
        'Event consumer failed unexpectedly; event dropped',
      );
    }
  }

  private async handleWithRetries(
    event: EventEnvelope,
    rawData: string,
    subject: string,
  ): Promise<void> {
    for (let deliveries = 1; ; deliveries++) {
      try {
        await this.options.handler(event);

        return;
      } catch (error) {
        if (deliveries >= this.options.maxDeliveries) {
          await this.deadLetter({
            event,
            rawData,
            subject,
            deliveries,
            error: errorText(error),
            streamSequence: null,
          });

          return;
        }
        const delayMs = retryDelayMs(this.options.backoffMs, deliveries);

        this.logger.warn(
          { err: error, eventId: event.eventId, subject, deliveries, delayMs },
          'Event handler failed; will retry',
        );
        await sleep(delayMs);
      }
    }
  }

  /**
   * Calls the dead-letter callback, retrying it with the backoff while it throws. There is no
   * stream to leave the message in, so after the last try the full letter goes to the error log.
   */
  private async deadLetter(letter: DeadLetter): Promise<void> {
    const eventId = letter.event?.eventId ?? null;

    this.logger.warn(
      { eventId, subject: letter.subject, deliveries: letter.deliveries, error: letter.error },
      'Dead-lettering event',
    );
    for (let attempt = 1; ; attempt++) {
      try {
        await this.options.deadLetter(letter);

        return;
      } catch (error) {
        if (attempt >= this.options.maxDeliveries) {
          this.logger.error(
            { err: error, letter },
            'Dead-letter callback failed; event dropped, logged here in full',
          );

          return;
        }
        await sleep(retryDelayMs(this.options.backoffMs, attempt));
      }
    }
  }
}
