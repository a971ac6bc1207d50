import { Type } from 'class-transformer';
import { IsInt, IsString, Max, Min } from 'class-validator';

import { GatewayHttpEnv } from '@bma-kpi/gateway-feature';

/** Environment of the embedded mode: one process, PGlite databases, no NATS or PostgreSQL. */
export class EmbeddedEnv extends GatewayHttpEnv {
  /** Folder for the PGlite databases and files; `memory` keeps everything in memory. */
  @IsString()
  DATA_DIR = '.data';

  /** How often the outbox relay looks for unsent events, in milliseconds. */
  @Type(() => Number)
  @Min(50)
  @Max(60_000)
  @IsInt()
  OUTBOX_POLL_INTERVAL_MS = 1000;
}
