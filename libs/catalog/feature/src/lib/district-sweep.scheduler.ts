import type { OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Injectable, Logger } from '@nestjs/common';

import { DistrictCatalogContext } from './district-catalog.settings';
import { DistrictSweepService } from './district-sweep.service';

/** Failed sweeps in a row between two error logs, so an outage of the indicators service logs once in a while. */
const failureLogEvery = 20;

/**
 * Runs the missing-report sweep every DISTRICT_SWEEP_INTERVAL_MS. Every instance sweeps; the
 * primary key of the missing-report table lets only one of them record, and emit, each report.
 */
@Injectable()
export class DistrictSweepScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DistrictSweepScheduler.name);
  private timer: NodeJS.Timeout | null = null;
  private inFlight: Promise<void> | null = null;
  private failures = 0;

  constructor(
    private readonly sweeps: DistrictSweepService,
    private readonly context: DistrictCatalogContext,
  ) {}

  onApplicationBootstrap(): void {
    const { sweepEnabled, sweepIntervalMs } = this.context.settings;

    if (!sweepEnabled) {
      this.logger.log('District sweep timer is switched off; sweeps run only through the API');

      return;
    }
    this.timer = setInterval(() => void this.tick(), sweepIntervalMs);
    this.logger.log({ sweepIntervalMs }, 'District sweep timer started');
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer !== null) {
      clearInterval(this.timer);
      this.timer = null;
    }
    await this.inFlight;
  }

  /** Sweeps as of now, unless the previous sweep is still running. */
  tick(): Promise<void> {
    if (this.inFlight === null) {
      this.inFlight = this.sweep().finally(() => {
        this.inFlight = null;
      });
    }

    return this.inFlight;
  }

  private async sweep(): Promise<void> {
    try {
      await this.sweeps.run(undefined, { actor: 'district-sweep', correlationId: `district-sweep-${Date.now()}` });
      this.failures = 0;
    } catch (error) {
      this.failures += 1;
      if (this.failures % failureLogEvery === 1) {
        this.logger.error({ err: error, failures: this.failures }, 'District sweep failed; the next tick retries');
      }
    }
  }
}
