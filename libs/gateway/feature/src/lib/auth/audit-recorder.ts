import type { NestMiddleware, OnApplicationShutdown } from '@nestjs/common';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

import type { AuditEntryInput, AuditRepository } from '@bma-kpi/gateway-data-access';
import { correlationIdHeader } from '@bma-kpi/messaging';

import { requestAccessOf } from './access.guard';
import { AUDIT_REPOSITORY } from './auth.tokens';

const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Maximum length of a text value in an audit entry. Longer values are truncated and marked. */
const maxTextChars = 500;
const maxEntries = 100;
const secretKey = /secret|password|token|api[-_]?key|authorization/iu;

/** Copies a request body for the audit log, with secrets removed and long text and long lists cut. */
export function auditableBody(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') {
    return value.length > maxTextChars ? `${value.slice(0, maxTextChars)}… (${value.length} chars)` : value;
  }
  if (Buffer.isBuffer(value)) {
    return auditableBody(value.toString('utf8'), depth);
  }
  if (typeof value !== 'object' || value === null) {
    return value ?? null;
  }
  if (depth >= 6) {
    return '…';
  }
  if (Array.isArray(value)) {
    const kept = value.slice(0, maxEntries).map((item) => auditableBody(item, depth + 1));

    return value.length > maxEntries ? [...kept, `… (${value.length} items)`] : kept;
  }

  return Object.fromEntries(
    Object.entries(value)
      .slice(0, maxEntries)
      .map(([key, item]) => [key, secretKey.test(key) ? '[removed]' : auditableBody(item, depth + 1)]),
  );
}

function requestSummary(request: Request): AuditEntryInput['request'] {
  const file = (request as Request & { file?: { originalname?: string; size?: number } }).file;
  const body = auditableBody(request.body);
  const summary = { ...(body === null || (typeof body === 'object' && Object.keys(body).length === 0) ? {} : { body }), ...(file ? { file: { name: file.originalname ?? null, bytes: file.size ?? null } } : {}) };

  return Object.keys(summary).length === 0 ? null : (summary);
}

function outcomeOf(status: number): AuditEntryInput['outcome'] {
  if (status === 401 || status === 403) {
    return 'denied';
  }

  return status < 400 ? 'succeeded' : 'failed';
}

/**
 * Writes one audit entry for every write request when its response is finished, allowed or not.
 * Entries are written after the response, so the log does not delay a write. Shutdown waits for them.
 */
@Injectable()
export class AuditRecorder implements NestMiddleware, OnApplicationShutdown {
  private readonly logger = new Logger(AuditRecorder.name);
  private readonly pending = new Set<Promise<void>>();

  constructor(@Inject(AUDIT_REPOSITORY) private readonly audit: AuditRepository) {}

  use(request: Request, response: Response, next: NextFunction): void {
    if (writeMethods.has(request.method)) {
      const started = performance.now();

      response.once('finish', () => this.record(request, response, Math.round(performance.now() - started)));
    }
    next();
  }

  private record(request: Request, response: Response, durationMs: number): void {
    const access = requestAccessOf(request);
    const principal = access?.principal;
    const entry: AuditEntryInput = {
      actorKind: principal?.kind ?? 'anonymous',
      actorId: principal?.id ?? 'anonymous',
      roles: principal?.roles ?? [],
      actorAgency: principal?.agency ?? null,
      method: request.method,
      route: access?.route ?? request.path,
      url: request.originalUrl,
      permission: access?.permission ?? 'unknown',
      targetAgency: access?.targetAgency ?? null,
      status: response.statusCode,
      outcome: outcomeOf(response.statusCode),
      correlationId: String(response.getHeader(correlationIdHeader) ?? ''),
      request: requestSummary(request),
      durationMs,
    };
    const write = this.audit.append(entry).catch((error: unknown) => {
      this.logger.error({ err: error, correlationId: entry.correlationId }, 'Could not write an audit entry');
    });

    this.pending.add(write);
    void write.finally(() => this.pending.delete(write));
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.pending]);
  }
}
