import type { Readable } from 'node:stream';

import type { Request, Response } from 'express';
import multer, { MulterError, type StorageEngine } from 'multer';

import type { EvidenceFileRequest } from '@bma-kpi/contracts-catalog';
import { evidenceFileNamePattern } from '@bma-kpi/contracts-catalog';
import { CommonErrorCode, DomainException, ValidationFailedException } from '@bma-kpi/errors';
import { ObjectTooLargeError, type ObjectStore } from '@bma-kpi/object-store';

import { assertContentMatches, evidenceSniffBytes, resolveEvidenceType, type EvidenceType, type UploadKind } from './evidence-content-type';

/** Paths of the upload routes, which read their own bodies as streams instead of the body parsers. */
const streamedUploadPaths = [
  /^\/api\/v1\/catalog\/artefacts\/[^/]+\/evidence\/?$/,
  /^\/api\/v1\/governance\/assessments\/[^/]+\/evidence\/?$/,
  /^\/api\/v1\/catalog\/datasets\/[^/]+\/resources\/upload\/?$/,
];

/** True for a request to an upload route, whose body must reach the route unread. */
export function isStreamedUpload(req: Request): boolean {
  const path = new URL(req.originalUrl, 'http://gateway').pathname;

  return req.method === 'POST' && streamedUploadPaths.some((pattern) => pattern.test(path));
}

/** Limits of one upload, and the file types its route accepts. */
export interface UploadLimits {
  maxUploadBytes: number;
  kind?: UploadKind;
}

function tooLarge(maxBytes: number): DomainException {
  const megabytes = (maxBytes / (1024 * 1024)).toFixed(1);

  return new DomainException(
    CommonErrorCode.payloadTooLarge,
    `The file is larger than the upload limit of ${maxBytes} bytes (${megabytes} MiB). Send a smaller file or split it.`,
    `ไฟล์ใหญ่เกินขนาดที่อัปโหลดได้ ${maxBytes} ไบต์ (${megabytes} MiB) โปรดส่งไฟล์ที่เล็กลงหรือแบ่งไฟล์`,
  );
}

function emptyFile(): DomainException {
  return new DomainException(
    CommonErrorCode.emptyBody,
    'The request has no file, or the file is empty. Send it as the multipart field "file", or as the body with ?fileName=.',
    'ไม่พบไฟล์ในคำขอหรือไฟล์ว่างเปล่า โปรดส่งไฟล์ในฟิลด์ "file" แบบ multipart/form-data หรือส่งเป็นเนื้อหาคำขอพร้อม ?fileName=',
  );
}

function invalidFileName(fileName: string | undefined): ValidationFailedException {
  return new ValidationFailedException([
    {
      field: 'fileName',
      rule: fileName === undefined ? 'isDefined' : 'matches',
      messageEn: 'fileName must be a file name of 1 to 255 characters without folders or control characters',
      messageTh: 'fileName ต้องเป็นชื่อไฟล์ยาว 1 ถึง 255 ตัวอักษร ไม่มีชื่อโฟลเดอร์หรืออักขระควบคุม',
    },
  ]);
}

/** Returns the file name with surrounding spaces removed, or throws a field error. */
function checkedFileName(fileName: string | undefined): string {
  const trimmed = fileName?.normalize('NFC').trim();

  if (trimmed === undefined || trimmed === '' || trimmed.length > 255 || !evidenceFileNamePattern.test(trimmed)) {
    throw invalidFileName(fileName);
  }

  return trimmed;
}

/**
 * Passes a stream on unchanged after checking its first bytes against the evidence type; throws
 * for an empty file. Iterating with `destroyOnReturn: false` leaves the request stream open when
 * the store stops early, so Node can drain it and the client still receives the error response.
 */
async function* checkedContent(source: Readable, type: EvidenceType, fileName: string): AsyncGenerator<Buffer> {
  const chunks = source.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>;
  const head: Buffer[] = [];
  let headBytes = 0;
  let checked = false;

  for await (const chunk of chunks) {
    if (checked) {
      yield chunk;
      continue;
    }
    head.push(chunk);
    headBytes += chunk.length;
    if (headBytes >= evidenceSniffBytes) {
      checked = true;
      assertContentMatches(type, Buffer.concat(head), fileName);
      yield Buffer.concat(head);
    }
  }
  if (!checked) {
    if (headBytes === 0) {
      throw emptyFile();
    }
    assertContentMatches(type, Buffer.concat(head), fileName);
    yield Buffer.concat(head);
  }
}

/** Streams one file into the object store, turning the store's size error into 413. */
async function storeFile(
  source: Readable,
  type: EvidenceType,
  fileName: string,
  store: ObjectStore,
  limits: UploadLimits,
): Promise<EvidenceFileRequest> {
  try {
    const stored = await store.put(checkedContent(source, type, fileName), { maxBytes: limits.maxUploadBytes });

    return { sha256: stored.sha256, fileName, contentType: type.mediaType, sizeBytes: stored.sizeBytes };
  } catch (error) {
    throw error instanceof ObjectTooLargeError ? tooLarge(limits.maxUploadBytes) : error;
  }
}

/** Reads a raw body: its Content-Type is the file's type and `?fileName=` names it. */
function receiveRawBody(req: Request, store: ObjectStore, limits: UploadLimits): Promise<EvidenceFileRequest> {
  const fileName = checkedFileName(typeof req.query['fileName'] === 'string' ? req.query['fileName'] : undefined);
  const type = resolveEvidenceType(req.headers['content-type'], fileName, limits.kind);
  const declaredLength = Number(req.headers['content-length'] ?? Number.NaN);

  if (declaredLength > limits.maxUploadBytes) {
    throw tooLarge(limits.maxUploadBytes);
  }

  return storeFile(req, type, fileName, store, limits).catch((error: unknown) => {
    // Read and drop the rest of the body, so the client finishes sending and receives the error.
    req.resume();
    throw error;
  });
}

/** multer's rejections of the form itself, as field errors. */
function multipartError(error: MulterError): ValidationFailedException {
  return new ValidationFailedException([
    {
      field: error.field ?? 'file',
      rule: error.code,
      messageEn: `${error.message}: send exactly one file, in the form field "file"`,
      messageTh: `ส่งไฟล์เดียวในฟิลด์ "file" ของฟอร์ม (${error.code})`,
    },
  ]);
}

/**
 * Reads the multipart field `file` with multer, giving it a storage engine that streams the part
 * into the object store, so the file is never held in memory whole.
 */
async function receiveMultipart(req: Request, res: Response, store: ObjectStore, limits: UploadLimits): Promise<EvidenceFileRequest> {
  let received: EvidenceFileRequest | undefined;
  const storage: StorageEngine = {
    _handleFile: (_req, file, callback) => {
      const stored = (async () => {
        const fileName = checkedFileName(file.originalname);

        return storeFile(file.stream, resolveEvidenceType(file.mimetype, fileName, limits.kind), fileName, store, limits);
      })();

      stored.then((evidence) => {
        received = evidence;
        callback(null, { size: evidence.sizeBytes });
      }, callback);
    },
    // Objects are shared by every artefact that cites the same bytes, so a failed request never deletes one.
    _removeFile: (_req, _file, callback) => callback(null),
  };
  const upload = multer({ storage, defParamCharset: 'utf8', limits: { files: 1, fields: 10, parts: 11, fieldSize: 64 * 1024 } }).single('file');

  await new Promise<void>((resolve, reject) => {
    upload(req, res, (error: unknown) => (error === undefined || error === null ? resolve() : reject(error instanceof Error ? error : new Error('The multipart body could not be read'))));
  }).catch((error: unknown) => {
    throw error instanceof MulterError ? multipartError(error) : error;
  });
  if (received === undefined) {
    throw emptyFile();
  }

  return received;
}

/**
 * Streams the uploaded evidence file of a request into the object store and returns the fields
 * that reference it: a multipart form with the field `file`, or a raw body with `?fileName=`.
 */
export function receiveEvidenceUpload(req: Request, res: Response, store: ObjectStore, limits: UploadLimits): Promise<EvidenceFileRequest> {
  return /^multipart\/form-data/i.test(req.headers['content-type'] ?? '') ? receiveMultipart(req, res, store, limits) : receiveRawBody(req, store, limits);
}
