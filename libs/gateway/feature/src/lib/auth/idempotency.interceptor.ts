import { createHash } from 'node:crypto';

import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { from, lastValueFrom, type Observable } from 'rxjs';

import { DomainException, type ErrorBody } from '@bma-kpi/errors';
import type { IdempotencyRepository } from '@bma-kpi/gateway-data-access';

import { GATEWAY_OPTIONS, type GatewayOptions } from '../gateway.options';
import { GatewayErrorCode, httpStatusOf, isKnownErrorCode } from '../http/gateway-error-codes';
import { requestAccessOf } from './access.guard';
import { IDEMPOTENCY_REPOSITORY } from './auth.tokens';

const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Keys are opaque to the gateway; visible ASCII keeps them safe in logs and headers. */
const keyPattern = /^[\x21-\x7e]{1,255}$/u;
/** A claim without a result for this long belongs to a request whose gateway died, so a retry may run. */
const staleClaimMs = 5 * 60_000;

/** Stored form of the first response: its body, or the error that a replay raises again. */
type StoredResponse = { body: unknown } | { error: ErrorBody };

/** SHA-256 of what makes two requests the same write: method, path with query, and body. */
export function requestHashOf(request: Request): string {
  const body: unknown = request.body;
  const bodyText = Buffer.isBuffer(body) ? body.toString('base64') : JSON.stringify(body ?? null);
  // A streamed upload has no parsed body here, so its type and length stand for it.
  const upload = `${request.headers['content-type'] ?? ''};${request.headers['content-length'] ?? ''}`;

  return createHash('sha256').update(`${request.method} ${request.originalUrl}\n${upload}\n${bodyText}`).digest('hex');
}

function invalidKey(): DomainException {
  return new DomainException(
    GatewayErrorCode.invalidIdempotencyKey,
    'The Idempotency-Key header must be 1 to 255 visible ASCII characters, such as a UUID.',
    'ส่วนหัว Idempotency-Key ต้องเป็นอักขระ ASCII ที่มองเห็นได้ 1–255 ตัว เช่น UUID',
    { errors: [{ field: 'Idempotency-Key', rule: 'matches', messageTh: 'ต้องเป็นอักขระ ASCII 1–255 ตัว', messageEn: 'must be 1–255 visible ASCII characters' }] },
  );
}

/**
 * Makes writes sent with an Idempotency-Key safe to retry. The first request runs, and a replay from
 * the same caller gets the first result again, marked `Idempotent-Replayed: true`. The same key with a
 * different request is a 409, and so is a replay while the first request is still running.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    @Inject(IDEMPOTENCY_REPOSITORY) private readonly keys: IdempotencyRepository,
    @Inject(GATEWAY_OPTIONS) private readonly options: GatewayOptions,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const key = request.headers['idempotency-key'];

    if (context.getType() !== 'http' || !writeMethods.has(request.method) || key === undefined) {
      return next.handle();
    }

    return from(this.run(request, context.switchToHttp().getResponse<Response>(), String(key), next));
  }

  private async run(request: Request, response: Response, key: string, next: CallHandler): Promise<unknown> {
    if (!keyPattern.test(key)) {
      throw invalidKey();
    }
    const access = requestAccessOf(request);
    const now = new Date();

    await this.forgetOldKeys(now);
    const start = await this.keys.begin(
      { owner: access?.principal.id ?? 'anonymous', key, method: request.method, route: access?.route ?? request.path, requestHash: requestHashOf(request) },
      now,
      staleClaimMs,
    );

    switch (start.kind) {
      case 'replay':
        return this.replay(response, start.status, start.response as StoredResponse | null);
      case 'conflict':
        throw new DomainException(
          GatewayErrorCode.idempotencyConflict,
          'This Idempotency-Key was already used with a different request; use a new key for a new write.',
          'ใช้ Idempotency-Key นี้กับคำขออื่นไปแล้ว โปรดใช้คีย์ใหม่สำหรับการเขียนข้อมูลครั้งใหม่',
        );
      case 'running':
        response.setHeader('Retry-After', '1');
        throw new DomainException(
          GatewayErrorCode.idempotencyInProgress,
          'The first request with this Idempotency-Key is still running; retry shortly.',
          'คำขอแรกที่ใช้ Idempotency-Key นี้ยังทำงานอยู่ โปรดลองใหม่ในอีกสักครู่',
        );
      case 'run':
        return this.runFirst(start.id, response, next);
    }
  }

  /** Runs the first request. A 4xx describes the request, so replays repeat it; after a 5xx the key is freed for a retry. */
  private async runFirst(id: string, response: Response, next: CallHandler): Promise<unknown> {
    try {
      const value: unknown = await lastValueFrom(next.handle() as Observable<unknown>, { defaultValue: undefined });

      await this.keys.complete(id, response.statusCode, { body: value ?? null }, new Date());

      return value;
    } catch (error) {
      const status = error instanceof DomainException && isKnownErrorCode(error.code) ? httpStatusOf(error.code) : 500;

      if (error instanceof DomainException && status < 500) {
        await this.keys.complete(id, status, { error: error.toBody(null) }, new Date());
      } else {
        await this.keys.release(id);
      }
      throw error;
    }
  }

  private replay(response: Response, status: number, stored: StoredResponse | null): unknown {
    response.setHeader('Idempotent-Replayed', 'true');
    if (stored !== null && 'error' in stored) {
      throw DomainException.fromBody(stored.error);
    }
    response.status(status);

    return stored?.body ?? undefined;
  }

  /** Time of this instance's last purge, in epoch milliseconds. */
  private lastPurge = 0;

  /** Deletes keys older than the retention, at most once a minute per gateway instance. */
  private async forgetOldKeys(now: Date): Promise<void> {
    if (now.getTime() - this.lastPurge < 60_000) {
      return;
    }
    this.lastPurge = now.getTime();
    await this.keys.purgeBefore(new Date(now.getTime() - this.options.idempotencyRetentionHours * 3_600_000));
  }
}
