import { plainToInstance } from 'class-transformer';
import type { ValidationError } from 'class-validator';
import { validateSync } from 'class-validator';

/** Configuration that failed validation; the message lists every invalid variable. */
export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration / การตั้งค่าไม่ถูกต้อง:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigValidationError';
  }
}

// Shows each variable as it was set, not as converted (a port of "abc" converts to NaN).
function describe(errors: ValidationError[], env: Record<string, string | undefined>): string[] {
  return errors.flatMap((error) =>
    Object.values(error.constraints ?? {}).map(
      (message) => `${error.property}=${JSON.stringify(env[error.property] ?? null)}: ${message}`,
    ),
  );
}

/**
 * Builds a typed configuration object from environment variables and validates it with the
 * class's decorators. Unknown variables are ignored; any invalid one fails with all problems listed.
 */
export function loadConfig<T extends object>(
  schema: new () => T,
  env: Record<string, string | undefined> = process.env,
): T {
  const defined = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const config = plainToInstance(schema, defined, { enableImplicitConversion: true, exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: false, forbidUnknownValues: true, stopAtFirstError: true });

  if (errors.length > 0) {
    throw new ConfigValidationError(describe(errors, env));
  }

  return config;
}

/** Splits a comma-separated list such as NATS_SERVERS into trimmed, non-empty items. */
export function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** Text printed when an app cannot start: the problem in Thai and English, a stack only when unexpected. */
export function describeStartupError(error: unknown): string {
  if (error instanceof ConfigValidationError) {
    return error.message;
  }
  const { code, port } = (error ?? {}) as { code?: unknown; port?: unknown };

  if (code === 'EADDRINUSE') {
    return `พอร์ต ${String(port)} ถูกใช้งานอยู่ ตั้งค่า PORT เป็นพอร์ตอื่น / Port ${String(port)} is already in use; set PORT to another port.`;
  }

  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
