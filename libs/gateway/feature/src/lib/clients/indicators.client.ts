import { Inject, Injectable } from '@nestjs/common';

import type { IndicatorsMessages } from '@bma-kpi/contracts-indicators';

import { GATEWAY_OPTIONS, type GatewayOptions } from '../gateway.options';
import { RequestContextProvider } from '../http/request-context';
import { GatewayMetrics } from '../operations/gateway-metrics';
import { ContextualServiceClient } from './contextual-service.client';

/** Client of the indicators service. */
@Injectable()
export class IndicatorsClient extends ContextualServiceClient<IndicatorsMessages> {
  constructor(@Inject(GATEWAY_OPTIONS) options: GatewayOptions, context: RequestContextProvider, metrics: GatewayMetrics) {
    super('indicators', options.indicatorsProxy, options, context, metrics);
  }
}
