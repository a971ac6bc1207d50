// Benchmark of GET /api/v1/indicators/{id}/overview in the distributed mode (HTTP → gateway →
// NATS → indicators, evaluation and catalog services → PostgreSQL) against one plain Node HTTP
// process that reads the same data straight from PostgreSQL (bench/overview-baseline-server.ts),
// in the same run, under autocannon at rising request rates and then without a rate limit. It also
// records the idle memory of each process and of the embedded mode, and the time to ready.
import 'reflect-metadata';

import { readFileSync } from 'node:fs';

import autocannon from 'autocannon';

import { freePort, startApp, waitFor, type RunningApp } from '../apps/gateway-e2e/src/support/processes';

import { machineLine, planDistributedRun, postgresUrl, reportFailure, startDistributedRun, stopDistributedRun, type DistributedRun } from './distributed-support';
import { authHeader } from '../apps/gateway-e2e/src/support/auth';

import { seedOverviewIndicator } from './overview-seed';

const rates = (process.env['BENCH_RATES'] ?? '100,200,300,500').split(',').map(Number);
const durationSeconds = Number(process.env['BENCH_SECONDS'] ?? 10);
const connections = 50;

interface LoadResult {
  label: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  failed: number;
}

/** Runs autocannon against `url` at `rate` requests per second, or as fast as it can when rate is 0. */
async function load(label: string, url: string, rate: number): Promise<LoadResult> {
  // Every gateway request carries the admin token, as real callers carry theirs; the baseline ignores it.
  const headers = await authHeader();
  const result = await autocannon({ url, connections, duration: durationSeconds, headers, ...(rate > 0 ? { overallRate: rate } : {}) });

  return {
    label,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

/** Resident memory of a process in MiB, from /proc (Linux only). */
function residentMiB(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/VmRSS:\s+(\d+)/u.exec(status)?.[1] ?? Number.NaN);

  return kib / 1024;
}

/** Starts the embedded mode alone and returns its time to ready and idle memory. */
async function measureEmbedded(): Promise<{ readyMs: number; rssMiB: number }> {
  const port = await freePort();
  const started = performance.now();
  const app = startApp('apps/embedded/src/main.ts', { PORT: String(port), DATA_DIR: 'memory' });

  try {
    await waitFor(`http://127.0.0.1:${port}/api/health/ready`, 200, [app]);
    const readyMs = performance.now() - started;

    await new Promise((resolve) => setTimeout(resolve, 3000));

    return { readyMs, rssMiB: residentMiB(app.process.pid) };
  } finally {
    await app.stop();
  }
}

function row(result: LoadResult): string {
  return `| ${result.label} | ${result.requestsPerSecond.toFixed(0)} | ${result.p50} | ${result.p99} | ${result.failed} |`;
}

async function runLoads(run: DistributedRun, baselineUrl: string, indicatorId: string): Promise<LoadResult[]> {
  const gatewayUrl = `${run.baseUrl}/api/v1/indicators/${indicatorId}/overview`;
  const directUrl = `${baselineUrl}/overview/${indicatorId}`;
  const results: LoadResult[] = [];

  // Untimed warm-up of both, so that JIT compilation and connection pools do not count.
  await load('warm-up', gatewayUrl, 100);
  await load('warm-up', directUrl, 100);
  for (const rate of [...rates, 0]) {
    const name = rate > 0 ? `${rate} req/s` : 'max';

    results.push(await load(`gateway, ${name}`, gatewayUrl, rate));
    results.push(await load(`direct, ${name}`, directUrl, rate));
  }
  // Where the time goes: the gateway alone, and one service call that the overview makes three times.
  results.push(await load('gateway, GET /api/health/live, max', `${run.baseUrl}/api/health/live`, 0));
  results.push(await load('gateway, GET /api/v1/indicators/{id}, max', `${run.baseUrl}/api/v1/indicators/${indicatorId}`, 0));

  return results;
}

async function main(): Promise<void> {
  const plan = planDistributedRun();
  let run: DistributedRun | null = null;
  let baseline: RunningApp | null = null;

  try {
    const starting = performance.now();

    run = await startDistributedRun(plan, { RATE_LIMIT_PER_IP_PER_MINUTE: '0', RATE_LIMIT_PER_CLIENT_PER_MINUTE: '0', LOG_LEVEL: 'warn' });
    const distributedReadyMs = performance.now() - starting;
    const indicatorId = await seedOverviewIndicator(run.baseUrl);
    const baselinePort = await freePort();
    const schemaOf = (url: string) => new URL(url).searchParams.get('schema') ?? '';

    baseline = startApp('bench/overview-baseline-server.ts', {
      PORT: String(baselinePort),
      DATABASE_URL: postgresUrl,
      INDICATORS_SCHEMA: schemaOf(plan.databaseUrls.indicators),
      EVALUATION_SCHEMA: schemaOf(plan.databaseUrls.evaluation),
      CATALOG_SCHEMA: schemaOf(plan.databaseUrls.catalog),
    });
    const baselineUrl = `http://127.0.0.1:${baselinePort}`;

    await waitFor(`${baselineUrl}/overview/${indicatorId}`, 200, [baseline]);
    // Idle memory after the seeding, before any load.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const names = ['catalog', 'indicators', 'evaluation', 'notification', 'gateway'];
    const memory = run.apps.map((app, index) => `${names[index]} ${residentMiB(app.process.pid).toFixed(0)} MiB`).join(', ');
    const baselineMemory = residentMiB(baseline.process.pid);
    const results = await runLoads(run, baselineUrl, indicatorId);
    const gatewayMax = results.find((result) => result.label === 'gateway, max');
    const directMax = results.find((result) => result.label === 'direct, max');
    const embedded = await measureEmbedded();

    process.stdout.write(
      machineLine() +
        `autocannon, ${connections} connections, ${durationSeconds} s per step\n` +
        '| Step | req/s | p50 ms | p99 ms | failed |\n|---|---|---|---|---|\n' +
        results.map(row).join('\n') +
        `\nthroughput ratio at max: ${((gatewayMax?.requestsPerSecond ?? 0) / (directMax?.requestsPerSecond ?? 1)).toFixed(2)}× (goal ≥ 0.4×)\n` +
        `idle memory (RSS): ${memory}; baseline ${baselineMemory.toFixed(0)} MiB; embedded ${embedded.rssMiB.toFixed(0)} MiB\n` +
        `time to ready from process start: distributed (5 processes started at once) ${(distributedReadyMs / 1000).toFixed(1)} s, ` +
        `embedded ${(embedded.readyMs / 1000).toFixed(1)} s\n`,
    );
  } finally {
    await baseline?.stop();
    await stopDistributedRun({ ...plan, apps: run?.apps });
  }
}

main().catch(reportFailure);
