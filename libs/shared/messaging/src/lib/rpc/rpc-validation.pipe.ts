import { ValidationPipe } from '@nestjs/common';

import { toFieldErrors, ValidationFailedException } from '@bma-kpi/errors';

/**
 * Validation pipe for message handlers: the same contract classes as the gateway, failing with a
 * ValidationFailedException because an HttpException would reach the caller as an internal error.
 */
export function createRpcValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => new ValidationFailedException(toFieldErrors(errors)),
  });
}
