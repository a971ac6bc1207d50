import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsString, Matches, Max, Min } from 'class-validator';

import { EnvBoolean, logLevels } from '@bma-kpi/config';
import { maxRecordChars } from '@bma-kpi/contracts-indicators';

/** Environment of the standalone gateway (distributed mode). */
export class GatewayEnv {
  @Type(() => Number)
  @Min(1)
  @Max(65535)
  @IsInt()
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

  @IsIn(logLevels)
  LOG_LEVEL = 'info';

  @EnvBoolean()
  @IsBoolean()
  LOG_PRETTY = false;
}
