import type { NestMiddleware } from '@nestjs/common';
import { Inject, Injectable } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import express from 'express';

import { CommonErrorCode, DomainException } from '@bma-kpi/errors';

import { isStreamedUpload } from '../controllers/evidence-upload';
import { GATEWAY_OPTIONS, type GatewayOptions } from '../gateway.options';
import { GatewayErrorCode } from './gateway-error-codes';

function run(parser: RequestHandler, req: Request, res: Response): Promise<void> {
  return new Promise((resolve, reject) => {
    void parser(req, res, (error?: unknown) => (error ? reject(error instanceof Error ? error : new Error('Request body could not be read')) : resolve()));
  });
}

/** Decodes a text body as UTF-8 and rejects invalid byte sequences instead of replacing them. */
export function decodeUtf8(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new DomainException(
      GatewayErrorCode.invalidEncoding,
      'The text is not valid UTF-8. Save the file as UTF-8 and send it again.',
      'ข้อความไม่ได้เข้ารหัสแบบ UTF-8 โปรดบันทึกไฟล์เป็น UTF-8 แล้วส่งใหม่',
    );
  }
}

/** Rejects a text body declared in another charset, such as TIS-620, instead of misreading it. */
function assertUtf8Charset(contentType: string | undefined): void {
  const charset = /;\s*charset=("?)([^";]+)\1/i.exec(contentType ?? '')?.[2]?.toLowerCase();

  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    throw new DomainException(
      CommonErrorCode.unsupportedMediaType,
      `Charset ${charset} is not accepted. Convert the text to UTF-8 (for example with iconv -f ${charset} -t UTF-8) and send it again.`,
      `ไม่รองรับชุดอักขระ ${charset} โปรดแปลงข้อความเป็น UTF-8 (เช่น iconv -f ${charset} -t UTF-8) แล้วส่งใหม่`,
    );
  }
}

/**
 * Returns the path of the first string in a parsed JSON body that contains a lone UTF-16 surrogate,
 * or null. JSON may escape one (`\ud800`), but no UTF-8 text can store it, and PostgreSQL would
 * keep U+FFFD in its place.
 */
export function findLoneSurrogate(value: unknown, path = 'body'): string | null {
  if (typeof value === 'string') {
    return /\p{Surrogate}/u.test(value) ? path : null;
  }
  if (typeof value !== 'object' || value === null) {
    return null;
  }
  for (const [key, child] of Object.entries(value)) {
    const found = findLoneSurrogate(child, path === 'body' ? key : `${path}.${key}`);

    if (found !== null) {
      return found;
    }
  }

  return null;
}

/**
 * Rejects a body of a type no route reads, such as XML or an HTML form, with 415. Without this
 * check the body would be ignored and validation would report every field as missing. A form
 * body is what `curl -d` sends without a Content-Type header, so the message names the header.
 */
function assertReadableBodyType(req: Request): void {
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;

  if (hasBody && req.is(['application/json', '+json', 'text/*', 'multipart/*']) === false) {
    const type = req.headers['content-type'] ?? 'none';

    throw new DomainException(
      CommonErrorCode.unsupportedMediaType,
      `Content-Type ${type} is not accepted. Send JSON with Content-Type: application/json, or text such as CSV with a text/* type.`,
      `ไม่รองรับ Content-Type ${type} โปรดส่ง JSON พร้อม Content-Type: application/json หรือข้อความ เช่น CSV พร้อมชนิด text/*`,
    );
  }
}

function assertWellFormedText(body: unknown): void {
  const field = findLoneSurrogate(body);

  if (field !== null) {
    throw new DomainException(
      GatewayErrorCode.invalidEncoding,
      `${field} holds a lone UTF-16 surrogate (an escape such as \\ud800 without its pair), which is not text. Send valid Unicode.`,
      `${field} มีอักขระ surrogate ที่ไม่ครบคู่ (เช่น \\ud800) ซึ่งไม่ใช่ข้อความที่ถูกต้อง โปรดส่งข้อความ Unicode ที่ถูกต้อง`,
      { errors: [{ field, rule: 'wellFormedText', messageEn: `${field} is not valid Unicode text`, messageTh: `${field} ไม่ใช่ข้อความ Unicode ที่ถูกต้อง` }] },
    );
  }
}

/**
 * Parses JSON and text bodies inside Nest, so that size and syntax errors reach the
 * problem+json filter. Text arrives as bytes and is decoded strictly as UTF-8; multipart bodies
 * are left to multer on the routes that take files.
 */
@Injectable()
export class BodyParserMiddleware implements NestMiddleware {
  private readonly json: RequestHandler;
  private readonly text: RequestHandler;

  constructor(@Inject(GATEWAY_OPTIONS) options: GatewayOptions) {
    // Invalid UTF-8 in JSON would otherwise be stored as U+FFFD; verify rejects it before parsing.
    this.json = express.json({ limit: options.maxBodyBytes, verify: (_req, _res, bytes) => void decodeUtf8(bytes) });
    this.text = express.raw({ type: 'text/*', limit: options.maxBodyBytes });
  }

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    // The upload routes stream their bodies into the object store and check the types themselves.
    if (isStreamedUpload(req)) {
      next();

      return;
    }
    assertUtf8Charset(req.headers['content-type']);
    assertReadableBodyType(req);
    await run(this.json, req, res);
    assertWellFormedText(req.body);
    await run(this.text, req, res);
    if (Buffer.isBuffer(req.body)) {
      req.body = decodeUtf8(req.body);
    }
    next();
  }
}
