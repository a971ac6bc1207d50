import type { Request, Response } from 'express';
import express from 'express';

import { CommonErrorCode, DomainException } from '@bma-kpi/errors';

/** Bytes of an uploaded file with its declared media type and name. */
export interface UploadedBytes {
  bytes: Buffer;
  mediaType: string;
  fileName: string;
}

/** Name of the expected file in Thai and in English, for the error of an empty request. */
export interface UploadName {
  th: string;
  en: string;
}

function emptyBody(name: UploadName): DomainException {
  return new DomainException(
    CommonErrorCode.emptyBody,
    `The request has no ${name.en}. Send the file as the request body or as a multipart file field "file".`,
    `ไม่พบ${name.th}ในคำขอ โปรดส่งไฟล์เป็นเนื้อหาของคำขอ หรือเป็นไฟล์ในฟิลด์ "file"`,
  );
}

/** Rejects a text body declared in another charset than UTF-8, such as TIS-620, instead of misreading it. */
function assertUtf8Text(mediaType: string): void {
  const charset = /;\s*charset=("?)([^";]+)\1/iu.exec(mediaType)?.[2]?.toLowerCase();

  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    throw new DomainException(
      CommonErrorCode.unsupportedMediaType,
      `Charset ${charset} is not accepted. Convert the file to UTF-8 and send it again.`,
      `ไม่รองรับชุดอักขระ ${charset} โปรดแปลงไฟล์เป็น UTF-8 แล้วส่งใหม่`,
    );
  }
}

function readRaw(req: Request, res: Response, limit: number): Promise<Buffer> {
  const parser = express.raw({ type: () => true, limit });

  return new Promise((resolve, reject) => {
    parser(req, res, (error?: unknown) => {
      if (error !== undefined && error !== null) {
        reject(error instanceof Error ? error : new Error('Request body could not be read'));

        return;
      }
      resolve(Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0));
    });
  });
}

// A body that the gateway's text parser already decoded arrives as a string.
async function bodyBytes(req: Request, res: Response, limit: number): Promise<Buffer> {
  if (typeof req.body === 'string') {
    return Buffer.from(req.body);
  }

  return Buffer.isBuffer(req.body) ? req.body : readRaw(req, res, limit);
}

/**
 * Returns the uploaded file: the multipart field `file` when multer read one, otherwise the raw
 * request body up to `limit` bytes (a larger body fails with 413).
 */
export async function readUpload(
  req: Request,
  res: Response,
  file: Express.Multer.File | undefined,
  options: { limit: number; name: UploadName },
): Promise<UploadedBytes> {
  const mediaType = req.headers['content-type'] ?? '';

  assertUtf8Text(mediaType);
  const upload =
    file === undefined
      ? { bytes: await bodyBytes(req, res, options.limit), mediaType, fileName: '' }
      : { bytes: file.buffer, mediaType: file.mimetype, fileName: file.originalname };

  if (upload.bytes.length === 0) {
    throw emptyBody(options.name);
  }

  return upload;
}
