import type { ClientProxy } from '@nestjs/microservices';

import type { LoggingOptions } from '@bma-kpi/logging';
import type { ConsumerSettings, EventBusOptions } from '@bma-kpi/messaging';

/** Settings the host app (standalone service or embedded) gives the notification service. */
export interface NotificationServiceOptions {
  /** `postgresql://…?schema=notification`, `pglite:<folder>` or `pglite:memory`. */
  databaseUrl: string;
  eventBus: EventBusOptions;
  outboxPollIntervalMs: number;
  logging: LoggingOptions;
  /** Connection to the indicators service, which supplies KPI titles and agency names. The service closes it on shutdown. */
  indicators: { proxy: ClientProxy; subjectPrefix: string; timeoutMs: number };
  /** Address at which people reach the gateway, for the links in notifications; no trailing slash. */
  publicBaseUrl: string;
  /** Retries of the event consumer; DEFAULT_CONSUMER_SETTINGS when omitted. */
  consumer?: ConsumerSettings;
}

export const NOTIFICATION_SERVICE_OPTIONS = Symbol('NOTIFICATION_SERVICE_OPTIONS');
