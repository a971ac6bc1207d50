import type { DynamicModule, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Inject, Injectable, Module } from '@nestjs/common';

import { CatalogDatabase, DatasetRepository, DictionaryRepository, OutboxRepository } from '@bma-kpi/catalog-data-access';
import { createLoggerModule } from '@bma-kpi/logging';
import type { EventPublisher } from '@bma-kpi/messaging';
import {
  createRpcClsModule,
  InProcessEventPublisher,
  JetStreamEventPublisher,
  OutboxRelay,
} from '@bma-kpi/messaging';

import { CatalogController } from './catalog.controller';
import { CATALOG_SERVICE_OPTIONS, type CatalogServiceOptions } from './catalog-service.options';
import { DatasetService } from './dataset.service';
import { DictionaryService } from './dictionary.service';

const EVENT_PUBLISHER = Symbol('EVENT_PUBLISHER');

async function createPublisher(options: CatalogServiceOptions): Promise<EventPublisher> {
  const bus = options.eventBus;

  return bus.kind === 'jetstream'
    ? JetStreamEventPublisher.connect(bus)
    : new InProcessEventPublisher(bus.broker, bus.subjectPrefix);
}

/** Starts the outbox relay with the app and closes the relay, publisher and database with it. */
@Injectable()
class CatalogLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly relay: OutboxRelay,
    private readonly database: CatalogDatabase,
    @Inject(EVENT_PUBLISHER) private readonly publisher: EventPublisher,
  ) {}

  onApplicationBootstrap(): void {
    this.relay.start();
    this.relay.kick();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay.stop();
    await this.publisher.close();
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
        { provide: EVENT_PUBLISHER, useFactory: () => createPublisher(options) },
        {
          provide: OutboxRelay,
          useFactory: (store: OutboxRepository, publisher: EventPublisher) =>
            new OutboxRelay(store, publisher, { pollIntervalMs: options.outboxPollIntervalMs, batchSize: 100 }),
          inject: [OutboxRepository, EVENT_PUBLISHER],
        },
        CatalogLifecycle,
        DatasetService,
        DictionaryService,
      ],
    };
  }
}
