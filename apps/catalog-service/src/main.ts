import 'reflect-metadata';

import { describeStartupError, loadConfig, splitList } from '@bma-kpi/config';
import { createCatalogService } from '@bma-kpi/catalog-feature';
import { SubjectPrefixedNatsServer } from '@bma-kpi/messaging';

import { CatalogServiceEnv } from './env.schema';

async function bootstrap(): Promise<void> {
  const env = loadConfig(CatalogServiceEnv);
  const servers = splitList(env.NATS_SERVERS);
  // The queue group makes N instances share requests, each handled once.
  const strategy = new SubjectPrefixedNatsServer({
    servers,
    queue: 'catalog',
    name: 'catalog-service',
    subjectPrefix: env.NATS_SUBJECT_PREFIX,
    gracefulShutdown: true,
    // Time for requests in flight to finish after unsubscribing, in milliseconds.
    gracePeriod: 2000,
  });
  const app = await createCatalogService(strategy, {
    databaseUrl: env.CATALOG_DATABASE_URL,
    eventBus: {
      kind: 'jetstream',
      servers,
      streamName: env.EVENTS_STREAM,
      subjectPrefix: env.NATS_SUBJECT_PREFIX,
      duplicateWindowMs: env.EVENTS_DUPLICATE_WINDOW_MS,
    },
    outboxPollIntervalMs: env.OUTBOX_POLL_INTERVAL_MS,
    logging: { service: 'catalog', level: env.LOG_LEVEL, pretty: env.LOG_PRETTY },
  });

  app.enableShutdownHooks();
  await app.listen();
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`${describeStartupError(error)}\n`);
  process.exit(1);
});
