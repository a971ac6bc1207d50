import type { DynamicModule, OnApplicationShutdown } from '@nestjs/common';
import { Inject, Injectable, Module } from '@nestjs/common';

import {
  ArtefactRepository,
  AssessmentRepository,
  CatalogDatabase,
  DatasetRepository,
  DictionaryRepository,
  DistrictItemRepository,
  DistrictSubmissionRepository,
  LinkRepository,
  OutboxRepository,
  QuestionnaireRepository,
  QualityJobRepository,
  QualityRepository,
  ResourceRepository,
  ScorecardRepository,
} from '@bma-kpi/catalog-data-access';
import { createLoggerModule } from '@bma-kpi/logging';
import { createRpcClsModule, outboxRelayProviders } from '@bma-kpi/messaging';

import { ArtefactController } from './artefact.controller';
import { ArtefactService } from './artefact.service';
import { AssessmentController } from './assessment.controller';
import { AssessmentService } from './assessment.service';
import { CatalogController } from './catalog.controller';
import { CatalogTransferController } from './catalog-transfer.controller';
import { CatalogTransferService } from './catalog-transfer.service';
import { CATALOG_SERVICE_OPTIONS, type CatalogServiceOptions } from './catalog-service.options';
import { DatasetService } from './dataset.service';
import { DatasetUpdateService } from './dataset-update.service';
import { DictionaryService } from './dictionary.service';
import { DictionaryXlsxService } from './dictionary-xlsx.service';
import { DistrictCatalogController } from './district-catalog.controller';
import { DistrictCatalogContext } from './district-catalog.settings';
import { DistrictItemService } from './district-item.service';
import { DistrictMatrixService } from './district-matrix.service';
import { DistrictSubmissionService } from './district-submission.service';
import { DistrictSweepScheduler } from './district-sweep.scheduler';
import { DistrictSweepService } from './district-sweep.service';
import { IndicatorsClient } from './indicators.client';
import { LinkController } from './link.controller';
import { LinkService } from './link.service';
import { QualityController } from './quality.controller';
import { QualityRunner } from './quality.runner';
import { QualityService } from './quality.service';
import { QualityWorker } from './quality.worker';
import { ResourceController } from './resource.controller';
import { QuestionnaireService } from './questionnaire.service';
import { ResourceService } from './resource.service';
import { ScorecardController } from './scorecard.controller';
import { ScorecardService } from './scorecard.service';

/** Closes the database after the outbox relay has stopped (it stops in onModuleDestroy). */
@Injectable()
class CatalogDatabaseLifecycle implements OnApplicationShutdown {
  constructor(private readonly database: CatalogDatabase) {}

  async onApplicationShutdown(): Promise<void> {
    await this.database.close();
  }
}

/** Closes the object store that the host gave the service, once the service has stopped. */
@Injectable()
class ObjectStoreLifecycle implements OnApplicationShutdown {
  constructor(@Inject(CATALOG_SERVICE_OPTIONS) private readonly options: CatalogServiceOptions) {}

  async onApplicationShutdown(): Promise<void> {
    await this.options.objectStore?.close();
  }
}

const repositoryProviders = [
  ArtefactRepository,
  AssessmentRepository,
  QuestionnaireRepository,
  DatasetRepository,
  DictionaryRepository,
  DistrictItemRepository,
  DistrictSubmissionRepository,
  LinkRepository,
  OutboxRepository,
  QualityJobRepository,
  QualityRepository,
  ResourceRepository,
  ScorecardRepository,
].map((repository) => ({
  provide: repository,
  useFactory: (database: CatalogDatabase) => new repository(database.prisma),
  inject: [CatalogDatabase],
}));

/** The catalog service: datasets with thai_gdc metadata, their data dictionaries, CKAN and DCAT exports. */
@Module({})
export class CatalogServiceModule {
  static register(options: CatalogServiceOptions): DynamicModule {
    return {
      module: CatalogServiceModule,
      imports: [createRpcClsModule(), createLoggerModule(options.logging)],
      controllers: [ArtefactController, AssessmentController, CatalogController, DistrictCatalogController, LinkController, CatalogTransferController, QualityController, ResourceController, ScorecardController],
      providers: [
        { provide: CATALOG_SERVICE_OPTIONS, useValue: options },
        { provide: CatalogDatabase, useFactory: () => CatalogDatabase.open(options.databaseUrl) },
        ...repositoryProviders,
        ...outboxRelayProviders(OutboxRepository, options.eventBus, options.outboxPollIntervalMs),
        CatalogDatabaseLifecycle,
        ObjectStoreLifecycle,
        ArtefactService,
        AssessmentService,
        QuestionnaireService,
        DatasetService,
        DictionaryService,
        DatasetUpdateService,
        CatalogTransferService,
        DictionaryXlsxService,
        IndicatorsClient,
        DistrictCatalogContext,
        DistrictItemService,
        DistrictSubmissionService,
        DistrictMatrixService,
        DistrictSweepService,
        DistrictSweepScheduler,
        LinkService,
        QualityRunner,
        QualityService,
        QualityWorker,
        ResourceService,
        ScorecardService,
      ],
    };
  }
}
