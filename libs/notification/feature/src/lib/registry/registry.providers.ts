import type { Provider } from '@nestjs/common';

import {
  DeadLetterEventRepository,
  NotificationDatabase,
  RecipientRepository,
  SubscriptionRepository,
  WebhookEndpointRepository,
} from '@bma-kpi/notification-data-access';

import { DeadLetterController } from '../dead-letters/dead-letter.controller';
import { DeadLetterService } from '../dead-letters/dead-letter.service';
import { WebhookSender } from '../delivery/webhook.sender';
import { NOTIFICATION_SERVICE_OPTIONS, type NotificationServiceOptions } from '../notification-service.options';
import { RecipientService } from './recipient.service';
import { RegistryController } from './registry.controller';
import { SubscriptionService } from './subscription.service';
import { WebhookService } from './webhook.service';

/** Request handlers of recipients, preferences, subscriptions, webhook endpoints and dead letters. */
export const registryControllers = [RegistryController, DeadLetterController];

const repositories = [RecipientRepository, SubscriptionRepository, WebhookEndpointRepository, DeadLetterEventRepository].map((repository) => ({
  provide: repository,
  useFactory: (database: NotificationDatabase) => new repository(database.prisma),
  inject: [NotificationDatabase],
}));

/** Repositories and services behind registryControllers. */
export const registryProviders: Provider[] = [
  ...repositories,
  // WebhookSender's second parameter is a host name resolver for tests, which Nest cannot inject, hence the factory.
  {
    provide: WebhookSender,
    useFactory: (options: NotificationServiceOptions) => new WebhookSender(options),
    inject: [NOTIFICATION_SERVICE_OPTIONS],
  },
  RecipientService,
  SubscriptionService,
  WebhookService,
  DeadLetterService,
];
