import type { CallHandler, DynamicModule, ExecutionContext, NestInterceptor } from '@nestjs/common';
import { Injectable } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ClsModule, ClsService } from 'nestjs-cls';
import { Observable } from 'rxjs';

import { correlationIdHeader, readHeader } from './correlation';

/**
 * Opens a CLS context around each message handler with the caller's correlation id. nestjs-cls's
 * own interceptor runs plugin hooks through a process-wide singleton that the next Nest app
 * replaces while it starts, so in the embedded mode a request served while another service was
 * still starting crashed the process. This interceptor uses no plugin hooks.
 */
@Injectable()
export class RpcClsInterceptor implements NestInterceptor {
  constructor(private readonly cls: ClsService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return new Observable((subscriber) =>
      this.cls.run(() => {
        if (context.getType() === 'rpc') {
          this.cls.set('correlationId', readHeader(context.switchToRpc().getContext(), correlationIdHeader));
        }

        return next.handle().subscribe(subscriber);
      }),
    );
  }
}

/**
 * Keeps the caller's correlation id in nestjs-cls for the length of each message handler, so log
 * lines and error bodies carry it without passing it around.
 */
export function createRpcClsModule(): DynamicModule {
  const module = ClsModule.forRoot({ global: true });

  return { ...module, providers: [...(module.providers ?? []), { provide: APP_INTERCEPTOR, useClass: RpcClsInterceptor }] };
}
