import 'reflect-metadata';

import { ClientProxyFactory, Transport } from '@nestjs/microservices';

import { describeStartupError, loadConfig, splitList } from '@bma-kpi/config';
import { createEvaluationService, evaluationCalendarOf } from '@bma-kpi/evaluation-feature';
import { natsServiceTransport } from '@bma-kpi/messaging';

import { EvaluationServiceEnv } from './env.schema';

async function bootstrap(): Promise<void> {
  const env = loadConfig(EvaluationServiceEnv);
  const servers = splitList(env.NATS_SERVERS);
  const { strategy, eventBus } = natsServiceTransport({
    servers,
    subjectPrefix: env.NATS_SUBJECT_PREFIX,
    queue: 'evaluation',
    streamName: env.EVENTS_STREAM,
    duplicateWindowMs: env.EVENTS_DUPLICATE_WINDOW_MS,
    streamReplicas: env.EVENTS_STREAM_REPLICAS,
  });
  const app = await createEvaluationService(strategy, {
    databaseUrl: env.EVALUATION_DATABASE_URL,
    eventBus,
    outboxPollIntervalMs: env.OUTBOX_POLL_INTERVAL_MS,
    logging: { service: 'evaluation', level: env.LOG_LEVEL, pretty: env.LOG_PRETTY },
    indicators: {
      proxy: ClientProxyFactory.create({ transport: Transport.NATS, options: { servers, name: 'evaluation-indicators-client' } }),
      subjectPrefix: env.NATS_SUBJECT_PREFIX,
      timeoutMs: env.INDICATORS_REQUEST_TIMEOUT_MS,
    },
    calendar: evaluationCalendarOf(env),
  });

  app.enableShutdownHooks();
  await app.listen();
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`${describeStartupError(error)}\n`);
  process.exit(1);
});
