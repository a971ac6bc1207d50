import type { EventBusOptions } from '@bma-kpi/messaging';
import type { LoggingOptions } from '@bma-kpi/logging';

/** Settings the host app (standalone service or embedded) gives the indicators service. */
export interface IndicatorsServiceOptions {
  /** `postgresql://…?schema=indicators`, `pglite:<folder>` or `pglite:memory`. */
  databaseUrl: string;
  eventBus: EventBusOptions;
  outboxPollIntervalMs: number;
  logging: LoggingOptions;
}

export const INDICATORS_SERVICE_OPTIONS = Symbol('INDICATORS_SERVICE_OPTIONS');
