import { Inject, Injectable } from '@nestjs/common';

import type { IndicatorsMessages } from '@bma-kpi/contracts-indicators';
import { ServiceClient } from '@bma-kpi/messaging';

import { GATEWAY_OPTIONS, type GatewayOptions } from '../gateway.options';
import { RequestContextProvider } from '../http/request-context';

/** Type-checked client of the indicators service, sending the current request's context. */
@Injectable()
export class IndicatorsClient {
  private readonly client: ServiceClient<IndicatorsMessages>;

  constructor(
    @Inject(GATEWAY_OPTIONS) options: GatewayOptions,
    private readonly context: RequestContextProvider,
  ) {
    this.client = new ServiceClient<IndicatorsMessages>(options.indicatorsProxy, {
      service: 'indicators',
      subjectPrefix: options.subjectPrefix,
      timeoutMs: options.requestTimeoutMs,
    });
  }

  request<K extends keyof IndicatorsMessages>(
    subject: K,
    payload: IndicatorsMessages[K]['request'],
  ): Promise<IndicatorsMessages[K]['response']> {
    return this.client.request(subject, payload, this.context.current());
  }
}
