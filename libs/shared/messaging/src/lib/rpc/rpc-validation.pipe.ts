import type { ArgumentMetadata } from '@nestjs/common';
import { ValidationPipe } from '@nestjs/common';

import type { FieldError } from '@bma-kpi/errors';
import { toFieldErrors, ValidationFailedException } from '@bma-kpi/errors';

/** Paths of string values that contain U+0000, which PostgreSQL cannot store in text columns. */
export function nullCharacterFields(value: unknown, path = ''): string[] {
  if (typeof value === 'string') {
    return value.includes('\u0000') ? [path || 'body'] : [];
  }
  if (typeof value !== 'object' || value === null) {
    return [];
  }

  return Object.entries(value).flatMap(([key, item]) => nullCharacterFields(item, path ? `${path}.${key}` : key));
}

function nullCharacterError(field: string): FieldError {
  return {
    field,
    rule: 'noNullCharacter',
    messageEn: `${field} must not contain the NUL character (U+0000)`,
    messageTh: `${field} ต้องไม่มีอักขระ NUL (U+0000)`,
  };
}

/**
 * Validation pipe that the gateway and every service use with the same contract classes. It fails
 * with a ValidationFailedException, one field error per field (the first rule it breaks), because an
 * HttpException thrown in a message handler would reach the caller as an internal error.
 */
class ContractValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const fields = nullCharacterFields(value);

    if (fields.length > 0) {
      throw new ValidationFailedException(fields.map(nullCharacterError));
    }

    return super.transform(value, metadata) as Promise<unknown>;
  }
}

export function createContractValidationPipe(): ValidationPipe {
  return new ContractValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => new ValidationFailedException(toFieldErrors(errors)),
  });
}
