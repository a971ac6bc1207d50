import type { INestMicroservice } from '@nestjs/common';
import type { CustomStrategy } from '@nestjs/microservices';

import { createServiceApp } from '@bma-kpi/messaging';

import { IndicatorsServiceModule } from './indicators-service.module';
import type { IndicatorsServiceOptions } from './indicators-service.options';

/** Creates the indicators service on a transport strategy (NATS or in-process); start it with `listen()`. */
export function createIndicatorsService(
  strategy: CustomStrategy['strategy'],
  options: IndicatorsServiceOptions,
): Promise<INestMicroservice> {
  return createServiceApp(IndicatorsServiceModule.register(options), strategy);
}
