import type { InProcessBroker } from '@bma-kpi/messaging';
import type { LoggingOptions } from '@bma-kpi/logging';

/** Event bus of the service: JetStream when distributed, the in-process broker when embedded. */
export type CatalogEventBusOptions =
  | { kind: 'jetstream'; servers: string[]; streamName: string; subjectPrefix: string; duplicateWindowMs: number }
  | { kind: 'in-process'; broker: InProcessBroker; subjectPrefix: string };

/** Settings the host app (standalone service or embedded) gives the catalog service. */
export interface CatalogServiceOptions {
  /** `postgresql://…?schema=catalog`, `pglite:<folder>` or `pglite:memory`. */
  databaseUrl: string;
  eventBus: CatalogEventBusOptions;
  outboxPollIntervalMs: number;
  logging: LoggingOptions;
}

export const CATALOG_SERVICE_OPTIONS = Symbol('CATALOG_SERVICE_OPTIONS');
