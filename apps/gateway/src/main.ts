import 'reflect-metadata';

import { connect } from '@nats-io/transport-node';
import { ClientProxyFactory, Transport } from '@nestjs/microservices';

import { describeStartupError, loadConfig, splitList } from '@bma-kpi/config';
import { NatsChangeFeed } from '@bma-kpi/messaging';
import { assertBodyLimitFitsNats, createGatewayApp, gatewayOperationsOf, jwtSettingsOf, publicBaseUrlOf } from '@bma-kpi/gateway-feature';
import { objectStoreConfigOf, openObjectStore } from '@bma-kpi/object-store';

import { GatewayEnv } from './env.schema';

/** max_payload of a NATS server that does not announce one: the server default, 1 MiB. */
const defaultMaxPayloadBytes = 1024 * 1024;

/** Reads the max_payload that the NATS server announces, which bounds every request the gateway forwards. */
async function natsMaxPayload(servers: string[]): Promise<number> {
  const connection = await connect({ servers, name: 'gateway-startup-check' });

  try {
    return connection.info?.max_payload ?? defaultMaxPayloadBytes;
  } finally {
    await connection.close();
  }
}

async function bootstrap(): Promise<void> {
  const env = loadConfig(GatewayEnv);
  // The gateway keeps reconnecting for as long as it runs. Meanwhile its requests fail at once with 503.
  const natsProxy = (name: string) =>
    ClientProxyFactory.create({ transport: Transport.NATS, options: { servers: splitList(env.NATS_SERVERS), name, maxReconnectAttempts: -1 } });

  assertBodyLimitFitsNats(env.MAX_BODY_BYTES, await natsMaxPayload(splitList(env.NATS_SERVERS)));
  const objectStore = await openObjectStore(objectStoreConfigOf(env, splitList(env.NATS_SERVERS), 'gateway-objects'));
  const app = await createGatewayApp(
    {
      indicatorsProxy: natsProxy('gateway'),
      catalogProxy: natsProxy('gateway-catalog'),
      evaluationProxy: natsProxy('gateway-evaluation'),
      notificationProxy: natsProxy('gateway-notification'),
      subjectPrefix: env.NATS_SUBJECT_PREFIX,
      changeFeed: await NatsChangeFeed.connect(splitList(env.NATS_SERVERS), env.NATS_SUBJECT_PREFIX, 'gateway-change-feed'),
      requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
      maxBodyBytes: env.MAX_BODY_BYTES,
      objectStore,
      maxUploadBytes: env.MAX_UPLOAD_BYTES,
      publicBaseUrl: publicBaseUrlOf(env),
      progressEntryCheck: env.PROGRESS_ENTRY_CHECK,
      operations: gatewayOperationsOf(env),
      databaseUrl: env.GATEWAY_DATABASE_URL,
      jwt: jwtSettingsOf(env),
      idempotencyRetentionHours: env.IDEMPOTENCY_RETENTION_HOURS,
    },
    { service: 'gateway', level: env.LOG_LEVEL, pretty: env.LOG_PRETTY },
  );

  await app.listen(env.PORT, env.HOST);
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`${describeStartupError(error)}\n`);
  process.exit(1);
});
