import { randomUUID } from 'node:crypto';

import type { DynamicModule } from '@nestjs/common';
import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { ClsModule, ClsService } from 'nestjs-cls';

import { correlationIdHeader } from '@bma-kpi/messaging';
import type { RequestContext } from '@bma-kpi/messaging';

const acceptedId = /^[A-Za-z0-9._:-]{8,100}$/;
// Names may hold inner spaces ("สมชาย ใจดี"), but not leading or trailing ones.
const acceptedActor = /^(?=.{1,100}$)[\p{L}\p{N}\p{M}._@:-]+(?: [\p{L}\p{N}\p{M}._@:-]+)*$/u;

/**
 * Reads the X-Actor header. Node reads header bytes as Latin-1, so a Thai name sent as raw UTF-8
 * arrives as mojibake. Such a value is decoded again when its bytes are valid UTF-8.
 */
export function actorOf(header: string | string[] | undefined): string {
  if (typeof header !== 'string') {
    return 'anonymous';
  }
  const bytes = Buffer.from(header, 'latin1');
  let decoded = header;

  if (/[\u0080-\u00ff]/.test(header)) {
    try {
      decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return 'anonymous';
    }
  }

  return acceptedActor.test(decoded) ? decoded : 'anonymous';
}

/**
 * Takes the caller's X-Correlation-Id when it is well-formed, or makes one, keeps it in nestjs-cls
 * and echoes it in the response, so every log line and error of the request can be found by it.
 */
export function createHttpClsModule(): DynamicModule {
  return ClsModule.forRoot({
    global: true,
    middleware: {
      mount: true,
      setup: (cls, req: Request, res: { setHeader(name: string, value: string): void }) => {
        const requested = req.headers[correlationIdHeader];
        const id = typeof requested === 'string' && acceptedId.test(requested) ? requested : randomUUID();

        cls.set('correlationId', id);
        cls.set('actor', actorOf(req.headers['x-actor']));
        res.setHeader(correlationIdHeader, id);
      },
    },
  });
}

/** Correlation id and actor of the current HTTP request, for calls to services. */
@Injectable()
export class RequestContextProvider {
  constructor(private readonly cls: ClsService) {}

  current(): RequestContext {
    // NOTE: there is no authentication yet, so the actor is whatever the X-Actor header claims.
    return {
      correlationId: this.cls.get<string | undefined>('correlationId') ?? null,
      actor: this.cls.get<string | undefined>('actor') ?? 'anonymous',
    };
  }
}
