import type { DynamicModule, OnApplicationShutdown } from '@nestjs/common';
import { Injectable, Module } from '@nestjs/common';

import { createLoggerModule } from '@bma-kpi/logging';
import { createEventConsumer, createRpcClsModule, DEFAULT_CONSUMER_SETTINGS, eventConsumerProviders, outboxRelayProviders } from '@bma-kpi/messaging';
import {
  DeadLetterRepository,
  HolidayRepository,
  JobLeaseRepository,
  NotificationDatabase,
  NotificationRepository,
  OutboxRepository,
  ReminderIssueRepository,
} from '@bma-kpi/notification-data-access';

import { AgencyDirectory } from './catalog/agency-directory';
import { CatalogNotices } from './catalog/catalog-notices';
import { deliveryControllers, deliveryProviders } from './delivery/delivery.providers';
import { NoticeDispatcher } from './dispatch/notice-dispatcher';
import { NOTIFICATION_EVENT_CONSUMER } from './event-consumer.token';
import { HolidayService } from './holiday.service';
import { InboxService } from './inbox.service';
import { IndicatorsClient } from './indicators.client';
import { NOTICE_EVENTS, NotificationReactions } from './notification-reactions';
import { NotificationController } from './notification.controller';
import { registryControllers, registryProviders } from './registry/registry.providers';
import { RemindersController, reminderProviders } from './reminders';
import { NOTIFICATION_SERVICE_OPTIONS, type NotificationServiceOptions } from './notification-service.options';

/**
 * Events one instance turns into notices at once. Each event is its own transaction and the inbox
 * order comes from creation times, so handling them out of stream order is harmless, and the
 * overlap hides the database round trips of each.
 */
const NOTICE_CONCURRENCY = 8;


/** Closes the database after the outbox relay has stopped (it stops in onModuleDestroy). */
@Injectable()
class NotificationDatabaseLifecycle implements OnApplicationShutdown {
  constructor(private readonly database: NotificationDatabase) {}

  async onApplicationShutdown(): Promise<void> {
    await this.database.close();
  }
}

const repositoryProviders = [
  DeadLetterRepository,
  HolidayRepository,
  JobLeaseRepository,
  NotificationRepository,
  OutboxRepository,
  ReminderIssueRepository,
].map((repository) => ({
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
      controllers: [NotificationController, ...registryControllers, RemindersController, ...deliveryControllers],
      providers: [
        { provide: NOTIFICATION_SERVICE_OPTIONS, useValue: options },
        { provide: NotificationDatabase, useFactory: () => NotificationDatabase.open(options.databaseUrl) },
        ...repositoryProviders,
        ...outboxRelayProviders(OutboxRepository, options.eventBus, options.outboxPollIntervalMs),
        ...eventConsumerProviders(NOTIFICATION_EVENT_CONSUMER, {
          useFactory: (reactions: NotificationReactions) =>
            createEventConsumer(options.eventBus, {
              durableName: 'notification',
              subjects: NOTICE_EVENTS,
              handler: (event) => reactions.handle(event),
              deadLetter: (letter) => reactions.deadLetter(letter),
              concurrency: NOTICE_CONCURRENCY,
              ...(options.consumer ?? DEFAULT_CONSUMER_SETTINGS),
            }),
          inject: [NotificationReactions],
        }),
        NotificationReactions,
        CatalogNotices,
        AgencyDirectory,
        NoticeDispatcher,
        ...deliveryProviders,
        IndicatorsClient,
        NotificationDatabaseLifecycle,
        HolidayService,
        InboxService,
        ...registryProviders,
        ...reminderProviders,
      ],
    };
  }
}
