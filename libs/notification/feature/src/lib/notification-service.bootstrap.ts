import type { INestMicroservice } from '@nestjs/common';
import type { CustomStrategy } from '@nestjs/microservices';

import { createServiceApp } from '@bma-kpi/messaging';

import { NotificationServiceModule } from './notification-service.module';
import type { NotificationServiceOptions } from './notification-service.options';

/** Creates the notification service on a transport strategy (NATS or in-process); start it with `listen()`. */
export function createNotificationService(
  strategy: CustomStrategy['strategy'],
  options: NotificationServiceOptions,
): Promise<INestMicroservice> {
  return createServiceApp(NotificationServiceModule.register(options), strategy);
}
