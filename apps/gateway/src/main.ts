import 'reflect-metadata';

import { ClientProxyFactory, Transport } from '@nestjs/microservices';

import { describeStartupError, loadConfig, splitList } from '@bma-kpi/config';
import { createGatewayApp, publicBaseUrlOf } from '@bma-kpi/gateway-feature';
import { objectStoreConfigOf, openObjectStore } from '@bma-kpi/object-store';

import { GatewayEnv } from './env.schema';

async function bootstrap(): Promise<void> {
  const env = loadConfig(GatewayEnv);
  const natsProxy = (name: string) => ClientProxyFactory.create({ transport: Transport.NATS, options: { servers: splitList(env.NATS_SERVERS), name } });
  const objectStore = await openObjectStore(objectStoreConfigOf(env, splitList(env.NATS_SERVERS), 'gateway-objects'));
  const app = await createGatewayApp(
    {
      indicatorsProxy: natsProxy('gateway'),
      catalogProxy: natsProxy('gateway-catalog'),
      evaluationProxy: natsProxy('gateway-evaluation'),
      notificationProxy: natsProxy('gateway-notification'),
      subjectPrefix: env.NATS_SUBJECT_PREFIX,
      requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
      maxBodyBytes: env.MAX_BODY_BYTES,
      objectStore,
      maxUploadBytes: env.MAX_UPLOAD_BYTES,
      publicBaseUrl: publicBaseUrlOf(env),
      progressEntryCheck: env.PROGRESS_ENTRY_CHECK,
    },
    { service: 'gateway', level: env.LOG_LEVEL, pretty: env.LOG_PRETTY },
  );

  await app.listen(env.PORT, env.HOST);
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`${describeStartupError(error)}\n`);
  process.exit(1);
});
