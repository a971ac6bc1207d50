import { IsString } from 'class-validator';

import { ServiceEnv } from '@bma-kpi/config';

/** Environment of the standalone notification service (distributed mode). */
export class NotificationServiceEnv extends ServiceEnv {
  /** `postgresql://user@host:5432/db?schema=notification`, or `pglite:<folder>` for a single instance. */
  @IsString()
  NOTIFICATION_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/bma_kpi?schema=notification';
}
