import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import { Logger } from '@nestjs/common';
import type { Request, Response } from 'express';

import type { ArtefactResponse, EvidenceFileResponse } from '@bma-kpi/contracts-catalog';
import { CatalogErrorCode } from '@bma-kpi/contracts-catalog';
import { DomainException } from '@bma-kpi/errors';
import type { ObjectStore } from '@bma-kpi/object-store';

import { GatewayErrorCode } from '../http/gateway-error-codes';

const logger = new Logger('EvidenceDownload');

/** The fields of a stored file (evidence or an uploaded resource) that a download reads. */
export type DownloadableFile = Pick<EvidenceFileResponse, 'id' | 'sha256' | 'sizeBytes' | 'fileName' | 'contentType'>;

// RFC 5987 attr-char allows ALPHA, DIGIT and !#$&+-.^_`|~; encodeURIComponent leaves ' ( ) * too.
const notAttrChar = /['()*]/g;

/**
 * Builds a Content-Disposition header that keeps a Thai file name: `filename*` carries it as
 * percent-encoded UTF-8 (RFC 5987, RFC 6266), and `filename` an ASCII fallback for old clients.
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(notAttrChar, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** Returns the evidence file of an artefact, or throws CATALOG_EVIDENCE_NOT_FOUND. */
export function findEvidence(artefact: ArtefactResponse, evidenceId: string): EvidenceFileResponse {
  const file = artefact.evidence.find((evidence) => evidence.id === evidenceId);

  if (file === undefined) {
    throw new DomainException(
      CatalogErrorCode.evidenceNotFound,
      `Governance artefact ${artefact.id} has no evidence file ${evidenceId}. See GET /api/v1/catalog/artefacts/${artefact.id}.`,
      `เอกสารธรรมาภิบาลข้อมูล ${artefact.id} ไม่มีไฟล์หลักฐาน ${evidenceId} ดูรายการไฟล์ได้ที่ GET /api/v1/catalog/artefacts/${artefact.id}`,
    );
  }

  return file;
}

/** Error for evidence recorded in the catalog whose bytes the object store does not have. */
export function evidenceContentMissing(file: DownloadableFile): DomainException {
  return new DomainException(
    GatewayErrorCode.evidenceContentMissing,
    `The object store has no content for evidence file ${file.fileName} (SHA-256 ${file.sha256}). Check that the gateway and the catalog service use the same object store.`,
    `ไม่พบเนื้อหาของไฟล์หลักฐาน ${file.fileName} (SHA-256 ${file.sha256}) ในที่เก็บไฟล์ โปรดตรวจว่า gateway และบริการบัญชีข้อมูลใช้ที่เก็บไฟล์เดียวกัน`,
  );
}

/** True when the request's If-None-Match lists this entity tag, or is `*`. */
export function matchesEntityTag(req: Request, etag: string): boolean {
  const header = req.headers['if-none-match'];

  return header !== undefined && header.split(',').some((tag) => ['*', etag, `W/${etag}`].includes(tag.trim()));
}

/**
 * Streams a stored file as the response. The ETag is the SHA-256, so a client that has the file
 * can revalidate it with If-None-Match.
 */
export async function sendEvidence(res: Response, file: DownloadableFile, content: Readable): Promise<void> {
  res.status(200);
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Length', String(file.sizeBytes));
  res.setHeader('Content-Disposition', attachmentDisposition(file.fileName));
  res.setHeader('ETag', `"${file.sha256}"`);
  res.setHeader('Cache-Control', 'private, no-cache');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  try {
    await pipeline(content, res);
  } catch (error) {
    // Once the status line is sent, no error response can follow, so the client sees a cut connection.
    if (!res.headersSent) {
      throw error;
    }
    // A client that closes the connection early, or right after the last byte, is not a failure of ours.
    if ((error as { code?: unknown }).code === 'ERR_STREAM_PREMATURE_CLOSE') {
      logger.debug({ sha256: file.sha256, fileId: file.id }, 'Client closed a file download early');

      return;
    }
    logger.error({ err: error, sha256: file.sha256, fileId: file.id }, 'File download failed while streaming');
  }
}

/**
 * Sends a stored file: 304 when If-None-Match names its hash, else its bytes from
 * the object store. A file that the catalog lists but the store lacks is a 404.
 */
export async function sendStoredFile(req: Request, res: Response, store: ObjectStore, file: DownloadableFile): Promise<void> {
  if (matchesEntityTag(req, `"${file.sha256}"`)) {
    res.status(304).setHeader('ETag', `"${file.sha256}"`).end();

    return;
  }
  const content = await store.open(file.sha256);

  if (content === null) {
    throw evidenceContentMissing(file);
  }
  await sendEvidence(res, file, content);
}
