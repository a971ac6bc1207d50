import type { DynamicModule, MiddlewareConsumer, NestModule } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { MulterModule } from '@nestjs/platform-express';

import type { LoggingOptions } from '@bma-kpi/logging';
import { createLoggerModule } from '@bma-kpi/logging';
import { createContractValidationPipe } from '@bma-kpi/messaging';

import { CatalogClient } from './clients/catalog.client';
import { IndicatorsClient } from './clients/indicators.client';
import { CatalogController } from './controllers/catalog.controller';
import { HealthController } from './controllers/health.controller';
import { ImportsController } from './controllers/imports.controller';
import { IndicatorsController } from './controllers/indicators.controller';
import { ReferenceController } from './controllers/reference.controller';
import { GATEWAY_OPTIONS, type GatewayOptions } from './gateway.options';
import { BodyParserMiddleware } from './http/body-parser.middleware';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { createHttpClsModule, RequestContextProvider } from './http/request-context';

/** The HTTP API: validation, problem+json errors, correlation ids, and routes to the services. */
@Module({})
export class GatewayModule implements NestModule {
  static register(options: GatewayOptions, logging: LoggingOptions): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        createHttpClsModule(),
        createLoggerModule(logging),
        MulterModule.register({ limits: { fileSize: options.maxBodyBytes, files: 1 } }),
      ],
      controllers: [ImportsController, IndicatorsController, ReferenceController, CatalogController, HealthController],
      providers: [
        { provide: GATEWAY_OPTIONS, useValue: options },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useValue: createContractValidationPipe() },
        RequestContextProvider,
        IndicatorsClient,
        CatalogClient,
        BodyParserMiddleware,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(BodyParserMiddleware).forRoutes('*path');
  }
}
