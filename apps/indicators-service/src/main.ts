import 'reflect-metadata';

import { describeStartupError, loadConfig, splitList } from '@bma-kpi/config';
import { createIndicatorsService } from '@bma-kpi/indicators-feature';
import { SubjectPrefixedNatsServer } from '@bma-kpi/messaging';

import { IndicatorsServiceEnv } from './env.schema';

async function bootstrap(): Promise<void> {
  const env = loadConfig(IndicatorsServiceEnv);
  const servers = splitList(env.NATS_SERVERS);
  // The queue group makes N instances share requests, each handled once.
  const strategy = new SubjectPrefixedNatsServer({
    servers,
    queue: 'indicators',
    name: 'indicators-service',
    subjectPrefix: env.NATS_SUBJECT_PREFIX,
    gracefulShutdown: true,
    // Time for requests in flight to finish after unsubscribing, in milliseconds.
    gracePeriod: 2000,
  });
  const app = await createIndicatorsService(strategy, {
    databaseUrl: env.INDICATORS_DATABASE_URL,
    eventBus: {
      kind: 'jetstream',
      servers,
      streamName: env.EVENTS_STREAM,
      subjectPrefix: env.NATS_SUBJECT_PREFIX,
      duplicateWindowMs: env.EVENTS_DUPLICATE_WINDOW_MS,
    },
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
