import { IsBoolean, IsIn, IsString, Matches } from 'class-validator';

import { EnvBoolean, logLevels } from './env-decorators';

/** Logging variables every app reads. */
export class LoggingEnv {
  @IsIn(logLevels)
  LOG_LEVEL = 'info';

  /** Human-readable logs through pino-pretty, for a developer's terminal only. */
  @EnvBoolean()
  @IsBoolean()
  LOG_PRETTY = false;
}

type EnvClass<T> = new () => T;

/** Adds the variables of an app that talks over NATS to another environment class. */
export function withNatsEnv<T extends object>(Base: EnvClass<T>) {
  class NatsEnv extends (Base as EnvClass<object>) {
    /** Comma-separated NATS server URLs. */
    @IsString()
    NATS_SERVERS = 'nats://127.0.0.1:4222';

    /** Put before every NATS subject; lets installations and test runs share one NATS server. */
    @Matches(/^([A-Za-z0-9_-]+\.)?$/)
    NATS_SUBJECT_PREFIX = '';
  }

  return NatsEnv as EnvClass<T & NatsEnv>;
}
