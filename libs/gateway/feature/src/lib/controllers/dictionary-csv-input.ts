import type { Request } from 'express';

import { CommonErrorCode, DomainException } from '@bma-kpi/errors';

import { decodeUtf8 } from '../http/body-parser.middleware';

function emptyBody(): DomainException {
  return new DomainException(
    CommonErrorCode.emptyBody,
    'The request has no data dictionary. Send the CSV as text/csv or text/plain, or as a file field "file".',
    'ไม่พบพจนานุกรมข้อมูลในคำขอ โปรดส่งไฟล์ CSV แบบ text/csv หรือ text/plain หรือเป็นไฟล์ในฟิลด์ "file"',
  );
}

function unsupported(contentType: string): DomainException {
  return new DomainException(
    CommonErrorCode.unsupportedMediaType,
    `Content type ${contentType} is not accepted. Send UTF-8 text/csv, text/plain or multipart/form-data.`,
    `ไม่รองรับชนิดข้อมูล ${contentType} โปรดส่งแบบ text/csv หรือ text/plain (UTF-8) หรือ multipart/form-data`,
  );
}

/**
 * Reads the CSV text of a dictionary import from a text/csv or text/plain body or from the
 * multipart file field `file`. Empty text is an error before anything reaches the service.
 */
export function readDictionaryCsv(req: Request, file: Express.Multer.File | undefined): string {
  const contentType = req.headers['content-type'] ?? '';
  let text = '';

  if (file) {
    text = decodeUtf8(file.buffer);
  } else if (typeof req.body === 'string') {
    text = req.body;
  } else if (contentType && !/^(text\/|multipart\/form-data)/i.test(contentType)) {
    throw unsupported(contentType);
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    throw emptyBody();
  }

  return text;
}
