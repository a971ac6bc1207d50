// Helpers of the benchmarks that run the distributed mode as local processes. Every service and
// the gateway share one NATS server under a subject prefix and stream of their own, and each run
// makes its PostgreSQL schemas and drops them after it.
import { randomBytes } from 'node:crypto';
import os from 'node:os';

import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { Client } from 'pg';

import { freePort, startApp, waitFor, type RunningApp } from '../apps/gateway-e2e/src/support/processes';

export const postgresUrl = 'postgresql://postgres@127.0.0.1:5432/postgres';

/** One run of the distributed mode: its schemas, its gateway address and its processes. */
export interface DistributedRun {
  runId: string;
  /** PostgreSQL URL of each service's schema, by service name. */
  databaseUrls: { indicators: string; catalog: string; evaluation: string; notification: string; gateway: string };
  baseUrl: string;
  apps: RunningApp[];
}

/** Names the schemas of a run, so that data can be seeded before the services start. */
export function planDistributedRun(): Pick<DistributedRun, 'runId' | 'databaseUrls'> {
  const runId = randomBytes(4).toString('hex');

  return {
    runId,
    databaseUrls: {
      indicators: `${postgresUrl}?schema=bench_ind_${runId}`,
      catalog: `${postgresUrl}?schema=bench_catalog_${runId}`,
      evaluation: `${postgresUrl}?schema=bench_eval_${runId}`,
      notification: `${postgresUrl}?schema=bench_notif_${runId}`,
      gateway: `${postgresUrl}?schema=bench_gw_${runId}`,
    },
  };
}

/**
 * Starts the four services and the gateway of a planned run and waits until the gateway is healthy.
 * `gatewayEnv` adds variables of the gateway alone, such as RATE_LIMIT_PER_IP_PER_MINUTE.
 */
export async function startDistributedRun(
  plan: Pick<DistributedRun, 'runId' | 'databaseUrls'>,
  gatewayEnv: Record<string, string> = {},
): Promise<DistributedRun> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const shared = sharedEnvOf(plan);
  const apps = [
    startApp('apps/catalog-service/src/main.ts', { ...shared, CATALOG_DATABASE_URL: plan.databaseUrls.catalog }),
    startApp('apps/indicators-service/src/main.ts', { ...shared, INDICATORS_DATABASE_URL: plan.databaseUrls.indicators }),
    startApp('apps/evaluation-service/src/main.ts', { ...shared, EVALUATION_DATABASE_URL: plan.databaseUrls.evaluation }),
    startApp('apps/notification-service/src/main.ts', { ...shared, NOTIFICATION_DATABASE_URL: plan.databaseUrls.notification }),
    startApp('apps/gateway/src/main.ts', { ...shared, GATEWAY_DATABASE_URL: plan.databaseUrls.gateway, ...gatewayEnv, PORT: String(port) }),
  ];

  await waitFor(`${baseUrl}/api/health`, 200, apps);

  return { ...plan, baseUrl, apps };
}

/** Variables that every process of a run shares. The services publish to one stream over the prefix's events, as in production. */
function sharedEnvOf(plan: Pick<DistributedRun, 'runId'>): Record<string, string> {
  return { NATS_SUBJECT_PREFIX: `bench${plan.runId}.`, EVENTS_STREAM: `BENCH_${plan.runId}`, LOG_LEVEL: 'warn' };
}

/**
 * Starts one more gateway instance of a running run, with variables of its own, and returns its
 * address once it is healthy. The caller stops it with the run by adding it to `run.apps`.
 */
export async function startExtraGateway(run: DistributedRun, gatewayEnv: Record<string, string>): Promise<{ app: RunningApp; baseUrl: string }> {
  const port = await freePort();
  const app = startApp('apps/gateway/src/main.ts', { ...sharedEnvOf(run), GATEWAY_DATABASE_URL: run.databaseUrls.gateway, ...gatewayEnv, PORT: String(port) });
  const baseUrl = `http://127.0.0.1:${port}`;

  await waitFor(`${baseUrl}/api/health`, 200, [app]);

  return { app, baseUrl };
}

/** Stops the processes of a run and removes the schemas and stream it created. */
export async function stopDistributedRun(run: Pick<DistributedRun, 'runId' | 'databaseUrls'> & { apps?: RunningApp[] }): Promise<void> {
  await Promise.all((run.apps ?? []).map((app) => app.stop()));
  const client = new Client({ connectionString: postgresUrl });

  await client.connect();
  for (const url of Object.values(run.databaseUrls)) {
    const schema = new URL(url).searchParams.get('schema') ?? '';

    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  }
  await client.end();
  const nats = await connect({ servers: 'nats://127.0.0.1:4222' });

  await (await jetstreamManager(nats)).streams.delete(`BENCH_${run.runId}`).catch(() => false);
  await nats.drain();
}

/** Median in milliseconds of `rounds` runs of `work`, which must resolve with the expected count. */
export async function medianMs(rounds: number, expected: number, work: () => Promise<number>): Promise<number> {
  const times: number[] = [];

  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();
    const count = await work();

    times.push(performance.now() - started);
    if (count !== expected) {
      throw new Error(`Counted ${count} instead of ${expected}`);
    }
  }
  times.sort((left, right) => left - right);

  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** Returns one line naming the machine, for the figures in RESULTS.md. */
export function machineLine(): string {
  return `machine: ${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}, Node ${process.version}\n`;
}

/** Prints a failed run's error and sets the exit code. */
export function reportFailure(error: unknown): void {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
}
