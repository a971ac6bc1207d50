import type { ErrorBody, FieldError } from './error-body';

/** Codes shared by every service and the gateway. Service-specific codes live in each contracts lib. */
export const CommonErrorCode = {
  validationFailed: 'VALIDATION_FAILED',
  internal: 'INTERNAL_ERROR',
  serviceUnavailable: 'SERVICE_UNAVAILABLE',
  serviceTimeout: 'SERVICE_TIMEOUT',
  payloadTooLarge: 'PAYLOAD_TOO_LARGE',
  emptyBody: 'EMPTY_BODY',
  unsupportedMediaType: 'UNSUPPORTED_MEDIA_TYPE',
  routeNotFound: 'ROUTE_NOT_FOUND',
  badRequest: 'BAD_REQUEST',
  responseTooLarge: 'RESPONSE_TOO_LARGE',
} as const;

export type CommonErrorCode = (typeof CommonErrorCode)[keyof typeof CommonErrorCode];

/**
 * A business rule failure with a stable code. Domain and service code throws only this; the
 * service's RPC filter serialises it and the gateway maps its code to an HTTP status.
 */
export class DomainException extends Error {
  /** Correlation id of the request that failed, when the error came from another service. */
  correlationId: string | null = null;

  constructor(
    readonly code: string,
    readonly messageEn: string,
    readonly messageTh: string,
    readonly extra: { errors?: FieldError[]; details?: unknown } = {},
  ) {
    super(messageEn);
    this.name = 'DomainException';
  }

  static fromBody(body: ErrorBody): DomainException {
    const exception = new DomainException(body.code, body.messageEn, body.messageTh, {
      errors: body.errors,
      details: body.details,
    });

    exception.correlationId = body.correlationId ?? null;

    return exception;
  }

  toBody(correlationId: string | null): ErrorBody {
    return {
      code: this.code,
      messageTh: this.messageTh,
      messageEn: this.messageEn,
      ...(this.extra.errors ? { errors: this.extra.errors } : {}),
      ...(this.extra.details === undefined ? {} : { details: this.extra.details }),
      correlationId: correlationId ?? this.correlationId,
    };
  }
}

/** Input that broke a validation rule; carries one FieldError per broken rule. */
export class ValidationFailedException extends DomainException {
  constructor(errors: FieldError[]) {
    const fields = [...new Set(errors.map((error) => error.field))].join(', ');

    super(
      CommonErrorCode.validationFailed,
      `Invalid input in ${fields}. See errors[] for the rule each one breaks.`,
      `ข้อมูลไม่ถูกต้องที่ ${fields} ดูเงื่อนไขที่ไม่ผ่านใน errors[]`,
      { errors },
    );
  }
}
