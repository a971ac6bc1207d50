import type { Request } from 'express';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

import type { ImportRecordRequest } from '@bma-kpi/contracts-indicators';
import { agencyCodePattern, maxRecordChars } from '@bma-kpi/contracts-indicators';
import { CommonErrorCode, DomainException } from '@bma-kpi/errors';
import { createContractValidationPipe } from '@bma-kpi/messaging';

import { decodeUtf8 } from '../http/body-parser.middleware';

/** Reads `true`/`false` from a query string; other text stays for @IsBoolean to reject. */
function booleanQueryValue(value: unknown): unknown {
  if (value === 'true') {
    return true;
  }

  return value === 'false' ? false : value;
}

/** Options of an import, as query parameters. */
export class ImportQuery {
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => booleanQueryValue(value))
  @IsBoolean()
  dryRun?: boolean;

  @IsOptional()
  @Matches(agencyCodePattern)
  agency?: string;

  @IsOptional()
  @MaxLength(255)
  @IsString()
  fileName?: string;
}

/** A JSON import body: the record's text and the same options as the query, which it overrides. */
export class ImportJsonBody extends ImportQuery {
  @MaxLength(maxRecordChars)
  @IsString()
  text: string;
}

const validation = createContractValidationPipe();

function emptyBody(): DomainException {
  return new DomainException(
    CommonErrorCode.emptyBody,
    'The request has no KPI record. Send the text as text/plain, as JSON {"text": …} or as a file field "file".',
    'ไม่พบข้อมูลตัวชี้วัดในคำขอ โปรดส่งข้อความแบบ text/plain, JSON {"text": …} หรือไฟล์ในฟิลด์ "file"',
  );
}

function unsupported(contentType: string): DomainException {
  return new DomainException(
    CommonErrorCode.unsupportedMediaType,
    `Content type ${contentType} is not accepted. Send UTF-8 text/plain, application/json or multipart/form-data.`,
    `ไม่รองรับชนิดข้อมูล ${contentType} โปรดส่งแบบ text/plain (UTF-8), application/json หรือ multipart/form-data`,
  );
}

async function fromBody(req: Request): Promise<ImportJsonBody | { text: string }> {
  const contentType = req.headers['content-type'] ?? '';
  const body: unknown = req.body;

  if (typeof body === 'string') {
    return { text: body };
  }
  if (/^application\/json/i.test(contentType)) {
    return (await validation.transform(body, { type: 'body', metatype: ImportJsonBody })) as ImportJsonBody;
  }
  if (contentType && !/^(text\/|multipart\/form-data)/i.test(contentType)) {
    throw unsupported(contentType);
  }

  return { text: '' };
}

/**
 * Collects the record's text and options from a text/plain, JSON or multipart request. The text
 * loses its byte order mark; empty text is an error before anything reaches the service.
 */
export async function readImportInput(
  req: Request,
  query: ImportQuery,
  file: Express.Multer.File | undefined,
): Promise<ImportRecordRequest> {
  const body = file ? { text: decodeUtf8(file.buffer) } : await fromBody(req);
  const options: Omit<ImportJsonBody, 'text'> = { ...query, ...body };
  const text = body.text.replace(/^\uFEFF/, '');

  if (text.trim() === '') {
    throw emptyBody();
  }

  return {
    text,
    fileName: file?.originalname ?? options.fileName,
    agencyCode: options.agency,
    dryRun: options.dryRun ?? false,
  };
}
