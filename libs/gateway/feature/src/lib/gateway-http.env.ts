import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Max, Min } from 'class-validator';

import { LoggingEnv } from '@bma-kpi/config';
import { maxRecordChars } from '@bma-kpi/contracts-indicators';

/** HTTP variables of the gateway, shared by the standalone gateway and the embedded mode. */
export class GatewayHttpEnv extends LoggingEnv {
  @Type(() => Number)
  @Min(0)
  @Max(65535)
  @IsInt()
  PORT = 3000;

  @IsString()
  HOST = '127.0.0.1';

  /** Time in milliseconds the gateway waits for a service reply before it returns 504. */
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

  /**
   * Largest evidence file upload in bytes, 20 MiB by default. Uploads stream to the object store,
   * so this limit does not depend on the 1 MB NATS message limit.
   */
  @Type(() => Number)
  @Min(1024)
  @Max(2 * 1024 * 1024 * 1024)
  @IsInt()
  MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

  /**
   * Address at which clients reach the gateway, such as https://kpi.bangkok.go.th. The download
   * addresses of uploaded resources and the IRIs of the DCAT export start with it, so a request's
   * Host header never decides them. Defaults to http://localhost:PORT.
   */
  @IsOptional()
  @IsUrl({ require_protocol: true, require_tld: false, protocols: ['http', 'https'] })
  PUBLIC_BASE_URL?: string;

  /**
   * `enforce` checks each progress report against the evaluation round calendar before storing
   * it, so progress after a month's entry deadline is rejected. `off` stores every report.
   */
  @IsIn(['enforce', 'off'])
  @IsString()
  PROGRESS_ENTRY_CHECK: 'enforce' | 'off' = 'enforce';
}

/** Returns the gateway's public address without a trailing slash. */
export function publicBaseUrlOf(env: GatewayHttpEnv): string {
  return (env.PUBLIC_BASE_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/u, '');
}
