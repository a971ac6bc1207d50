import path from 'node:path';

import type { INestApplication, INestMicroservice } from '@nestjs/common';

import { createCatalogService } from '@bma-kpi/catalog-feature';
import { createGatewayApp } from '@bma-kpi/gateway-feature';
import { createIndicatorsService } from '@bma-kpi/indicators-feature';
import { InProcessBroker, InProcessClient, InProcessServer } from '@bma-kpi/messaging';

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

/** Starts the embedded system and returns it once the gateway listens. */
export async function startEmbedded(env: EmbeddedEnv): Promise<EmbeddedSystem> {
  const broker = new InProcessBroker();
  // nestjs-pino keeps one root logger per process, so every app here logs as `embedded`.
  const logging = { service: 'embedded', level: env.LOG_LEVEL, pretty: env.LOG_PRETTY };
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
  });

  await catalog.listen();
  const gateway = await createGatewayApp(
    {
      indicatorsProxy: new InProcessClient(broker),
      catalogProxy: new InProcessClient(broker),
      subjectPrefix: '',
      requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
      maxBodyBytes: env.MAX_BODY_BYTES,
    },
    logging,
  );

  await gateway.listen(env.PORT, env.HOST);

  return {
    gateway,
    services: [indicators, catalog],
    close: async () => {
      await gateway.close();
      await indicators.close();
      await catalog.close();
    },
  };
}
