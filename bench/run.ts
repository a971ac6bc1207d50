// Benchmarks of the first slice: parser throughput, and import throughput through the gateway in
// both run modes. The machine is shared and noisy, so every figure comes with a baseline measured
// in the same run, and RESULTS.md records ratios next to the raw numbers.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { Client } from 'pg';
import { Bench } from 'tinybench';

import { parseKpiRecord } from '@bma-kpi/indicators-domain';

import { freePort, startApp, waitFor, type RunningApp } from '../apps/gateway-e2e/src/support/processes';
import { adminFetch } from '../apps/gateway-e2e/src/support/auth';

const sample = readFileSync(path.resolve(__dirname, '../../shared/samples/bma-kpi-0411-fy2564.txt'), 'utf8');
const importCount = Number(process.env['BENCH_IMPORTS'] ?? 200);

/** Returns the sample with one more dated note: a later export of the same KPI, which updates it. */
function laterExport(index: number): string {
  return `${sample}\n30/09/2564 : bench note ${index} ${randomBytes(4).toString('hex')}`;
}

/** Returns the sample with other verification wording: a different KPI, which creates a new indicator. */
function otherKpi(index: number): string {
  return sample.replace('1. รักษาสถานะภาพ', `1. (bench ${index} ${randomBytes(4).toString('hex')}) รักษาสถานะภาพ`);
}

async function timeRequests(count: number, send: (index: number) => Promise<Response>): Promise<number> {
  const started = performance.now();

  for (let index = 0; index < count; index += 1) {
    const response = await send(index);

    await response.arrayBuffer();
    if (!response.ok) {
      throw new Error(`Request ${index} failed with HTTP ${response.status}`);
    }
  }

  return (count / (performance.now() - started)) * 1000;
}

function postRecord(baseUrl: string, text: string): Promise<Response> {
  return adminFetch(`${baseUrl}/api/v1/imports/kpi-records?agency=0411`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain; charset=utf-8' },
    body: text,
  });
}

async function gatewayFigures(baseUrl: string, mode: string): Promise<string> {
  const baseline = await timeRequests(importCount, () => fetch(`${baseUrl}/api/health/live`));
  const created = await timeRequests(importCount, (index) => postRecord(baseUrl, otherKpi(index)));
  const updated = await timeRequests(importCount, (index) => postRecord(baseUrl, laterExport(index)));

  return [
    `${mode} baseline GET /api/health/live: ${baseline.toFixed(0)} req/s`,
    `${mode} import, new KPI: ${created.toFixed(1)} records/s; ratio ${(created / baseline).toFixed(3)}`,
    `${mode} import, later export of one KPI: ${updated.toFixed(1)} records/s; ratio ${(updated / baseline).toFixed(3)}`,
  ].join('\n');
}

async function withApps(apps: RunningApp[], baseUrl: string, run: () => Promise<void>): Promise<void> {
  try {
    await waitFor(`${baseUrl}/api/health`, 200, apps);
    await run();
  } finally {
    await Promise.all(apps.map((app) => app.stop()));
  }
}

/** Removes the schema and JetStream stream the distributed run created. */
async function dropBenchState(runId: string): Promise<void> {
  const client = new Client({ connectionString: 'postgresql://postgres@127.0.0.1:5432/postgres' });

  await client.connect();
  for (const schema of [`bench_${runId}`, `bench_${runId}_catalog`, `bench_${runId}_evaluation`, `bench_${runId}_notification`]) {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  }
  await client.end();
  const nats = await connect({ servers: 'nats://127.0.0.1:4222' });

  await (await jetstreamManager(nats)).streams.delete(`BENCH_${runId}`).catch(() => false);
  await nats.drain();
}

async function main(): Promise<void> {
  const bench = new Bench({ time: 2000 });

  bench
    .add('baseline: split lines + JSON round trip', () => JSON.parse(JSON.stringify(sample.split('\n'))))
    .add('parseKpiRecord(sample)', () => parseKpiRecord(sample));
  await bench.run();
  const [baseline, parse] = bench.tasks.map((task) => (task.result.state === 'completed' ? task.result.throughput.mean : 0));
  const lines = [
    `machine: ${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    `parse: ${parse.toFixed(0)} records/s (${((parse * sample.length) / 2 ** 20).toFixed(1)} MiB/s); baseline ${baseline.toFixed(0)} ops/s; ratio ${(parse / baseline).toFixed(3)}`,
  ];

  const embeddedPort = await freePort();
  const embeddedUrl = `http://127.0.0.1:${embeddedPort}`;

  await withApps([startApp('apps/embedded/src/main.ts', { PORT: String(embeddedPort), DATA_DIR: 'memory' })], embeddedUrl, async () => {
    lines.push(await gatewayFigures(embeddedUrl, 'embedded'));
  });

  const runId = randomBytes(4).toString('hex');
  const gatewayPort = await freePort();
  const gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
  const shared = { NATS_SUBJECT_PREFIX: `bench${runId}.` };

  await withApps(
    [
      startApp('apps/indicators-service/src/main.ts', {
        ...shared,
        INDICATORS_DATABASE_URL: `postgresql://postgres@127.0.0.1:5432/postgres?schema=bench_${runId}`,
        EVENTS_STREAM: `BENCH_${runId}`,
      }),
      // The gateway reports ready only when every service replies to its health check.
      startApp('apps/catalog-service/src/main.ts', {
        ...shared,
        CATALOG_DATABASE_URL: `postgresql://postgres@127.0.0.1:5432/postgres?schema=bench_${runId}_catalog`,
        EVENTS_STREAM: `BENCH_${runId}`,
      }),
      startApp('apps/evaluation-service/src/main.ts', {
        ...shared,
        EVALUATION_DATABASE_URL: `postgresql://postgres@127.0.0.1:5432/postgres?schema=bench_${runId}_evaluation`,
        EVENTS_STREAM: `BENCH_${runId}`,
      }),
      startApp('apps/notification-service/src/main.ts', {
        ...shared,
        NOTIFICATION_DATABASE_URL: `postgresql://postgres@127.0.0.1:5432/postgres?schema=bench_${runId}_notification`,
        EVENTS_STREAM: `BENCH_${runId}`,
      }),
      startApp('apps/gateway/src/main.ts', { ...shared, PORT: String(gatewayPort) }),
    ],
    gatewayUrl,
    async () => {
      lines.push(await gatewayFigures(gatewayUrl, 'distributed'));
    },
  );
  await dropBenchState(runId);
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
