import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsString, Max, Min } from 'class-validator';

import { EnvBoolean, logLevels } from '@bma-kpi/config';
import { maxRecordChars } from '@bma-kpi/contracts-indicators';

/** Environment of the embedded mode: one process, PGlite databases, no NATS or PostgreSQL. */
export class EmbeddedEnv {
  @Type(() => Number)
  @Min(0)
  @Max(65535)
  @IsInt()
  PORT = 3000;

  @IsString()
  HOST = '127.0.0.1';

  /** Folder for the PGlite databases and files; `memory` keeps everything in memory. */
  @IsString()
  DATA_DIR = '.data';

  @Type(() => Number)
  @Min(100)
  @Max(300_000)
  @IsInt()
  REQUEST_TIMEOUT_MS = 10_000;

  /** Largest request body in bytes; a record's text may not exceed the contracts' maxRecordChars anyway. */
  @Type(() => Number)
  @Min(1024)
  @Max(maxRecordChars)
  @IsInt()
  MAX_BODY_BYTES = maxRecordChars;

  @Type(() => Number)
  @Min(50)
  @Max(60_000)
  @IsInt()
  OUTBOX_POLL_INTERVAL_MS = 1000;

  @IsIn(logLevels)
  LOG_LEVEL = 'info';

  @EnvBoolean()
  @IsBoolean()
  LOG_PRETTY = false;
}
