import type { INestMicroservice } from '@nestjs/common';
import type { CustomStrategy } from '@nestjs/microservices';

import { createServiceApp } from '@bma-kpi/messaging';

import { EvaluationServiceModule } from './evaluation-service.module';
import type { EvaluationServiceOptions } from './evaluation-service.options';

/** Creates the evaluation service on a transport strategy (NATS or in-process); start it with `listen()`. */
export function createEvaluationService(
  strategy: CustomStrategy['strategy'],
  options: EvaluationServiceOptions,
): Promise<INestMicroservice> {
  return createServiceApp(EvaluationServiceModule.register(options), strategy);
}
