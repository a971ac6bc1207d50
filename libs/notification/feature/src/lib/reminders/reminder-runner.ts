import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

import { Injectable, Logger } from '@nestjs/common';

import type { ReminderRunResponse } from '@bma-kpi/contracts-notification';
import { NotificationErrorCode } from '@bma-kpi/contracts-notification';
import { DomainException } from '@bma-kpi/errors';
import { JobLeaseRepository } from '@bma-kpi/notification-data-access';

import type { RequestMeta } from '../request-meta';
import { ReminderCalendarService } from './reminder-calendar.service';
import { ReminderIssuer } from './reminder-issuer';
import { catchUpStart, fiscalYearsAround, remindersDue } from './reminder-schedule';

/** Name of the lease row of the reminder job. */
export const REMINDER_LEASE = 'reminders';

/**
 * Milliseconds a lease lasts without release. A run normally ends far sooner, and an instance that
 * dies mid-run blocks the others only this long. NOTE: a run longer than this may overlap another
 * instance's run, which the issue keys still keep from sending anything twice.
 */
const leaseTtlMs = 5 * 60_000;

/** Attempts and pause of an operator's run while another instance holds the lease. */
const busyAttempts = 20;
const busyPauseMs = 250;

/** Options of one run. */
export interface ReminderRunOptions {
  dryRun: boolean;
  /** Whom the issue rows name: the operator of an API run, or the scheduler instance. */
  issuedBy: string;
  meta: RequestMeta;
  /** True skips the run when it already finished for the date, as the timer wants. */
  skipIfDone?: boolean;
}

/**
 * Runs the reminders of a Bangkok date under the `reminders` lease, so that only one instance at a
 * time issues them, and records the date as the last run so that a restart catches up from it.
 * Runs of one instance are queued one after the other.
 */
@Injectable()
export class ReminderRunner {
  private readonly logger = new Logger(ReminderRunner.name);
  /** Lease holder name of this instance: host, process and a random part for several modules per process. */
  readonly instanceId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly leases: JobLeaseRepository,
    private readonly calendars: ReminderCalendarService,
    private readonly issuer: ReminderIssuer,
  ) {}

  /** Runs the reminders of `date`. Returns null when skipIfDone found the date done or the lease taken. */
  run(date: string, options: ReminderRunOptions): Promise<ReminderRunResponse | null> {
    const next = this.queue.then(() => (options.dryRun ? this.dryRun(date, options) : this.leasedRun(date, options)));

    this.queue = next.catch(() => undefined);

    return next;
  }

  private async dryRun(date: string, options: ReminderRunOptions): Promise<ReminderRunResponse> {
    const lease = await this.leases.get(REMINDER_LEASE);

    return this.execute(date, lease?.lastRunOn ?? null, options);
  }

  private async leasedRun(date: string, options: ReminderRunOptions): Promise<ReminderRunResponse | null> {
    const lease = await this.acquire(options.skipIfDone !== true);

    if (lease === null) {
      return null;
    }
    try {
      if (options.skipIfDone === true && lease.lastRunOn !== null && lease.lastRunOn >= date) {
        return null;
      }
      const response = await this.execute(date, lease.lastRunOn, options);

      if (!(await this.leases.recordRun(REMINDER_LEASE, this.instanceId, date))) {
        this.logger.warn({ date, instanceId: this.instanceId }, 'Reminder lease expired during the run; the next run repeats the days');
      }

      return response;
    } finally {
      await this.leases.release(REMINDER_LEASE, this.instanceId);
    }
  }

  private async execute(date: string, lastRunOn: string | null, options: ReminderRunOptions): Promise<ReminderRunResponse> {
    const fromDate = catchUpStart(date, lastRunOn);
    const years = await this.calendars.load(fiscalYearsAround(date), options.meta);
    const due = remindersDue(years.reminders, fromDate, date);
    const issued = await this.issuer.issue(years, due, { date, dryRun: options.dryRun, issuedBy: options.issuedBy, meta: options.meta });

    return { date, dryRun: options.dryRun, fromDate, issued };
  }

  /** Takes the lease. An operator's run waits a few seconds for another instance, but the timer does not. */
  private async acquire(wait: boolean) {
    for (let attempt = 1; ; attempt += 1) {
      const lease = await this.leases.acquire(REMINDER_LEASE, this.instanceId, leaseTtlMs);

      if (lease !== null || !wait) {
        return lease;
      }
      if (attempt >= busyAttempts) {
        throw new DomainException(
          NotificationErrorCode.reminderRunInProgress,
          'Another instance is running the reminders now. Try again in a minute.',
          'อีกอินสแตนซ์หนึ่งกำลังส่งการแจ้งเตือนอยู่ โปรดลองใหม่ในอีกหนึ่งนาที',
        );
      }
      await sleep(busyPauseMs);
    }
  }
}
