import type { DynamicModule, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Inject, Injectable, Module } from '@nestjs/common';

import {
  AgencyRepository,
  ImportRepository,
  IndicatorRepository,
  IndicatorsDatabase,
  OutboxRepository,
  PlanRepository,
  ProgressRepository,
} from '@bma-kpi/indicators-data-access';
import { createLoggerModule } from '@bma-kpi/logging';
import type { EventPublisher } from '@bma-kpi/messaging';
import {
  createRpcClsModule,
  InProcessEventPublisher,
  JetStreamEventPublisher,
  OutboxRelay,
} from '@bma-kpi/messaging';

import { IndicatorService } from './indicator.service';
import { IndicatorsController } from './indicators.controller';
import { INDICATORS_SERVICE_OPTIONS, type IndicatorsServiceOptions } from './indicators-service.options';
import { ProgressService } from './progress.service';
import { RecordImportService } from './record-import.service';
import { ReferenceService } from './reference.service';

const EVENT_PUBLISHER = Symbol('EVENT_PUBLISHER');

async function createPublisher(options: IndicatorsServiceOptions): Promise<EventPublisher> {
  const bus = options.eventBus;

  return bus.kind === 'jetstream'
    ? JetStreamEventPublisher.connect(bus)
    : new InProcessEventPublisher(bus.broker, bus.subjectPrefix);
}

/** Starts the outbox relay with the app and closes the relay, publisher and database with it. */
@Injectable()
class IndicatorsLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly relay: OutboxRelay,
    private readonly database: IndicatorsDatabase,
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

const repositoryProviders = [
  AgencyRepository,
  PlanRepository,
  IndicatorRepository,
  ProgressRepository,
  ImportRepository,
  OutboxRepository,
].map((repository) => ({
  provide: repository,
  useFactory: (database: IndicatorsDatabase) => new repository(database.prisma),
  inject: [IndicatorsDatabase],
}));

/** The indicators service: KPIs, progress, imports, agencies and the plan hierarchy. */
@Module({})
export class IndicatorsServiceModule {
  static register(options: IndicatorsServiceOptions): DynamicModule {
    return {
      module: IndicatorsServiceModule,
      imports: [createRpcClsModule(), createLoggerModule(options.logging)],
      controllers: [IndicatorsController],
      providers: [
        { provide: INDICATORS_SERVICE_OPTIONS, useValue: options },
        { provide: IndicatorsDatabase, useFactory: () => IndicatorsDatabase.open(options.databaseUrl) },
        ...repositoryProviders,
        { provide: EVENT_PUBLISHER, useFactory: () => createPublisher(options) },
        {
          provide: OutboxRelay,
          useFactory: (store: OutboxRepository, publisher: EventPublisher) =>
            new OutboxRelay(store, publisher, { pollIntervalMs: options.outboxPollIntervalMs, batchSize: 100 }),
          inject: [OutboxRepository, EVENT_PUBLISHER],
        },
        IndicatorsLifecycle,
        IndicatorService,
        ProgressService,
        RecordImportService,
        ReferenceService,
      ],
    };
  }
}
