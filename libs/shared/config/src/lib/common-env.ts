import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsString, Matches, Max, Min } from 'class-validator';

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

/** Variables of a service that serves requests over NATS and relays its outbox to JetStream. */
export class ServiceEnv extends withNatsEnv(LoggingEnv) {
  /** JetStream stream that stores every event subject (`events.>`); all services share it. */
  @Matches(/^[A-Za-z0-9_-]+$/)
  EVENTS_STREAM = 'BMA_EVENTS';

  /**
   * Copies of the events stream that a NATS cluster keeps (JetStream `num_replicas`, at most 5). A
   * single server accepts only 1. A service raises the replicas of an existing stream at startup
   * but never lowers them.
   */
  @Type(() => Number)
  @Min(1)
  @Max(5)
  @IsInt()
  EVENTS_STREAM_REPLICAS = 1;

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
