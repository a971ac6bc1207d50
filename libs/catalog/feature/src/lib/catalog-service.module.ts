import type { DynamicModule, OnApplicationShutdown } from '@nestjs/common';
import { Injectable, Module } from '@nestjs/common';

import { CatalogDatabase, DatasetRepository, DictionaryRepository, OutboxRepository } from '@bma-kpi/catalog-data-access';
import { createLoggerModule } from '@bma-kpi/logging';
import { createRpcClsModule, outboxRelayProviders } from '@bma-kpi/messaging';

import { CatalogController } from './catalog.controller';
import { CATALOG_SERVICE_OPTIONS, type CatalogServiceOptions } from './catalog-service.options';
import { DatasetService } from './dataset.service';
import { DictionaryService } from './dictionary.service';

/** Closes the database after the outbox relay has stopped (it stops in onModuleDestroy). */
@Injectable()
class CatalogDatabaseLifecycle implements OnApplicationShutdown {
  constructor(private readonly database: CatalogDatabase) {}

  async onApplicationShutdown(): Promise<void> {
    await this.database.close();
  }
}

const repositoryProviders = [DatasetRepository, DictionaryRepository, OutboxRepository].map((repository) => ({
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
      controllers: [CatalogController],
      providers: [
        { provide: CATALOG_SERVICE_OPTIONS, useValue: options },
        { provide: CatalogDatabase, useFactory: () => CatalogDatabase.open(options.databaseUrl) },
        ...repositoryProviders,
        ...outboxRelayProviders(OutboxRepository, options.eventBus, options.outboxPollIntervalMs),
        CatalogDatabaseLifecycle,
        DatasetService,
        DictionaryService,
      ],
    };
  }
}
