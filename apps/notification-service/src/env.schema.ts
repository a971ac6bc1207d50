import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUrl, Max, Min } from 'class-validator';

import { ServiceEnv } from '@bma-kpi/config';
import { withDeliveryEnv, withReminderEnv, withWebhookSecretEnv } from '@bma-kpi/notification-feature';

/** Environment of the standalone notification service (distributed mode). */
export class NotificationServiceEnv extends withWebhookSecretEnv(withDeliveryEnv(withReminderEnv(ServiceEnv))) {
  /** `postgresql://user@host:5432/db?schema=notification`, or `pglite:<folder>` for a single instance. */
  @IsString()
  NOTIFICATION_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/bma_kpi?schema=notification';

  /** Time in milliseconds to wait for the indicators service when a notice reads its KPI. */
  @Type(() => Number)
  @Min(100)
  @Max(60_000)
  @IsInt()
  INDICATORS_REQUEST_TIMEOUT_MS = 3000;

  /** Time in milliseconds to wait for the evaluation service when reminders read the deadlines of a fiscal year. */
  @Type(() => Number)
  @Min(100)
  @Max(60_000)
  @IsInt()
  EVALUATION_REQUEST_TIMEOUT_MS = 5000;

  /** Address at which people reach the gateway, for the links in notifications. */
  @IsOptional()
  @IsUrl({ require_protocol: true, require_tld: false, protocols: ['http', 'https'] })
  PUBLIC_BASE_URL = 'http://localhost:3000';
}
