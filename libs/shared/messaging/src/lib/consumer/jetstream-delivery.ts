import { Logger } from '@nestjs/common';

import type { JsMsg } from '@nats-io/jetstream';

import { errorText, retryDelayMs, unprefixedSubject } from './delivery-policy';
import type { DeadLetter, EventConsumerOptions } from './event-consumer';
import type { EventEnvelope } from './event-envelope';
import { parseEventEnvelope } from './event-envelope';

/**
 * Delivery policy for one JetStream message: handle and acknowledge it, have it delivered again
 * after the backoff, or hand it to the dead-letter callback and terminate it.
 */
export class JetStreamDelivery {
  private readonly logger = new Logger(JetStreamDelivery.name);

  constructor(
    private readonly options: EventConsumerOptions,
    private readonly subjectPrefix: string,
  ) {}

  /** Handles one message and acknowledges, negatively acknowledges or terminates it. */
  async handle(message: JsMsg): Promise<void> {
    const rawData = message.string();
    const letter: Omit<DeadLetter, 'event' | 'error'> = {
      rawData,
      subject: unprefixedSubject(message.subject, this.subjectPrefix),
      deliveries: message.info.deliveryCount,
      streamSequence: message.info.streamSequence,
    };
    let event: EventEnvelope;

    try {
      event = parseEventEnvelope(rawData);
    } catch (error) {
      await this.deadLetter(message, { ...letter, event: null, error: errorText(error) });

      return;
    }
    try {
      await this.runHandler(message, event);
    } catch (error) {
      await this.handleFailure(message, { ...letter, event, error: errorText(error) }, error);

      return;
    }
    await this.acknowledge(message, event);
  }

  /**
   * Runs the handler while telling JetStream the message is in progress, so a slow handler does not
   * get it delivered twice.
   * NOTE: a handler that never settles blocks this instance and keeps its message until the process stops.
   */
  private async runHandler(message: JsMsg, event: EventEnvelope): Promise<void> {
    const progress = setInterval(
      () => {
        try {
          message.working();
        } catch {
          // The connection is closing, so the message comes back after ack_wait.
        }
      },
      Math.max(Math.floor(this.options.ackWaitMs / 3), 1),
    );

    try {
      await this.options.handler(event);
    } finally {
      clearInterval(progress);
    }
  }

  private async handleFailure(message: JsMsg, letter: DeadLetter, error: unknown): Promise<void> {
    if (letter.deliveries >= this.options.maxDeliveries) {
      await this.deadLetter(message, letter);

      return;
    }
    const delayMs = retryDelayMs(this.options.backoffMs, letter.deliveries);

    this.logger.warn(
      {
        err: error,
        eventId: letter.event?.eventId,
        subject: letter.subject,
        deliveries: letter.deliveries,
        delayMs,
      },
      'Event handler failed; will retry',
    );
    message.nak(delayMs);
  }

  private async deadLetter(message: JsMsg, letter: DeadLetter): Promise<void> {
    const { subject, deliveries, streamSequence } = letter;
    const eventId = letter.event?.eventId ?? null;

    this.logger.warn(
      { eventId, subject, deliveries, streamSequence, error: letter.error },
      'Dead-lettering event',
    );
    try {
      await this.options.deadLetter(letter);
    } catch (error) {
      const delayMs = retryDelayMs(this.options.backoffMs, deliveries);

      this.logger.error(
        { err: error, eventId, streamSequence, delayMs },
        'Dead-letter callback failed; the message will be delivered again',
      );
      message.nak(delayMs);

      return;
    }
    // Sent without a reason, because @nats-io/jetstream 3.4 documents term reasons as needing nats-server 2.11 and Debian 12 ships 2.9.10.
    message.term();
  }

  /**
   * Acknowledges and waits for the server's confirmation, so that once stop() has returned no
   * acknowledgement is still on its way. A lost acknowledgement only means the event is delivered
   * again after ack_wait, which the handler's deduplication absorbs.
   */
  private async acknowledge(message: JsMsg, event: EventEnvelope): Promise<void> {
    try {
      await message.ackAck();
    } catch (error) {
      this.logger.warn(
        { err: error, eventId: event.eventId },
        'Acknowledgement not confirmed; the event may be delivered again',
      );
    }
  }
}
