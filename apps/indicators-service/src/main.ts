import 'reflect-metadata';

import { describeStartupError, loadConfig, splitList } from '@bma-kpi/config';
import { createIndicatorsService } from '@bma-kpi/indicators-feature';
import { natsServiceTransport } from '@bma-kpi/messaging';

import { IndicatorsServiceEnv } from './env.schema';

async function bootstrap(): Promise<void> {
  const env = loadConfig(IndicatorsServiceEnv);
  const { strategy, eventBus } = natsServiceTransport({
    servers: splitList(env.NATS_SERVERS),
    subjectPrefix: env.NATS_SUBJECT_PREFIX,
    queue: 'indicators',
    streamName: env.EVENTS_STREAM,
    duplicateWindowMs: env.EVENTS_DUPLICATE_WINDOW_MS,
    streamReplicas: env.EVENTS_STREAM_REPLICAS,
  });
  const app = await createIndicatorsService(strategy, {
    databaseUrl: env.INDICATORS_DATABASE_URL,
    eventBus,
    outboxPollIntervalMs: env.OUTBOX_POLL_INTERVAL_MS,
    logging: { service: 'indicators', level: env.LOG_LEVEL, pretty: env.LOG_PRETTY },
  });

  app.enableShutdownHooks();
  await app.listen();
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`${describeStartupError(error)}\n`);
  process.exit(1);
});
