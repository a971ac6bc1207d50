import 'reflect-metadata';

import { ClientProxyFactory, Transport } from '@nestjs/microservices';

import { describeStartupError, loadConfig, splitList } from '@bma-kpi/config';
import { createCatalogService, districtCatalogSettingsOf, qualitySettingsOf } from '@bma-kpi/catalog-feature';
import { natsServiceTransport } from '@bma-kpi/messaging';
import { objectStoreConfigOf, openObjectStore } from '@bma-kpi/object-store';

import { CatalogServiceEnv } from './env.schema';

async function bootstrap(): Promise<void> {
  const env = loadConfig(CatalogServiceEnv);
  const { strategy, eventBus } = natsServiceTransport({
    servers: splitList(env.NATS_SERVERS),
    subjectPrefix: env.NATS_SUBJECT_PREFIX,
    queue: 'catalog',
    streamName: env.EVENTS_STREAM,
    duplicateWindowMs: env.EVENTS_DUPLICATE_WINDOW_MS,
    streamReplicas: env.EVENTS_STREAM_REPLICAS,
  });
  const app = await createCatalogService(strategy, {
    databaseUrl: env.CATALOG_DATABASE_URL,
    eventBus,
    outboxPollIntervalMs: env.OUTBOX_POLL_INTERVAL_MS,
    logging: { service: 'catalog', level: env.LOG_LEVEL, pretty: env.LOG_PRETTY },
    objectStore: await openObjectStore(objectStoreConfigOf(env, splitList(env.NATS_SERVERS), 'catalog-objects')),
    districtCatalog: districtCatalogSettingsOf(env),
    quality: qualitySettingsOf(env),
    indicators: {
      proxy: ClientProxyFactory.create({
        transport: Transport.NATS,
        options: { servers: splitList(env.NATS_SERVERS), name: 'catalog-indicators-client' },
      }),
      subjectPrefix: env.NATS_SUBJECT_PREFIX,
      timeoutMs: env.INDICATORS_REQUEST_TIMEOUT_MS,
    },
  });

  app.enableShutdownHooks();
  await app.listen();
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`${describeStartupError(error)}\n`);
  process.exit(1);
});
