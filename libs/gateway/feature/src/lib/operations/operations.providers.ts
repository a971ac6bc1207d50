import type { DynamicModule, Provider } from '@nestjs/common';

import type { GatewayOptions } from '../gateway.options';
import { GatewayMetrics } from './gateway-metrics';
import { rateLimitImports } from './rate-limit';
import { ReadinessService } from './readiness.service';
import { GatewayShutdown, RequestObservationMiddleware, ShutdownState } from './shutdown-state';

/** Imports and providers of the operational parts of the gateway: metrics, readiness, rate limits and shutdown. */
export function operationsModuleParts(options: GatewayOptions): { imports: DynamicModule[]; providers: Provider[] } {
  const rateLimits = rateLimitImports(options.operations.rateLimits);

  return {
    imports: rateLimits.imports,
    providers: [...rateLimits.providers, GatewayMetrics, ReadinessService, ShutdownState, GatewayShutdown, RequestObservationMiddleware],
  };
}
