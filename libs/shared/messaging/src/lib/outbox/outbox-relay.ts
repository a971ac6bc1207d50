import { Logger } from '@nestjs/common';

import type { EventPublisher } from './event-publisher';
import type { OutboxStore } from './outbox.types';

export interface OutboxRelayOptions {
  /** Interval in milliseconds at which the relay looks for unsent events without a kick. */
  pollIntervalMs: number;
  batchSize: number;
}

/**
 * Moves events from a service's outbox table to the event bus, oldest first. An event is marked
 * sent only after the bus accepted it, so a crash can send it again but never lose it. Consumers
 * deduplicate by event id. A failed event stops the pass, which keeps events in order.
 */
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private again = false;

  constructor(
    private readonly store: OutboxStore,
    private readonly publisher: EventPublisher,
    private readonly options: OutboxRelayOptions,
  ) {}

  start(): void {
    if (!this.timer) {
      this.timer = setInterval(() => this.kick(), this.options.pollIntervalMs);
      this.timer.unref();
    }
  }

  async stop(): Promise<void> {
    if (this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
    await this.running;
  }

  /** Starts a pass now, without waiting for the poll interval; used right after a commit. */
  kick(): void {
    this.flush().catch((error: unknown) => this.logger.error({ err: error }, 'Outbox relay pass failed'));
  }

  /** Sends every pending event; resolves with the number sent. Concurrent calls share one pass. */
  async flush(): Promise<number> {
    if (this.running) {
      this.again = true;

      return this.running;
    }
    this.running = this.drain().finally(() => {
      this.running = null;
    });

    return this.running;
  }

  private async drain(): Promise<number> {
    let sent = 0;

    do {
      this.again = false;
      let batch = await this.store.fetchPending(this.options.batchSize);

      while (batch.length > 0) {
        const count = await this.sendBatch(batch);

        sent += count;
        if (count < batch.length) {
          return sent;
        }
        batch = await this.store.fetchPending(this.options.batchSize);
      }
    } while (this.again);

    return sent;
  }

  private async sendBatch(batch: Awaited<ReturnType<OutboxStore['fetchPending']>>): Promise<number> {
    const sentIds: string[] = [];

    try {
      for (const message of batch) {
        try {
          await this.publisher.publish(message);
          sentIds.push(message.id);
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);

          this.logger.warn({ eventId: message.id, subject: message.subject, err: error }, 'Event not published; will retry');
          await this.store.markFailed(message.id, reason);
          break;
        }
      }
    } finally {
      if (sentIds.length > 0) {
        await this.store.markSent(sentIds);
      }
    }

    return sentIds.length;
  }
}
