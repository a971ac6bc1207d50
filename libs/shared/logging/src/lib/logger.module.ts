import { randomUUID } from 'node:crypto';

import type { DynamicModule } from '@nestjs/common';
import { ClsServiceManager } from 'nestjs-cls';
import { LoggerModule } from 'nestjs-pino';
import type { LoggerOptions } from 'pino';

/** Paths pino replaces with "[Redacted]": credentials and personal data (names, phones, e-mail). */
export const redactedPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.token',
  '*.apiKey',
  '*.email',
  '*.phone',
  '*.officerName',
];

export interface LoggingOptions {
  service: string;
  level: string;
  /** Human-readable output through pino-pretty, for a developer's terminal only. */
  pretty: boolean;
}

/** Adds the correlation id of the current request (kept in nestjs-cls) to every log line. */
function correlationMixin(): Record<string, unknown> {
  const correlationId = ClsServiceManager.getClsService().get<string | undefined>('correlationId');

  return correlationId ? { correlationId } : {};
}

/** Pino settings shared by the NestJS logger and plain pino loggers of scripts. */
export function pinoOptions(options: LoggingOptions): LoggerOptions {
  return {
    level: options.level,
    base: { service: options.service },
    redact: { paths: redactedPaths, censor: '[Redacted]' },
    mixin: correlationMixin,
    ...(options.pretty ? { transport: { target: 'pino-pretty', options: { singleLine: true } } } : {}),
  };
}

/** nestjs-pino module: JSON logs with service name, correlation id and redaction. */
export function createLoggerModule(options: LoggingOptions): DynamicModule {
  return LoggerModule.forRoot({
    pinoHttp: {
      ...pinoOptions(options),
      genReqId: () => ClsServiceManager.getClsService().get<string | undefined>('correlationId') ?? randomUUID(),
      customProps: () => ({}),
      autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/api/health' },
    },
  });
}
