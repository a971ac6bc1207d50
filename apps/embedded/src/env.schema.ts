import { Type } from 'class-transformer';
import { IsInt, IsString, Max, Min } from 'class-validator';

import { withDistrictCatalogEnv, withQualityEnv } from '@bma-kpi/catalog-feature';
import { withEvaluationCalendarEnv } from '@bma-kpi/evaluation-feature';
import { GatewayHttpEnv } from '@bma-kpi/gateway-feature';
import { withDeliveryEnv, withReminderEnv, withWebhookSecretEnv } from '@bma-kpi/notification-feature';

/** Environment of the embedded mode: one process, PGlite databases, no NATS or PostgreSQL. */
export class EmbeddedEnv extends withQualityEnv(withDistrictCatalogEnv(withWebhookSecretEnv(withDeliveryEnv(withReminderEnv(withEvaluationCalendarEnv(GatewayHttpEnv)))))) {
  /**
   * Folder for the PGlite databases and, under `objects/`, the uploaded files. `memory` keeps the
   * databases in memory and the files in a temporary folder that is deleted on shutdown.
   */
  @IsString()
  DATA_DIR = '.data';

  /** How often the outbox relay looks for unsent events, in milliseconds. */
  @Type(() => Number)
  @Min(50)
  @Max(60_000)
  @IsInt()
  OUTBOX_POLL_INTERVAL_MS = 1000;

  /**
   * Time in milliseconds the catalog service waits for the indicators service when a link is made
   * or listed. Keep it below REQUEST_TIMEOUT_MS, so a slow reply degrades link lists only.
   */
  @Type(() => Number)
  @Min(100)
  @Max(60_000)
  @IsInt()
  INDICATORS_REQUEST_TIMEOUT_MS = 3000;

  /** Hours that the local admin token, printed at start and written to `<DATA_DIR>/admin-token`, stays valid. */
  @Type(() => Number)
  @Min(1)
  @Max(24 * 30)
  @IsInt()
  LOCAL_ADMIN_TOKEN_HOURS = 12;
}
