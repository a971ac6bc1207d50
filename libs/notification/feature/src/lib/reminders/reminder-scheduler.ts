import type { OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Injectable, Logger } from '@nestjs/common';

import { toBangkokIsoDate } from '@bma-kpi/util-thai';

import { EvaluationClient } from './evaluation.client';
import { ReminderCalendarService } from './reminder-calendar.service';
import { ReminderRunner } from './reminder-runner';

/** Failed ticks in a row between two error logs, so an outage of a dependency logs once in a while. */
const failureLogEvery = 30;

/** Milliseconds from bootstrap to the first tick, which gives services started in the same host time to listen. */
const firstTickDelayMs = 5000;

/**
 * Runs the reminders of today (Bangkok) every tickIntervalMs, starting a few seconds after
 * bootstrap so that a restart catches up at once. Every instance ticks, and the lease and the
 * last run date let only the first one of the day do the work.
 */
@Injectable()
export class ReminderScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ReminderScheduler.name);
  private timer: NodeJS.Timeout | null = null;
  private inFlight: Promise<void> | null = null;
  private failures = 0;

  constructor(
    private readonly runner: ReminderRunner,
    private readonly calendars: ReminderCalendarService,
    private readonly evaluation: EvaluationClient,
  ) {}

  onApplicationBootstrap(): void {
    const { enabled, tickIntervalMs } = this.calendars.settings;

    if (!enabled) {
      this.logger.log('Reminder scheduler is switched off; reminders run only through the API');

      return;
    }
    if (!this.evaluation.configured) {
      this.logger.warn('Reminder scheduler not started: the host gave no connection to the evaluation service');

      return;
    }
    this.timer = setTimeout(() => {
      this.timer = setInterval(() => void this.tick(), tickIntervalMs);
      void this.tick();
    }, Math.min(firstTickDelayMs, tickIntervalMs));
    this.logger.log({ tickIntervalMs, instanceId: this.runner.instanceId }, 'Reminder scheduler started');
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer !== null) {
      // clearTimeout also clears an interval, so it stops either phase.
      clearTimeout(this.timer);
      this.timer = null;
    }
    await this.inFlight;
  }

  /** Runs the reminders of the Bangkok date of `now`, unless a tick is still running. */
  tick(now: Date = new Date()): Promise<void> {
    if (this.inFlight === null) {
      this.inFlight = this.runToday(toBangkokIsoDate(now)).finally(() => {
        this.inFlight = null;
      });
    }

    return this.inFlight;
  }

  private async runToday(today: string): Promise<void> {
    try {
      const result = await this.runner.run(today, {
        dryRun: false,
        issuedBy: `scheduler:${this.runner.instanceId}`,
        meta: { actor: 'reminder-scheduler', correlationId: `reminders-${today}` },
        skipIfDone: true,
      });

      if (result !== null) {
        this.logger.log({ date: today, fromDate: result.fromDate, issued: result.issued.length }, 'Reminder run finished');
      }
      this.failures = 0;
    } catch (error) {
      this.failures += 1;
      if (this.failures % failureLogEvery === 1) {
        this.logger.error({ err: error, date: today, failures: this.failures }, 'Reminder run failed; the next tick retries');
      }
    }
  }
}
