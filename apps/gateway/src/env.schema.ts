import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsString, Matches, Max, Min } from 'class-validator';

import { EnvBoolean, logLevels } from '@bma-kpi/config';

/** Environment of the standalone gateway (distributed mode). */
export class GatewayEnv {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '127.0.0.1';

  /** Comma-separated NATS server URLs. */
  @IsString()
  NATS_SERVERS = 'nats://127.0.0.1:4222';

  /** Put before every NATS subject; lets test runs share one NATS server. Empty in production. */
  @Matches(/^([A-Za-z0-9_-]+\.)?$/)
  NATS_SUBJECT_PREFIX = '';

  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(300_000)
  REQUEST_TIMEOUT_MS = 10_000;

  /** Largest request body in bytes. NATS carries at most 1 MB per message, so stay below it. */
  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(900_000)
  MAX_BODY_BYTES = 524_288;

  @IsIn(logLevels)
  LOG_LEVEL = 'info';

  @EnvBoolean()
  @IsBoolean()
  LOG_PRETTY = false;
}
