import type { DynamicModule, OnApplicationShutdown } from '@nestjs/common';
import { Injectable, Module } from '@nestjs/common';

import { createLoggerModule } from '@bma-kpi/logging';
import { createRpcClsModule, outboxRelayProviders } from '@bma-kpi/messaging';
import {
  DeadLetterRepository,
  HolidayRepository,
  NotificationDatabase,
  NotificationRepository,
  OutboxRepository,
} from '@bma-kpi/notification-data-access';

import { HolidayService } from './holiday.service';
import { InboxService } from './inbox.service';
import { NotificationController } from './notification.controller';
import { NOTIFICATION_SERVICE_OPTIONS, type NotificationServiceOptions } from './notification-service.options';

/** Closes the database after the outbox relay has stopped (it stops in onModuleDestroy). */
@Injectable()
class NotificationDatabaseLifecycle implements OnApplicationShutdown {
  constructor(private readonly database: NotificationDatabase) {}

  async onApplicationShutdown(): Promise<void> {
    await this.database.close();
  }
}

const repositoryProviders = [DeadLetterRepository, HolidayRepository, NotificationRepository, OutboxRepository].map((repository) => ({
  provide: repository,
  useFactory: (database: NotificationDatabase) => new repository(database.prisma),
  inject: [NotificationDatabase],
}));

/** The notification service: holidays, the in-app inbox and, next, reminders and deliveries. */
@Module({})
export class NotificationServiceModule {
  static register(options: NotificationServiceOptions): DynamicModule {
    return {
      module: NotificationServiceModule,
      imports: [createRpcClsModule(), createLoggerModule(options.logging)],
      controllers: [NotificationController],
      providers: [
        { provide: NOTIFICATION_SERVICE_OPTIONS, useValue: options },
        { provide: NotificationDatabase, useFactory: () => NotificationDatabase.open(options.databaseUrl) },
        ...repositoryProviders,
        ...outboxRelayProviders(OutboxRepository, options.eventBus, options.outboxPollIntervalMs),
        NotificationDatabaseLifecycle,
        HolidayService,
        InboxService,
      ],
    };
  }
}
