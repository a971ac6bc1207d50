import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import { Catch, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ClsServiceManager } from 'nestjs-cls';

import type { ErrorBody } from '@bma-kpi/errors';
import { CommonErrorCode, DomainException } from '@bma-kpi/errors';

import { httpStatusOf, isKnownErrorCode } from './gateway-error-codes';
import { negotiateLanguage } from './language';
import { toProblemDetails } from './problem-details';

/** Seconds a client should wait before retrying when a service is not running. */
const retryAfterSeconds = 5;

const codeByHttpStatus: Record<number, string> = {
  400: CommonErrorCode.badRequest,
  404: CommonErrorCode.routeNotFound,
  413: CommonErrorCode.payloadTooLarge,
  415: CommonErrorCode.unsupportedMediaType,
};

const messagesByCode: Record<string, { en: string; th: string }> = {
  [CommonErrorCode.badRequest]: { en: 'The request is malformed.', th: 'รูปแบบคำขอไม่ถูกต้อง' },
  [CommonErrorCode.routeNotFound]: {
    en: 'No such endpoint. See /api/docs for the list.',
    th: 'ไม่พบ endpoint นี้ ดูรายการได้ที่ /api/docs',
  },
  [CommonErrorCode.payloadTooLarge]: {
    en: 'The request body is larger than the limit.',
    th: 'ข้อมูลที่ส่งมามีขนาดใหญ่เกินกำหนด',
  },
  [CommonErrorCode.unsupportedMediaType]: {
    en: 'Unsupported content type or charset. Send UTF-8 text, JSON or multipart/form-data.',
    th: 'ไม่รองรับชนิดข้อมูลหรือชุดอักขระนี้ โปรดส่งข้อความ UTF-8, JSON หรือ multipart/form-data',
  },
  [CommonErrorCode.internal]: {
    en: 'Internal error. Quote the correlation id when you report it.',
    th: 'เกิดข้อผิดพลาดภายในระบบ โปรดแจ้งรหัสอ้างอิง (correlation id) เมื่อติดต่อผู้ดูแล',
  },
};

/** Status of errors thrown by Express middleware such as body-parser, which carry `status`. */
function middlewareStatus(exception: unknown): number | null {
  const status = (exception as { status?: unknown; type?: unknown } | null)?.status;

  return typeof status === 'number' && status >= 400 && status < 500 ? status : null;
}

// body-parser marks a JSON syntax error with this type and a body over its limit with `limit`.
function bodyParserDetails(exception: unknown): Partial<ErrorBody> {
  const error = exception as { type?: unknown; message?: unknown; limit?: unknown } | null;

  if (error?.type === 'entity.parse.failed') {
    const reason = typeof error.message === 'string' ? error.message : '';

    return {
      errors: [
        {
          field: 'body',
          rule: 'json',
          messageEn: `The body is not valid JSON: ${reason}. Send one JSON object.`,
          messageTh: `เนื้อหาคำขอไม่ใช่ JSON ที่ถูกต้อง (${reason}) โปรดส่ง JSON object หนึ่งรายการ`,
        },
      ],
    };
  }
  if (error?.type === 'entity.too.large' && typeof error.limit === 'number') {
    return {
      messageEn: `The request body is larger than the limit of ${error.limit} bytes.`,
      messageTh: `ข้อมูลที่ส่งมามีขนาดใหญ่เกินกำหนด ${error.limit} ไบต์`,
    };
  }

  return {};
}

// multer's rejections of a multipart body; Nest keeps multer's error, with its code, as the cause.
function uploadFieldErrors(exception: unknown): Pick<ErrorBody, 'errors'> {
  const cause = exception instanceof HttpException ? (exception.cause as { code?: unknown; field?: unknown } | undefined) : undefined;

  if (typeof cause?.code !== 'string' || !cause.code.startsWith('LIMIT_')) {
    return {};
  }
  const field = typeof cause.field === 'string' ? cause.field : 'file';

  return {
    errors: [
      {
        field,
        rule: cause.code,
        messageEn: `${exception instanceof Error ? exception.message : ''}: send exactly one file, in the form field "file"`,
        messageTh: `ส่งไฟล์เดียวในฟิลด์ "file" ของฟอร์ม (${cause.code})`,
      },
    ],
  };
}

/**
 * Turns every error of an HTTP request into application/problem+json in the client's language.
 * Domain exceptions keep their code, and framework and middleware errors get a common code.
 * Anything else is logged once and returned as 500 with the correlation id, never with a stack trace.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemDetailsFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const correlationId = ClsServiceManager.getClsService().get<string | undefined>('correlationId') ?? null;
    const { body, status } = this.classify(exception, correlationId);
    const language = negotiateLanguage(request.headers['accept-language']);

    // A service logs its own internal errors; only failures of the gateway itself are logged here.
    if (status >= 500 && !(exception instanceof DomainException)) {
      this.logger.error({ err: exception, correlationId, path: request.url }, 'Request failed');
    }
    if (status === 503) {
      response.setHeader('Retry-After', String(retryAfterSeconds));
    }
    response
      .status(status)
      .type('application/problem+json')
      .setHeader('Content-Language', language)
      .send(JSON.stringify(toProblemDetails({ ...body, correlationId }, status, language, request.originalUrl)));
  }

  private classify(exception: unknown, correlationId: string | null): { body: ErrorBody; status: number } {
    if (exception instanceof DomainException) {
      const body = exception.toBody(correlationId);

      if (!isKnownErrorCode(body.code)) {
        return { body: this.commonBody(CommonErrorCode.internal), status: 500 };
      }
      const status = httpStatusOf(body.code);

      // The details of an internal error name the failure inside a service, which clients must not see.
      return { body: status === 500 ? { ...body, details: undefined } : body, status };
    }
    const status = exception instanceof HttpException ? exception.getStatus() : middlewareStatus(exception);
    const code = status === null ? undefined : codeByHttpStatus[status];

    if (status !== null && code) {
      return { body: { ...this.commonBody(code), ...bodyParserDetails(exception), ...uploadFieldErrors(exception) }, status };
    }

    return { body: this.commonBody(CommonErrorCode.internal), status: 500 };
  }

  private commonBody(code: string): ErrorBody {
    const messages = messagesByCode[code] ?? messagesByCode[CommonErrorCode.internal];

    return { code, messageEn: messages.en, messageTh: messages.th };
  }
}
