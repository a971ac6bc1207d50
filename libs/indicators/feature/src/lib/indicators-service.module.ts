import type { DynamicModule, OnApplicationShutdown } from '@nestjs/common';
import { Injectable, Module } from '@nestjs/common';

import {
  AgencyRepository,
  ImportRepository,
  IndicatorRepository,
  IndicatorsDatabase,
  OutboxRepository,
  PlanRepository,
  ProgressExportRepository,
  ProgressRepository,
} from '@bma-kpi/indicators-data-access';
import { createLoggerModule } from '@bma-kpi/logging';
import { createRpcClsModule, outboxRelayProviders } from '@bma-kpi/messaging';

import { IndicatorService } from './indicator.service';
import { IndicatorsController } from './indicators.controller';
import { INDICATORS_SERVICE_OPTIONS, type IndicatorsServiceOptions } from './indicators-service.options';
import { ProgressExportController } from './progress-export.controller';
import { ProgressExportService } from './progress-export.service';
import { ProgressService } from './progress.service';
import { RecordImportService } from './record-import.service';
import { ReferenceService } from './reference.service';

/** Closes the database after the outbox relay has stopped (it stops in onModuleDestroy). */
@Injectable()
class IndicatorsDatabaseLifecycle implements OnApplicationShutdown {
  constructor(private readonly database: IndicatorsDatabase) {}

  async onApplicationShutdown(): Promise<void> {
    await this.database.close();
  }
}

const repositoryProviders = [
  AgencyRepository,
  PlanRepository,
  IndicatorRepository,
  ProgressRepository,
  ProgressExportRepository,
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
      controllers: [IndicatorsController, ProgressExportController],
      providers: [
        { provide: INDICATORS_SERVICE_OPTIONS, useValue: options },
        { provide: IndicatorsDatabase, useFactory: () => IndicatorsDatabase.open(options.databaseUrl) },
        ...repositoryProviders,
        ...outboxRelayProviders(OutboxRepository, options.eventBus, options.outboxPollIntervalMs),
        IndicatorsDatabaseLifecycle,
        IndicatorService,
        ProgressService,
        ProgressExportService,
        RecordImportService,
        ReferenceService,
      ],
    };
  }
}
