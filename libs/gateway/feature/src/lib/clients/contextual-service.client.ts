import type { ClientProxy } from '@nestjs/microservices';

import type { MessageMap } from '@bma-kpi/messaging';
import { ServiceClient } from '@bma-kpi/messaging';

import type { GatewayOptions } from '../gateway.options';
import type { RequestContextProvider } from '../http/request-context';

/** Type-checked client of one service that sends the current HTTP request's correlation id and actor. */
export abstract class ContextualServiceClient<M extends MessageMap<M>> {
  private readonly client: ServiceClient<M>;

  protected constructor(
    service: string,
    proxy: ClientProxy,
    options: GatewayOptions,
    private readonly context: RequestContextProvider,
  ) {
    this.client = new ServiceClient<M>(proxy, {
      service,
      subjectPrefix: options.subjectPrefix,
      timeoutMs: options.requestTimeoutMs,
    });
  }

  request<K extends keyof M & string>(subject: K, payload: M[K]['request']): Promise<M[K]['response']> {
    return this.client.request(subject, payload, this.context.current());
  }
}
