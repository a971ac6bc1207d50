import type { ErrorBody } from '@bma-kpi/errors';

import type { Language } from './language';

/** RFC 9457 problem details with the project's extensions: code, field errors, correlation id. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance: string;
  correlationId: string | null;
  errors?: { field: string; rule: string; message: string }[];
  details?: unknown;
}

const titles: Record<number, { th: string; en: string }> = {
  400: { th: 'คำขอไม่ถูกต้อง', en: 'Bad request' },
  401: { th: 'ต้องยืนยันตัวตน', en: 'Unauthorized' },
  403: { th: 'ไม่มีสิทธิ์', en: 'Forbidden' },
  404: { th: 'ไม่พบข้อมูล', en: 'Not found' },
  409: { th: 'ข้อมูลขัดแย้งกัน', en: 'Conflict' },
  413: { th: 'ข้อมูลมีขนาดใหญ่เกินกำหนด', en: 'Payload too large' },
  415: { th: 'ไม่รองรับชนิดข้อมูลนี้', en: 'Unsupported media type' },
  422: { th: 'ไม่สามารถประมวลผลข้อมูลได้', en: 'Unprocessable content' },
  429: { th: 'ส่งคำขอมากเกินไป', en: 'Too many requests' },
  500: { th: 'เกิดข้อผิดพลาดภายในระบบ', en: 'Internal server error' },
  502: { th: 'บริการตอบกลับไม่สำเร็จ', en: 'Bad gateway' },
  503: { th: 'บริการไม่พร้อมใช้งาน', en: 'Service unavailable' },
  504: { th: 'บริการตอบสนองช้าเกินกำหนด', en: 'Gateway timeout' },
};

/** Builds the problem+json body of an error in the negotiated language. */
export function toProblemDetails(
  body: ErrorBody,
  status: number,
  language: Language,
  instance: string,
): ProblemDetails {
  const title = titles[status] ?? (status >= 500 ? titles[500] : titles[400]);

  return {
    type: `urn:bma-kpi:problem:${body.code.toLowerCase().replace(/_/g, '-')}`,
    title: title[language],
    status,
    detail: language === 'en' ? body.messageEn : body.messageTh,
    code: body.code,
    instance,
    correlationId: body.correlationId ?? null,
    ...(body.errors
      ? {
          errors: body.errors.map((error) => ({
            field: error.field,
            rule: error.rule,
            message: language === 'en' ? error.messageEn : error.messageTh,
          })),
        }
      : {}),
    ...(body.details === undefined ? {} : { details: body.details }),
  };
}
