import { Inject, Injectable } from '@nestjs/common';

import type { CatalogMessages } from '@bma-kpi/contracts-catalog';

import { GATEWAY_OPTIONS, type GatewayOptions } from '../gateway.options';
import { RequestContextProvider } from '../http/request-context';
import { GatewayMetrics } from '../operations/gateway-metrics';
import { ContextualServiceClient } from './contextual-service.client';

/** Client of the catalog service. */
@Injectable()
export class CatalogClient extends ContextualServiceClient<CatalogMessages> {
  constructor(@Inject(GATEWAY_OPTIONS) options: GatewayOptions, context: RequestContextProvider, metrics: GatewayMetrics) {
    super('catalog', options.catalogProxy, options, context, metrics);
  }
}
