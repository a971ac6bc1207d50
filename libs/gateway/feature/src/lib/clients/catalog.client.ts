import { Inject, Injectable } from '@nestjs/common';

import type { CatalogMessages } from '@bma-kpi/contracts-catalog';
import { ServiceClient } from '@bma-kpi/messaging';

import { GATEWAY_OPTIONS, type GatewayOptions } from '../gateway.options';
import { RequestContextProvider } from '../http/request-context';

/** Type-checked client of the catalog service, sending the current request's context. */
@Injectable()
export class CatalogClient {
  private readonly client: ServiceClient<CatalogMessages>;

  constructor(
    @Inject(GATEWAY_OPTIONS) options: GatewayOptions,
    private readonly context: RequestContextProvider,
  ) {
    this.client = new ServiceClient<CatalogMessages>(options.catalogProxy, {
      service: 'catalog',
      subjectPrefix: options.subjectPrefix,
      timeoutMs: options.requestTimeoutMs,
    });
  }

  request<K extends keyof CatalogMessages>(
    subject: K,
    payload: CatalogMessages[K]['request'],
  ): Promise<CatalogMessages[K]['response']> {
    return this.client.request(subject, payload, this.context.current());
  }
}
