import 'reflect-metadata';

import { describeStartupError, loadConfig } from '@bma-kpi/config';
import { prepareLocalAuth, type LocalAuth } from '@bma-kpi/gateway-feature';

import { startEmbedded } from './embedded';
import { EmbeddedEnv } from './env.schema';

/** Tells how to call the API as the local admin; the token itself is printed only when it is not kept in a file. */
function localTokenHelp(auth: LocalAuth, hours: number): string {
  const header = `โทเคนผู้ดูแลระบบในเครื่อง (ใช้ได้ ${hours} ชั่วโมง) / local admin token (valid ${hours} h):`;
  const usage = 'curl -H "Authorization: Bearer $TOKEN" …';

  return auth.tokenFile === null
    ? `${header}\n  export TOKEN=${auth.adminToken}\n  ${usage}\n`
    : `${header}\n  export TOKEN=$(cat ${auth.tokenFile})\n  ${usage}\n`;
}

async function bootstrap(): Promise<void> {
  const env = loadConfig(EmbeddedEnv);
  const auth = await prepareLocalAuth(env.DATA_DIR, env.AUTH_JWT_AUDIENCE, env.AUTH_JWT_SECRET, env.LOCAL_ADMIN_TOKEN_HOURS);
  const system = await startEmbedded(env, auth.secret);
  const address = await system.gateway.getUrl();
  const url = address.replace('[::1]', 'localhost').replace('127.0.0.1', 'localhost');

  process.stdout.write(
    `bma-kpi พร้อมใช้งาน / ready (embedded mode): ${url}/api/docs\n` +
      `ข้อมูลเก็บที่ / data in: ${env.DATA_DIR}\n` +
      localTokenHelp(auth, env.LOCAL_ADMIN_TOKEN_HOURS),
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
