import { randomUUID } from 'node:crypto';

import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';

import { QualityJobRepository } from '@bma-kpi/catalog-data-access';

import { CATALOG_SERVICE_OPTIONS, type CatalogServiceOptions } from './catalog-service.options';
import { DEFAULT_QUALITY_SETTINGS, type QualitySettings } from './quality.options';
import { QualityRunner } from './quality.runner';

/**
 * Background loop that claims queued assessment jobs and runs them one at a time, outside any
 * NATS request. Several service instances may run it against one database: each claims a
 * different job, and a job left by a dead instance is taken over when its lease ends.
 */
@Injectable()
export class QualityWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(QualityWorker.name);
  private readonly owner = `catalog-${randomUUID()}`;
  private readonly settings: QualitySettings;
  private stopped = true;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;

  constructor(
    private readonly jobs: QualityJobRepository,
    private readonly runner: QualityRunner,
    @Inject(CATALOG_SERVICE_OPTIONS) options: CatalogServiceOptions,
  ) {
    this.settings = { ...DEFAULT_QUALITY_SETTINGS, ...options.quality };
  }

  onApplicationBootstrap(): void {
    this.stopped = false;
    this.loop = this.runLoop();
  }

  /** Waits for the running job to end, so the database is not closed under it. */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    this.kick();
    await this.loop;
  }

  /** Looks for a queued job now instead of at the next poll. */
  kick(): void {
    this.wake?.();
  }

  private async runLoop(): Promise<void> {
    while (!this.stopped) {
      const ranJob = await this.runNext().catch((error: unknown) => {
        this.logger.error({ err: error, owner: this.owner }, 'Claiming a quality assessment job failed');

        return false;
      });

      if (!ranJob && !this.stopped) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.settings.pollIntervalMs);

          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wake = null;
      }
    }
  }

  private async runNext(): Promise<boolean> {
    const job = await this.jobs.claimNext(this.owner, this.settings.leaseSeconds, this.settings.maxAttempts);

    if (job === null) {
      return false;
    }
    await this.runner.run(job, this.owner);

    return true;
  }
}
