import type { EventBusOptions } from '@bma-kpi/messaging';
import type { LoggingOptions } from '@bma-kpi/logging';

/** Settings the host app (standalone service or embedded) gives the catalog service. */
export interface CatalogServiceOptions {
  /** `postgresql://…?schema=catalog`, `pglite:<folder>` or `pglite:memory`. */
  databaseUrl: string;
  eventBus: EventBusOptions;
  outboxPollIntervalMs: number;
  logging: LoggingOptions;
}

export const CATALOG_SERVICE_OPTIONS = Symbol('CATALOG_SERVICE_OPTIONS');
