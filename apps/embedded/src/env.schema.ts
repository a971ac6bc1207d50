import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsString, Max, Min } from 'class-validator';

import { EnvBoolean, logLevels } from '@bma-kpi/config';

/** Environment of the embedded mode: one process, PGlite databases, no NATS or PostgreSQL. */
export class EmbeddedEnv {
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '127.0.0.1';

  /** Folder for the PGlite databases and files; `memory` keeps everything in memory. */
  @IsString()
  DATA_DIR = '.data';

  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(300_000)
  REQUEST_TIMEOUT_MS = 10_000;

  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(900_000)
  MAX_BODY_BYTES = 524_288;

  @Type(() => Number)
  @IsInt()
  @Min(50)
  @Max(60_000)
  OUTBOX_POLL_INTERVAL_MS = 1000;

  @IsIn(logLevels)
  LOG_LEVEL = 'info';

  @EnvBoolean()
  @IsBoolean()
  LOG_PRETTY = false;
}
