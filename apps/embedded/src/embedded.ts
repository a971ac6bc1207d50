import path from 'node:path';

import type { INestApplication, INestMicroservice } from '@nestjs/common';

import { createCatalogService, districtCatalogSettingsOf, qualitySettingsOf, type IndicatorsConnectionOptions } from '@bma-kpi/catalog-feature';
import { createEvaluationService, evaluationCalendarOf } from '@bma-kpi/evaluation-feature';
import { createGatewayApp, gatewayOperationsOf, jwtSettingsOf, publicBaseUrlOf } from '@bma-kpi/gateway-feature';
import { createIndicatorsService } from '@bma-kpi/indicators-feature';
import { createNotificationService, deliverySettingsOf, reminderSettingsOf, webhookSettingsOf } from '@bma-kpi/notification-feature';
import { InProcessBroker, InProcessChangeFeed, InProcessClient, InProcessServer } from '@bma-kpi/messaging';
import type { LoggingOptions } from '@bma-kpi/logging';
import { FilesystemObjectStore, type ObjectStore } from '@bma-kpi/object-store';

import type { EmbeddedEnv } from './env.schema';

/** The gateway and every service in one process, talking through an in-process broker. */
export interface EmbeddedSystem {
  gateway: INestApplication;
  services: INestMicroservice[];
  close(): Promise<void>;
}

function databaseUrl(dataDir: string, service: string): string {
  return dataDir === 'memory' ? 'pglite:memory' : `pglite:${path.join(dataDir, service)}`;
}

/**
 * Stores of the uploaded files in `<DATA_DIR>/objects`, one for the gateway and one for the catalog
 * service. With DATA_DIR=memory the folder is temporary, and closing the gateway's store deletes it.
 */
async function openObjectStores(dataDir: string): Promise<{ gateway: FilesystemObjectStore; catalog: FilesystemObjectStore }> {
  const gateway =
    dataDir === 'memory' ? await FilesystemObjectStore.openTemporary() : await FilesystemObjectStore.open(path.join(dataDir, 'objects'));

  return { gateway, catalog: await FilesystemObjectStore.open(gateway.root) };
}

/** Connects the catalog service to the indicators service through the in-process broker. */
function indicatorsConnection(broker: InProcessBroker, env: EmbeddedEnv): IndicatorsConnectionOptions {
  return { proxy: new InProcessClient(broker), subjectPrefix: '', timeoutMs: env.INDICATORS_REQUEST_TIMEOUT_MS };
}

/** Starts the evaluation service on the in-process broker, reading indicators through it. */
async function startEvaluation(broker: InProcessBroker, env: EmbeddedEnv, logging: LoggingOptions): Promise<INestMicroservice> {
  const evaluation = await createEvaluationService(new InProcessServer(broker), {
    databaseUrl: databaseUrl(env.DATA_DIR, 'evaluation'),
    eventBus: { kind: 'in-process', broker, subjectPrefix: '' },
    outboxPollIntervalMs: env.OUTBOX_POLL_INTERVAL_MS,
    logging,
    indicators: indicatorsConnection(broker, env),
    calendar: evaluationCalendarOf(env),
  });

  await evaluation.listen();

  return evaluation;
}

/** Starts the notification service on the in-process broker. */
async function startNotification(broker: InProcessBroker, env: EmbeddedEnv, logging: LoggingOptions): Promise<INestMicroservice> {
  const notification = await createNotificationService(new InProcessServer(broker), {
    databaseUrl: databaseUrl(env.DATA_DIR, 'notification'),
    eventBus: { kind: 'in-process', broker, subjectPrefix: '' },
    outboxPollIntervalMs: env.OUTBOX_POLL_INTERVAL_MS,
    logging,
    indicators: indicatorsConnection(broker, env),
    // In one process the evaluation service responds as fast as the indicators service does.
    evaluation: indicatorsConnection(broker, env),
    publicBaseUrl: publicBaseUrlOf(env),
    reminders: reminderSettingsOf(env),
    delivery: deliverySettingsOf(env),
    webhooks: webhookSettingsOf(env),
  });

  await notification.listen();

  return notification;
}

/** Starts the gateway on the in-process broker and returns it once it listens. */
async function startGateway(broker: InProcessBroker, env: EmbeddedEnv, logging: LoggingOptions, objectStore: ObjectStore, jwtSecret: string): Promise<INestApplication> {
  const gateway = await createGatewayApp(
    {
      indicatorsProxy: new InProcessClient(broker),
      catalogProxy: new InProcessClient(broker),
      evaluationProxy: new InProcessClient(broker),
      notificationProxy: new InProcessClient(broker),
      subjectPrefix: '',
      changeFeed: new InProcessChangeFeed(broker),
      requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
      maxBodyBytes: env.MAX_BODY_BYTES,
      objectStore,
      maxUploadBytes: env.MAX_UPLOAD_BYTES,
      publicBaseUrl: publicBaseUrlOf(env),
      progressEntryCheck: env.PROGRESS_ENTRY_CHECK,
      operations: gatewayOperationsOf(env),
      databaseUrl: databaseUrl(env.DATA_DIR, 'gateway'),
      jwt: jwtSettingsOf(env, jwtSecret),
      idempotencyRetentionHours: env.IDEMPOTENCY_RETENTION_HOURS,
    },
    logging,
  );

  await gateway.listen(env.PORT, env.HOST);

  return gateway;
}

/** Starts the embedded system and returns it once the gateway listens. */
export async function startEmbedded(env: EmbeddedEnv, jwtSecret: string): Promise<EmbeddedSystem> {
  const broker = new InProcessBroker();
  // nestjs-pino keeps one root logger per process, so every app here logs as `embedded`.
  const logging = { service: 'embedded', level: env.LOG_LEVEL, pretty: env.LOG_PRETTY };
  const objectStores = await openObjectStores(env.DATA_DIR);
  // The in-process broker keeps no backlog, so the services that consume events start before the
  // ones whose outbox relays publish the events left over from the last run.
  const notification = await startNotification(broker, env, logging);
  const evaluation = await startEvaluation(broker, env, logging);
  const indicators = await createIndicatorsService(new InProcessServer(broker), {
    databaseUrl: databaseUrl(env.DATA_DIR, 'indicators'),
    eventBus: { kind: 'in-process', broker, subjectPrefix: '' },
    outboxPollIntervalMs: env.OUTBOX_POLL_INTERVAL_MS,
    logging,
  });

  await indicators.listen();
  const catalog = await createCatalogService(new InProcessServer(broker), {
    databaseUrl: databaseUrl(env.DATA_DIR, 'catalog'),
    eventBus: { kind: 'in-process', broker, subjectPrefix: '' },
    outboxPollIntervalMs: env.OUTBOX_POLL_INTERVAL_MS,
    logging,
    indicators: indicatorsConnection(broker, env),
    objectStore: objectStores.catalog,
    districtCatalog: districtCatalogSettingsOf(env),
    quality: qualitySettingsOf(env),
  });

  await catalog.listen();
  const gateway = await startGateway(broker, env, logging, objectStores.gateway, jwtSecret);

  return {
    gateway,
    services: [indicators, catalog, evaluation, notification],
    close: async () => {
      await gateway.close();
      await indicators.close();
      await catalog.close();
      await evaluation.close();
      await notification.close();
    },
  };
}
