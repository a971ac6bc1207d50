import { Transform } from 'class-transformer';

/**
 * Reads "true"/"false" (also 1/0, yes/no) from an environment variable. Implicit conversion alone
 * would turn the string "false" into true; any other text is left for @IsBoolean to reject.
 */
export function EnvBoolean(): PropertyDecorator {
  return Transform(({ obj, key }) => {
    const raw = (obj as Record<string, unknown>)[key];

    if (typeof raw !== 'string') {
      return raw;
    }
    const value = raw.trim().toLowerCase();

    if (['true', '1', 'yes'].includes(value)) {
      return true;
    }
    if (['false', '0', 'no'].includes(value)) {
      return false;
    }

    return raw;
  });
}

/** Log levels accepted by pino. */
export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
