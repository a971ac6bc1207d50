import { randomUUID } from 'node:crypto';

import type { DynamicModule } from '@nestjs/common';
import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { ClsModule, ClsService } from 'nestjs-cls';

import { correlationIdHeader } from '@bma-kpi/messaging';
import type { RequestContext } from '@bma-kpi/messaging';

const acceptedId = /^[A-Za-z0-9._:-]{8,100}$/;

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
        // The access guard replaces it with the authenticated principal.
        cls.set('actor', 'anonymous');
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
    return {
      correlationId: this.cls.get<string | undefined>('correlationId') ?? null,
      actor: this.cls.get<string | undefined>('actor') ?? 'anonymous',
    };
  }
}
