import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';

import { DeliveryRepository, type ClaimedDelivery } from '@bma-kpi/notification-data-access';

import { DeliveryProcessor } from './delivery.processor';
import { resolveDeliverySettings } from './delivery-settings';
import { DigestJob } from './digest.job';
import { NOTIFICATION_SERVICE_OPTIONS, type NotificationServiceOptions } from '../notification-service.options';

/** Deliveries claimed per poll; a full batch makes the worker poll again at once. */
export const deliveryBatchSize = 20;
/** Sends in flight at once. */
export const deliveryConcurrency = 5;
/** Minimum time between checks for due digests, because the check takes a job lease. */
const digestCheckIntervalMs = 60_000;

/**
 * Polls for due deliveries, sends them with bounded concurrency and records each outcome. From the
 * digest hour it also sends the daily digests. On shutdown it stops claiming, lets the sends in
 * flight finish and gives back the claims it has not started.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DeliveryWorker.name);
  private readonly pollIntervalMs: number;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  /** True until bootstrap and again from shutdown: no polls are scheduled. */
  private stopped = true;
  /** Set at shutdown: claimed deliveries not yet started are given back instead of sent. */
  private shuttingDown = false;
  private kicked = false;
  private lastDigestCheck = 0;

  constructor(
    @Inject(NOTIFICATION_SERVICE_OPTIONS) options: NotificationServiceOptions,
    private readonly deliveries: DeliveryRepository,
    private readonly processor: DeliveryProcessor,
    private readonly digests: DigestJob,
  ) {
    this.pollIntervalMs = resolveDeliverySettings(options.delivery).pollIntervalMs;
  }

  onApplicationBootstrap(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Polls at once, for deliveries just created; a poll in progress is followed by another. */
  kick(): void {
    if (this.stopped) {
      return;
    }
    if (this.running !== null) {
      this.kicked = true;
    } else {
      this.schedule(0);
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    this.shuttingDown = true;
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    await this.running;
  }

  /**
   * Claims one batch of due deliveries and sends it, then sends the digests when they are due.
   * Returns the number of deliveries claimed.
   */
  async runOnce(): Promise<number> {
    const claimed = await this.deliveries.claimDue(deliveryBatchSize);

    await this.sendAll(claimed);
    if (!this.shuttingDown) {
      await this.runDigestsWhenDue();
    }

    return claimed.length;
  }

  private schedule(delayMs: number): void {
    if (this.timer !== null) {
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(() => this.poll(), delayMs);
  }

  private poll(): void {
    this.timer = null;
    this.kicked = false;
    this.running = this.runOnce()
      .catch((error: unknown) => {
        this.logger.error({ err: error }, 'Delivery poll failed; polling again after the poll interval');

        return 0;
      })
      .then((claimed) => {
        this.running = null;
        if (!this.stopped) {
          this.schedule(claimed >= deliveryBatchSize || this.kicked ? 0 : this.pollIntervalMs);
        }
      });
  }

  private async sendAll(claimed: readonly ClaimedDelivery[]): Promise<void> {
    let next = 0;
    const unstarted: string[] = [];
    const lane = async (): Promise<void> => {
      while (next < claimed.length) {
        const delivery = claimed[next++];

        if (this.shuttingDown) {
          unstarted.push(delivery.id);
          continue;
        }
        await this.processSafely(delivery);
      }
    };

    await Promise.all(Array.from({ length: Math.min(deliveryConcurrency, claimed.length) }, lane));
    await this.deliveries.release(unstarted);
  }

  private async processSafely(delivery: ClaimedDelivery): Promise<void> {
    try {
      await this.processor.process(delivery);
    } catch (error) {
      // The claim runs out and another poll retries the delivery; the error is most likely the database.
      this.logger.error({ err: error, deliveryId: delivery.id }, 'Recording a delivery attempt failed; the delivery is retried after its claim ends');
    }
  }

  private async runDigestsWhenDue(): Promise<void> {
    const now = Date.now();

    if (now - this.lastDigestCheck < digestCheckIntervalMs) {
      return;
    }
    this.lastDigestCheck = now;
    const date = this.digests.dueDate(new Date(now));

    if (date !== null) {
      await this.digests.run(date);
    }
  }
}
