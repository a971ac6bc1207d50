import type { DynamicModule, INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { CustomStrategy } from '@nestjs/microservices';
import { Logger } from 'nestjs-pino';

import { RpcErrorFilter } from './rpc-error.filter';
import { createContractValidationPipe } from './rpc-validation.pipe';

/**
 * Creates a service's NestJS microservice on a transport strategy (NATS or in-process) with the
 * logger, validation pipe and error filter every service uses. The caller starts it with `listen()`.
 */
export async function createServiceApp(
  module: DynamicModule,
  strategy: CustomStrategy['strategy'],
): Promise<INestMicroservice> {
  const app = await NestFactory.createMicroservice(module, { strategy, bufferLogs: true });

  app.useLogger(app.get(Logger));
  app.useGlobalPipes(createContractValidationPipe());
  app.useGlobalFilters(new RpcErrorFilter());

  return app;
}
