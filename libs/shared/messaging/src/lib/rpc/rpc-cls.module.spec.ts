import type { ExecutionContext } from '@nestjs/common';
import { ClsServiceManager } from 'nestjs-cls';
import { defer, firstValueFrom } from 'rxjs';

import { RpcClsInterceptor } from './rpc-cls.module';

function rpcContext(correlationId: string): ExecutionContext {
  const headers = new Map([['x-correlation-id', correlationId]]);

  return {
    getType: () => 'rpc',
    switchToRpc: () => ({ getContext: () => ({ getHeaders: () => headers }), getData: () => ({}) }),
  } as unknown as ExecutionContext;
}

describe('RpcClsInterceptor', () => {
  const cls = ClsServiceManager.getClsService();
  const interceptor = new RpcClsInterceptor(cls);
  // The handler reads the id after a timer, as an async handler does after an await.
  const readAfterDelay = {
    handle: () =>
      defer(async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));

        return cls.get<string>('correlationId');
      }),
  };

  it('gives the handler the caller\'s correlation id', async () => {
    await expect(firstValueFrom(interceptor.intercept(rpcContext('corr-1'), readAfterDelay))).resolves.toBe('corr-1');
  });

  it('keeps concurrent requests apart', async () => {
    const results = await Promise.all(['a', 'b', 'c'].map((id) => firstValueFrom(interceptor.intercept(rpcContext(id), readAfterDelay))));

    expect(results).toEqual(['a', 'b', 'c']);
  });

  it('leaves nothing behind outside the handler', async () => {
    await firstValueFrom(interceptor.intercept(rpcContext('corr-2'), readAfterDelay));

    expect(cls.isActive()).toBe(false);
  });
});
