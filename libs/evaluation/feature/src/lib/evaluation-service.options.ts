import type { ClientProxy } from '@nestjs/microservices';

import type { RoundCalendarConfig } from '@bma-kpi/evaluation-domain';
import type { LoggingOptions } from '@bma-kpi/logging';
import type { ConsumerSettings, EventBusOptions } from '@bma-kpi/messaging';

/** Transport and timeout of the evaluation service's requests to the indicators service. */
export interface EvaluationIndicatorsConnection {
  /** NATS in the distributed mode, in-process when embedded. The evaluation service closes it on shutdown. */
  proxy: ClientProxy;
  subjectPrefix: string;
  /** Time in milliseconds to wait for each reply; keep it below the gateway's request timeout. */
  timeoutMs: number;
}

/** Settings the host app (standalone service or embedded) gives the evaluation service. */
export interface EvaluationServiceOptions {
  /** `postgresql://…?schema=evaluation`, `pglite:<folder>` or `pglite:memory`. */
  databaseUrl: string;
  eventBus: EventBusOptions;
  outboxPollIntervalMs: number;
  logging: LoggingOptions;
  /** Connection to the indicators service, which supplies each indicator's target and progress. */
  indicators: EvaluationIndicatorsConnection;
  /** Entry deadlines and review periods of rounds; DEFAULT_ROUND_CALENDAR_CONFIG when omitted. */
  calendar?: RoundCalendarConfig;
  /** Retries of the event consumer; DEFAULT_CONSUMER_SETTINGS when omitted. */
  consumer?: ConsumerSettings;
}

export const EVALUATION_SERVICE_OPTIONS = Symbol('EVALUATION_SERVICE_OPTIONS');
