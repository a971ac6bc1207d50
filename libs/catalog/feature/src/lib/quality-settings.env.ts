import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

import { DEFAULT_QUALITY_SETTINGS, type QualitySettings } from './quality.options';

type EnvClass<T> = new () => T;

/** Adds the data quality assessment variables to an environment class, for every host of the catalog service. */
export function withQualityEnv<T extends object>(Base: EnvClass<T>) {
  class QualityEnv extends (Base as EnvClass<object>) {
    /** Findings kept per assessment for the paged listing; the CSV report has all of them. */
    @Type(() => Number)
    @Min(1)
    @Max(1_000_000)
    @IsInt()
    QUALITY_MAX_FINDINGS = DEFAULT_QUALITY_SETTINGS.maxFindings;

    /** Milliseconds between two looks for queued assessment jobs when the worker is idle. */
    @Type(() => Number)
    @Min(50)
    @Max(600_000)
    @IsInt()
    QUALITY_POLL_INTERVAL_MS = DEFAULT_QUALITY_SETTINGS.pollIntervalMs;

    /** Seconds without progress after which another instance takes a running job over. */
    @Type(() => Number)
    @Min(10)
    @Max(86_400)
    @IsInt()
    QUALITY_LEASE_SECONDS = DEFAULT_QUALITY_SETTINGS.leaseSeconds;

    /** Claims of one job before it is marked failed. */
    @Type(() => Number)
    @Min(1)
    @Max(100)
    @IsInt()
    QUALITY_MAX_ATTEMPTS = DEFAULT_QUALITY_SETTINGS.maxAttempts;
  }

  return QualityEnv as EnvClass<T & QualityEnv>;
}

/** The variables of withQualityEnv. */
export interface QualityEnvValues {
  QUALITY_MAX_FINDINGS: number;
  QUALITY_POLL_INTERVAL_MS: number;
  QUALITY_LEASE_SECONDS: number;
  QUALITY_MAX_ATTEMPTS: number;
}

/** Builds the catalog service's quality settings from the variables of withQualityEnv. */
export function qualitySettingsOf(env: QualityEnvValues): Partial<QualitySettings> {
  return {
    maxFindings: env.QUALITY_MAX_FINDINGS,
    pollIntervalMs: env.QUALITY_POLL_INTERVAL_MS,
    leaseSeconds: env.QUALITY_LEASE_SECONDS,
    maxAttempts: env.QUALITY_MAX_ATTEMPTS,
  };
}
