import type { LoggingOptions } from '@bma-kpi/logging';
import type { EventBusOptions } from '@bma-kpi/messaging';

/** Settings the host app (standalone service or embedded) gives the notification service. */
export interface NotificationServiceOptions {
  /** `postgresql://…?schema=notification`, `pglite:<folder>` or `pglite:memory`. */
  databaseUrl: string;
  eventBus: EventBusOptions;
  outboxPollIntervalMs: number;
  logging: LoggingOptions;
}

export const NOTIFICATION_SERVICE_OPTIONS = Symbol('NOTIFICATION_SERVICE_OPTIONS');
