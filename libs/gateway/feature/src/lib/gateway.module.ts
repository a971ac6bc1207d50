import type { DynamicModule, MiddlewareConsumer, NestModule, OnApplicationShutdown } from '@nestjs/common';
import { Inject, Injectable, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { MulterModule } from '@nestjs/platform-express';

import type { GatewayDatabase } from '@bma-kpi/gateway-data-access';
import type { LoggingOptions } from '@bma-kpi/logging';
import { createLoggerModule } from '@bma-kpi/logging';
import { createContractValidationPipe } from '@bma-kpi/messaging';

import { CatalogClient } from './clients/catalog.client';
import { EvaluationClient } from './clients/evaluation.client';
import { NotificationClient } from './clients/notification.client';
import { IndicatorsClient } from './clients/indicators.client';
import { ArtefactsController } from './controllers/artefacts.controller';
import { GovernanceAssessmentsController } from './controllers/governance-assessments.controller';
import { GovernanceQuestionnairesController } from './controllers/governance-questionnaires.controller';
import { CatalogController } from './controllers/catalog.controller';
import { CatalogTransferController } from './controllers/catalog-transfer.controller';
import { DatasetUpdateController } from './controllers/dataset-update.controller';
import { DictionaryXlsxController } from './controllers/dictionary-xlsx.controller';
import { DistrictCatalogController } from './controllers/district-catalog.controller';
import { EvaluationsController } from './controllers/evaluations.controller';
import { HealthController } from './controllers/health.controller';
import { IndicatorOverviewController } from './controllers/indicator-overview.controller';
import { ImportsController } from './controllers/imports.controller';
import { IndicatorsController } from './controllers/indicators.controller';
import { LinksController } from './controllers/links.controller';
import { ReferenceController } from './controllers/reference.controller';
import { PublicResourcesController, ResourcesController } from './controllers/resources.controller';
import { QualityController } from './controllers/quality.controller';
import { NotificationRemindersController } from './controllers/notification-reminders.controller';
import { NotificationsController } from './controllers/notifications.controller';
import { NotificationDeadLettersController } from './controllers/notification-dead-letters.controller';
import { NotificationDeliveriesController } from './controllers/notification-deliveries.controller';
import { NotificationRecipientsController } from './controllers/notification-recipients.controller';
import { NotificationWebhooksController } from './controllers/notification-webhooks.controller';
import { ScorecardController } from './controllers/scorecard.controller';
import { AdminController, WhoAmIController } from './auth/admin.controller';
import { IntegrationWebhooksController } from './integration/integration-webhooks.controller';
import { IntegrationController } from './integration/integration.controller';
import { AuditRecorder } from './auth/audit-recorder';
import { authProviders } from './auth/auth.providers';
import { GATEWAY_OPTIONS, type GatewayOptions } from './gateway.options';
import { BodyParserMiddleware } from './http/body-parser.middleware';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { JsonBodyPipe } from './http/json-body.pipe';
import { createHttpClsModule, RequestContextProvider } from './http/request-context';
import { operationsModuleParts } from './operations/operations.providers';
import { overviewCacheProviders } from './overview/overview-cache.providers';
import { RequestObservationMiddleware } from './operations/shutdown-state';

/** Closes the gateway's object store once the HTTP server has stopped. */
@Injectable()
class ObjectStoreLifecycle implements OnApplicationShutdown {
  constructor(@Inject(GATEWAY_OPTIONS) private readonly options: GatewayOptions) {}

  async onApplicationShutdown(): Promise<void> {
    await this.options.objectStore.close();
  }
}

/** The HTTP API: validation, problem+json errors, correlation ids, and routes to the services. */
@Module({})
export class GatewayModule implements NestModule {
  static register(options: GatewayOptions, logging: LoggingOptions, database: GatewayDatabase): DynamicModule {
    const operations = operationsModuleParts(options);

    return {
      module: GatewayModule,
      imports: [
        createHttpClsModule(),
        createLoggerModule(logging),
        MulterModule.register({ limits: { fileSize: options.maxBodyBytes, files: 1 } }),
        ...operations.imports,
      ],
      controllers: [ArtefactsController, GovernanceQuestionnairesController, GovernanceAssessmentsController, ImportsController, IndicatorsController, ReferenceController, CatalogController, CatalogTransferController, DatasetUpdateController, DictionaryXlsxController, LinksController, ResourcesController, PublicResourcesController, ScorecardController, DistrictCatalogController, EvaluationsController, NotificationsController, NotificationRemindersController, NotificationRecipientsController, NotificationWebhooksController, NotificationDeadLettersController, NotificationDeliveriesController, IndicatorOverviewController, HealthController, AdminController, WhoAmIController, QualityController, IntegrationController, IntegrationWebhooksController],
      providers: [
        { provide: GATEWAY_OPTIONS, useValue: options },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useValue: new JsonBodyPipe(createContractValidationPipe()) },
        RequestContextProvider,
        IndicatorsClient,
        CatalogClient,
        EvaluationClient,
        NotificationClient,
        BodyParserMiddleware,
        ObjectStoreLifecycle,
        ...operations.providers,
        ...overviewCacheProviders,
        ...authProviders(options, database),
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestObservationMiddleware, AuditRecorder).forRoutes('*path');
    // The catalog import takes files larger than MAX_BODY_BYTES and reads its body itself.
    consumer
      .apply(BodyParserMiddleware)
      .exclude({ path: 'v1/catalog/catalog/import', method: RequestMethod.POST })
      .forRoutes('*path');
  }
}
