import type { ArgumentsHost, RpcExceptionFilter } from '@nestjs/common';
import { Catch, Logger } from '@nestjs/common';
import type { Observable } from 'rxjs';
import { throwError } from 'rxjs';

import { CommonErrorCode, DomainException } from '@bma-kpi/errors';

import { correlationIdHeader, readHeader } from './correlation';

/**
 * Serialises every error a message handler throws into an ErrorBody. Domain exceptions keep
 * their code; anything else is logged once here and becomes INTERNAL_ERROR without internals.
 */
@Catch()
export class RpcErrorFilter implements RpcExceptionFilter<unknown> {
  private readonly logger = new Logger(RpcErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): Observable<never> {
    const correlationId = readHeader(host.switchToRpc().getContext(), correlationIdHeader);

    if (exception instanceof DomainException) {
      return throwError(() => exception.toBody(correlationId));
    }
    this.logger.error({ err: exception, correlationId }, 'Message handler failed');
    const internal = new DomainException(
      CommonErrorCode.internal,
      'Internal error. Quote the correlation id when you report it.',
      'เกิดข้อผิดพลาดภายในระบบ โปรดแจ้งรหัสอ้างอิง (correlation id) เมื่อติดต่อผู้ดูแล',
    );

    return throwError(() => internal.toBody(correlationId));
  }
}
