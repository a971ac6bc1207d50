import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength } from 'class-validator';

import { LoggingEnv, splitList } from '@bma-kpi/config';
import { maxRecordChars } from '@bma-kpi/contracts-indicators';

import type { JwtSettings } from './auth/jwt-verifier';
import type { GatewayOperations } from './gateway.options';

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

  /**
   * Time in milliseconds the indicator overview waits for each service call. A section whose call
   * fails or takes longer is marked unavailable and the rest of the overview is still returned.
   */
  @Type(() => Number)
  @Min(50)
  @Max(60_000)
  @IsInt()
  OVERVIEW_CALL_TIMEOUT_MS = 2000;

  /**
   * Maximum age in milliseconds of a complete indicator overview in the gateway's cache. 0 turns
   * the cache off. Writes and service events empty the cache at once, so this bounds only
   * changes that nothing announces, such as a round's phase moving on with the calendar.
   */
  @Type(() => Number)
  @Min(0)
  @Max(3_600_000)
  @IsInt()
  OVERVIEW_CACHE_TTL_MS = 30_000;

  /**
   * Maximum number of indicator overviews in one gateway instance's cache. The sample KPI's
   * overview takes about 53 KB of memory, so 1000 entries of that size take about 53 MB.
   */
  @Type(() => Number)
  @Min(0)
  @Max(100_000)
  @IsInt()
  OVERVIEW_CACHE_MAX_ENTRIES = 1000;

  /** Time in milliseconds readiness waits for each service's health reply before it reports the service down. */
  @Type(() => Number)
  @Min(50)
  @Max(60_000)
  @IsInt()
  HEALTH_CHECK_TIMEOUT_MS = 2000;

  /** Requests per minute accepted from one client IP address; 0 turns the limit off. */
  @Type(() => Number)
  @Min(0)
  @IsInt()
  RATE_LIMIT_PER_IP_PER_MINUTE = 1200;

  /**
   * Requests per minute accepted per authenticated caller: per API client for an API key, per JWT
   * subject for a person. Requests without valid credentials count against the per-IP limit only.
   * 0 turns the limit off.
   */
  @Type(() => Number)
  @Min(0)
  @IsInt()
  RATE_LIMIT_PER_CLIENT_PER_MINUTE = 6000;

  /**
   * Comma-separated origins that browsers may call the API from, such as
   * https://kpi.bangkok.go.th. Empty (the default) sends no CORS headers, so browsers allow only
   * pages served from the gateway's own origin.
   */
  @Matches(/^\s*(https?:\/\/[^\s,/]+(\s*,\s*https?:\/\/[^\s,/]+)*)?\s*$/u, {
    message: 'CORS_ORIGINS must be a comma-separated list of origins such as https://kpi.bangkok.go.th, without paths',
  })
  @IsString()
  CORS_ORIGINS = '';

  /**
   * Proxies whose X-Forwarded-For the gateway believes for the client address that the per-IP
   * rate limit counts by. Empty (the default) suits clients that connect directly. Otherwise give
   * a number of proxy hops such as 1, or comma-separated addresses, subnets and the names
   * loopback, linklocal and uniquelocal. Behind a proxy, an empty value puts every client
   * in the proxy's one per-IP budget. `true` is refused, because any client could then forge it.
   */
  @Matches(/^(?!\s*true\s*$)\s*(\d{1,2}|[\w.:/]+(\s*,\s*[\w.:/]+)*)?\s*$/u, {
    message: 'TRUST_PROXY must be empty, a number of proxy hops such as 1, or comma-separated addresses, subnets or loopback, linklocal, uniquelocal (not true, which would let any client choose its address)',
  })
  @IsString()
  TRUST_PROXY = '';

  /**
   * Time in milliseconds that shutdown waits for requests in flight after the gateway stops
   * accepting connections. Requests still running then are cut off.
   */
  @Type(() => Number)
  @Min(0)
  @Max(300_000)
  @IsInt()
  SHUTDOWN_GRACE_MS = 10_000;

  /**
   * Shared secret (at least 32 characters) of HS256 bearer tokens, for tests and the embedded mode.
   * The embedded mode creates one under DATA_DIR when it is not set. Production uses AUTH_JWT_PUBLIC_KEY.
   */
  @IsOptional()
  @MinLength(32)
  @IsString()
  AUTH_JWT_SECRET?: string;

  /**
   * PEM public key (SPKI, `-----BEGIN PUBLIC KEY-----`) of the identity provider that signs bearer
   * tokens: RSA for RS256 or P-256 EC for ES256. Line breaks may be written as `\n`.
   */
  @IsOptional()
  @Matches(/-----BEGIN PUBLIC KEY-----/u, { message: 'AUTH_JWT_PUBLIC_KEY must be a PEM public key (-----BEGIN PUBLIC KEY-----)' })
  @IsString()
  AUTH_JWT_PUBLIC_KEY?: string;

  /** Audience (`aud`) that every bearer token must name. */
  @IsString()
  AUTH_JWT_AUDIENCE = 'bma-kpi';

  /** Issuer (`iss`) that every bearer token must name. When unset, any issuer is accepted. */
  @IsOptional()
  @IsString()
  AUTH_JWT_ISSUER?: string;

  /** Claim that contains the list of roles (admin, evaluator, agency_reporter, agency_approver, viewer, integration). */
  @IsString()
  AUTH_ROLES_CLAIM = 'roles';

  /** Claim that contains the user's 4-digit BMA agency code. */
  @IsString()
  AUTH_AGENCY_CLAIM = 'agency';

  /** Hours that the first result of a write sent with an Idempotency-Key is kept and replayed. */
  @Type(() => Number)
  @Min(1)
  @Max(24 * 30)
  @IsInt()
  IDEMPOTENCY_RETENTION_HOURS = 24;
}

/** Reads the bearer token settings from the environment. The embedded mode may pass its own secret. */
export function jwtSettingsOf(env: GatewayHttpEnv, secret = env.AUTH_JWT_SECRET): JwtSettings {
  return {
    secret: secret ?? null,
    publicKeyPem: env.AUTH_JWT_PUBLIC_KEY?.replace(/\\n/gu, '\n') ?? null,
    audience: env.AUTH_JWT_AUDIENCE,
    issuer: env.AUTH_JWT_ISSUER ?? null,
    rolesClaim: env.AUTH_ROLES_CLAIM,
    agencyClaim: env.AUTH_AGENCY_CLAIM,
  };
}

/** Returns Express's `trust proxy` value for TRUST_PROXY: false, a hop count, or the trusted addresses. */
export function trustProxyOf(value: string): false | number | string[] {
  const trimmed = value.trim();

  if (trimmed === '' || trimmed === 'false') {
    return false;
  }
  if (trimmed === 'true') {
    throw new Error('TRUST_PROXY=true would let any client choose its address; name the proxies or the number of hops instead');
  }

  return /^\d+$/u.test(trimmed) ? Number(trimmed) : splitList(trimmed);
}

/** Returns the operational settings of the gateway options from its environment. */
export function gatewayOperationsOf(env: GatewayHttpEnv): GatewayOperations {
  return {
    overviewCallTimeoutMs: env.OVERVIEW_CALL_TIMEOUT_MS,
    overviewCache: { ttlMs: env.OVERVIEW_CACHE_TTL_MS, maxEntries: env.OVERVIEW_CACHE_MAX_ENTRIES },
    healthCheckTimeoutMs: env.HEALTH_CHECK_TIMEOUT_MS,
    rateLimits: { perIpPerMinute: env.RATE_LIMIT_PER_IP_PER_MINUTE, perClientPerMinute: env.RATE_LIMIT_PER_CLIENT_PER_MINUTE },
    corsOrigins: splitList(env.CORS_ORIGINS),
    trustProxy: trustProxyOf(env.TRUST_PROXY),
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
  };
}

/** Returns the gateway's public address without a trailing slash. */
export function publicBaseUrlOf(env: GatewayHttpEnv): string {
  return (env.PUBLIC_BASE_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/u, '');
}
