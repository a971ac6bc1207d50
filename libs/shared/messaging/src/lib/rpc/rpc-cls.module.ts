import type { DynamicModule } from '@nestjs/common';
import { ClsModule } from 'nestjs-cls';

import { correlationIdHeader, readHeader } from './correlation';

/**
 * Keeps the caller's correlation id in nestjs-cls for the length of each message handler, so log
 * lines and error bodies carry it without passing it around.
 */
export function createRpcClsModule(): DynamicModule {
  return ClsModule.forRoot({
    global: true,
    interceptor: {
      mount: true,
      setup: (cls, context) => {
        if (context.getType() === 'rpc') {
          cls.set('correlationId', readHeader(context.switchToRpc().getContext(), correlationIdHeader));
        }
      },
    },
  });
}
