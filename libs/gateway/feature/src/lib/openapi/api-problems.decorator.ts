import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';

import { problemSchema } from './openapi.schemas';

const descriptions: Record<number, string> = {
  400: 'ข้อมูลไม่ถูกต้อง / Invalid input',
  401: 'ต้องยืนยันตัวตน หรือโทเคน/คีย์ไม่ถูกต้อง / Credentials missing or refused',
  403: 'ไม่มีสิทธิ์ / Not permitted for your roles or agency',
  404: 'ไม่พบข้อมูล / Not found',
  409: 'ข้อมูลขัดแย้ง / Conflict',
  413: 'ข้อมูลใหญ่เกินกำหนด / Body over the limit',
  415: 'ชนิดข้อมูลไม่รองรับ / Unsupported media type',
  422: 'ประมวลผลไม่ได้ / Unprocessable content',
  429: 'ส่งคำขอมากเกินไป ดู Retry-After / Too many requests; see Retry-After',
  503: 'บริการไม่พร้อม / Service unavailable',
  504: 'บริการตอบช้าเกินกำหนด / Service timed out',
};

/** Documents the problem+json error responses an endpoint can return. */
export function ApiProblems(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...[...statuses, 429, 503, 504].map((status) =>
      ApiResponse({ status, description: descriptions[status], content: { 'application/problem+json': { schema: problemSchema } } }),
    ),
  );
}
