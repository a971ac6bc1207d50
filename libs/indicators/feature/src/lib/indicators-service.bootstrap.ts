import type { INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { CustomStrategy } from '@nestjs/microservices';
import { Logger } from 'nestjs-pino';

import { createContractValidationPipe, RpcErrorFilter } from '@bma-kpi/messaging';

import { IndicatorsServiceModule } from './indicators-service.module';
import type { IndicatorsServiceOptions } from './indicators-service.options';

/**
 * Creates the indicators service on a transport strategy (NATS or in-process) with the validation
 * pipe and error filter every service uses. The caller starts it with `listen()`.
 */
export async function createIndicatorsService(
  strategy: CustomStrategy['strategy'],
  options: IndicatorsServiceOptions,
): Promise<INestMicroservice> {
  const app = await NestFactory.createMicroservice(IndicatorsServiceModule.register(options), {
    strategy,
    bufferLogs: true,
  });

  app.useLogger(app.get(Logger));
  app.useGlobalPipes(createContractValidationPipe());
  app.useGlobalFilters(new RpcErrorFilter());

  return app;
}
