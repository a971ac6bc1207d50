import 'reflect-metadata';

import { ClientProxyFactory, Transport } from '@nestjs/microservices';

import { describeStartupError, loadConfig, splitList } from '@bma-kpi/config';
import { natsServiceTransport } from '@bma-kpi/messaging';
import { createNotificationService, deliverySettingsOf, reminderSettingsOf, webhookSettingsOf } from '@bma-kpi/notification-feature';

import { NotificationServiceEnv } from './env.schema';

async function bootstrap(): Promise<void> {
  const env = loadConfig(NotificationServiceEnv);
  const servers = splitList(env.NATS_SERVERS);
  const { strategy, eventBus } = natsServiceTransport({
    servers,
    subjectPrefix: env.NATS_SUBJECT_PREFIX,
    queue: 'notification',
    streamName: env.EVENTS_STREAM,
    duplicateWindowMs: env.EVENTS_DUPLICATE_WINDOW_MS,
    streamReplicas: env.EVENTS_STREAM_REPLICAS,
  });
  const app = await createNotificationService(strategy, {
    databaseUrl: env.NOTIFICATION_DATABASE_URL,
    eventBus,
    outboxPollIntervalMs: env.OUTBOX_POLL_INTERVAL_MS,
    logging: { service: 'notification', level: env.LOG_LEVEL, pretty: env.LOG_PRETTY },
    indicators: {
      proxy: ClientProxyFactory.create({ transport: Transport.NATS, options: { servers, name: 'notification-indicators-client' } }),
      subjectPrefix: env.NATS_SUBJECT_PREFIX,
      timeoutMs: env.INDICATORS_REQUEST_TIMEOUT_MS,
    },
    evaluation: {
      proxy: ClientProxyFactory.create({ transport: Transport.NATS, options: { servers, name: 'notification-evaluation-client' } }),
      subjectPrefix: env.NATS_SUBJECT_PREFIX,
      timeoutMs: env.EVALUATION_REQUEST_TIMEOUT_MS,
    },
    reminders: reminderSettingsOf(env),
    delivery: deliverySettingsOf(env),
    webhooks: webhookSettingsOf(env),
    publicBaseUrl: env.PUBLIC_BASE_URL.replace(/\/+$/u, ''),
  });

  app.enableShutdownHooks();
  await app.listen();
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`${describeStartupError(error)}\n`);
  process.exit(1);
});
