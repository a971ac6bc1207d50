import type { InProcessBroker } from '@bma-kpi/messaging';
import type { LoggingOptions } from '@bma-kpi/logging';

/** Event bus of the service: JetStream when distributed, the in-process broker when embedded. */
export type EventBusOptions =
  | { kind: 'jetstream'; servers: string[]; streamName: string; subjectPrefix: string; duplicateWindowMs: number }
  | { kind: 'in-process'; broker: InProcessBroker; subjectPrefix: string };

/** Settings the host app (standalone service or embedded) gives the indicators service. */
export interface IndicatorsServiceOptions {
  /** `postgresql://…?schema=indicators`, `pglite:<folder>` or `pglite:memory`. */
  databaseUrl: string;
  eventBus: EventBusOptions;
  outboxPollIntervalMs: number;
  logging: LoggingOptions;
}

export const INDICATORS_SERVICE_OPTIONS = Symbol('INDICATORS_SERVICE_OPTIONS');
