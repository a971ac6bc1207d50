import { Type } from 'class-transformer';
import { IsInt, IsString, Matches, Max, Min } from 'class-validator';

import { LoggingEnv, withNatsEnv } from '@bma-kpi/config';

/** Environment of the standalone catalog service (distributed mode). */
export class CatalogServiceEnv extends withNatsEnv(LoggingEnv) {
  /** `postgresql://user@host:5432/db?schema=catalog`, or `pglite:<folder>` for a single instance. */
  @IsString()
  CATALOG_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/bma_kpi?schema=catalog';

  /** JetStream stream that stores every event subject (`events.>`). */
  @Matches(/^[A-Za-z0-9_-]+$/)
  EVENTS_STREAM = 'BMA_EVENTS';

  /** JetStream drops a second copy of an event id within this window, in milliseconds. */
  @Type(() => Number)
  @Min(1000)
  @IsInt()
  EVENTS_DUPLICATE_WINDOW_MS = 120_000;

  /** How often the outbox relay looks for unsent events, in milliseconds. */
  @Type(() => Number)
  @Min(50)
  @Max(60_000)
  @IsInt()
  OUTBOX_POLL_INTERVAL_MS = 1000;
}
