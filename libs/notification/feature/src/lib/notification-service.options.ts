import type { ClientProxy } from '@nestjs/microservices';

import type { LoggingOptions } from '@bma-kpi/logging';
import type { ConsumerSettings, EventBusOptions } from '@bma-kpi/messaging';
import type { RetryBackoff } from '@bma-kpi/notification-domain';

/** A NATS connection to another service; the notification service closes it on shutdown. */
export interface ServiceConnection {
  proxy: ClientProxy;
  subjectPrefix: string;
  timeoutMs: number;
}

/** SMTP server that e-mail goes out through. */
export interface SmtpSettings {
  /** `smtp://user:pass@host:587` or `smtps://…`, as nodemailer reads it. */
  url: string;
  /** Sender address, for example `"BMA KPI" <kpi-noreply@bangkok.go.th>`. */
  from: string;
}

/** Settings for sending and retrying deliveries. */
export interface DeliverySettings {
  /** Null leaves the e-mail channel off: no e-mail deliveries are created. */
  smtp: SmtpSettings | null;
  pollIntervalMs: number;
  /** Attempts per delivery before it is dead-lettered. */
  maxAttempts: number;
  webhookTimeoutMs: number;
  /**
   * Whether webhooks may go to loopback, private, link-local and other non-public addresses, for
   * local development and tests. False when omitted.
   */
  allowPrivateWebhookTargets?: boolean;
  /** Bangkok hour (0–23) from which the daily digests of the day go out. */
  digestHour: number;
  /** Delay between attempts of one delivery; DEFAULT_RETRY_BACKOFF when omitted. */
  retryBackoff?: RetryBackoff;
  /**
   * Seconds a claimed delivery stays reserved for one instance; after a crash, other instances
   * take it over once this passes. 60 when omitted.
   */
  claimLeaseSeconds?: number;
}

/** Signing secrets of webhook endpoints. */
export interface WebhookSettings {
  /** AES-256-GCM key for secrets at rest, from parseSecretKey; null stores them as they are. */
  secretKey: Buffer | null;
  /** Hours the previous secret still signs after a rotation. */
  rotationGraceHours: number;
}

/** When reminders go out, in working days of the holiday table. */
export interface ReminderSchedulerSettings {
  /** False stops the scheduler; reminders can still be run through the API. */
  enabled: boolean;
  tickIntervalMs: number;
  remindWorkingDaysBefore: readonly number[];
  overdueAfterWorkingDays: number;
  escalateAfterWorkingDays: number;
}

/** Settings the host app (standalone service or embedded) gives the notification service. */
export interface NotificationServiceOptions {
  /** `postgresql://…?schema=notification`, `pglite:<folder>` or `pglite:memory`. */
  databaseUrl: string;
  eventBus: EventBusOptions;
  outboxPollIntervalMs: number;
  logging: LoggingOptions;
  /** Connection to the indicators service, which supplies KPI titles, agency names and progress. */
  indicators: ServiceConnection;
  /** Connection to the evaluation service, which supplies the round calendar. */
  evaluation?: ServiceConnection;
  /** Address at which people reach the gateway, for the links in notifications; no trailing slash. */
  publicBaseUrl: string;
  /** Retries of the event consumer; DEFAULT_CONSUMER_SETTINGS when omitted. */
  consumer?: ConsumerSettings;
  delivery?: DeliverySettings;
  webhooks?: WebhookSettings;
  reminders?: ReminderSchedulerSettings;
}

export const NOTIFICATION_SERVICE_OPTIONS = Symbol('NOTIFICATION_SERVICE_OPTIONS');
