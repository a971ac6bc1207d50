import { Inject, Injectable } from '@nestjs/common';

import type { EvaluationMessages } from '@bma-kpi/contracts-evaluation';

import { GATEWAY_OPTIONS, type GatewayOptions } from '../gateway.options';
import { RequestContextProvider } from '../http/request-context';
import { GatewayMetrics } from '../operations/gateway-metrics';
import { ContextualServiceClient } from './contextual-service.client';

/** Client of the evaluation service. */
@Injectable()
export class EvaluationClient extends ContextualServiceClient<EvaluationMessages> {
  constructor(@Inject(GATEWAY_OPTIONS) options: GatewayOptions, context: RequestContextProvider, metrics: GatewayMetrics) {
    super('evaluation', options.evaluationProxy, options, context, metrics);
  }
}
