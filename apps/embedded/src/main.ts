import 'reflect-metadata';

import { describeStartupError, loadConfig } from '@bma-kpi/config';

import { startEmbedded } from './embedded';
import { EmbeddedEnv } from './env.schema';

async function bootstrap(): Promise<void> {
  const env = loadConfig(EmbeddedEnv);
  const system = await startEmbedded(env);
  const address = await system.gateway.getUrl();
  const url = address.replace('[::1]', 'localhost').replace('127.0.0.1', 'localhost');

  process.stdout.write(
    `bma-kpi พร้อมใช้งาน / ready (embedded mode): ${url}/api/docs\n` +
      `ข้อมูลเก็บที่ / data in: ${env.DATA_DIR}\n`,
  );
  const stop = () => {
    system.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };

  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`${describeStartupError(error)}\n`);
  process.exit(1);
});
