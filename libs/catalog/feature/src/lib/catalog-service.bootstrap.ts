import type { INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { CustomStrategy } from '@nestjs/microservices';
import { Logger } from 'nestjs-pino';

import { createContractValidationPipe, RpcErrorFilter } from '@bma-kpi/messaging';

import { CatalogServiceModule } from './catalog-service.module';
import type { CatalogServiceOptions } from './catalog-service.options';

/**
 * Creates the catalog service on a transport strategy (NATS or in-process) with the validation
 * pipe and error filter every service uses. The caller starts it with `listen()`.
 */
export async function createCatalogService(
  strategy: CustomStrategy['strategy'],
  options: CatalogServiceOptions,
): Promise<INestMicroservice> {
  const app = await NestFactory.createMicroservice(CatalogServiceModule.register(options), {
    strategy,
    bufferLogs: true,
  });

  app.useLogger(app.get(Logger));
  app.useGlobalPipes(createContractValidationPipe());
  app.useGlobalFilters(new RpcErrorFilter());

  return app;
}
