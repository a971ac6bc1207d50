// Benchmark of GET /api/v1/indicators/{id}/overview in the distributed mode (HTTP → gateway →
// NATS → indicators, evaluation and catalog services → PostgreSQL) against one plain Node HTTP
// process that reads the same data straight from PostgreSQL (bench/overview-baseline-server.ts),
// in the same run, at rising request rates with evenly spaced arrivals and then as fast as it goes. Two
// gateway instances share the services, one with its overview cache and one with the cache off, so
// both paths are measured in the same run. Further steps rename the indicator twice a second while
// reading, so that the cache is emptied throughout. It also records the idle memory of each
// process and of the embedded mode, and the time to ready.
import 'reflect-metadata';

import { readFileSync } from 'node:fs';

import autocannon from 'autocannon';

import { freePort, startApp, waitFor, type RunningApp } from '../apps/gateway-e2e/src/support/processes';

import {
  machineLine,
  planDistributedRun,
  postgresUrl,
  reportFailure,
  startDistributedRun,
  startExtraGateway,
  stopDistributedRun,
  type DistributedRun,
} from './distributed-support';
import { adminFetch, authHeader } from '../apps/gateway-e2e/src/support/auth';

import { openLoop } from './open-loop';
import { seedOverviewIndicator } from './overview-seed';

const rates = (process.env['BENCH_RATES'] ?? '100,200,300,500').split(',').map(Number);
const durationSeconds = Number(process.env['BENCH_SECONDS'] ?? 10);
const connections = 50;
const writeIntervalMs = Number(process.env['BENCH_WRITE_INTERVAL_MS'] ?? 500);

interface LoadResult {
  label: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  failed: number;
}

/**
 * Loads `url` at `rate` requests per second with evenly spaced arrivals (bench/open-loop.ts), or,
 * when rate is 0, with autocannon as fast as the server responds over 50 connections.
 */
async function load(label: string, url: string, rate: number): Promise<LoadResult> {
  // Every gateway request carries the admin token, as real callers carry theirs; the baseline ignores it.
  const headers = await authHeader();

  if (rate > 0) {
    return { label, ...(await openLoop(url, rate, durationSeconds, headers)) };
  }
  const result = await autocannon({ url, connections, duration: durationSeconds, headers });

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
  return `| ${result.label} | ${result.requestsPerSecond.toFixed(0)} | ${result.p50.toFixed(1)} | ${result.p99.toFixed(1)} | ${result.failed} |`;
}

/** Addresses that the load steps read: the gateway with its cache, a second gateway without, and the baseline. */
interface Targets {
  cached: string;
  uncached: string;
  direct: string;
  /** The gateway with its cache, for the writes of the steps with writes. */
  gatewayBaseUrl: string;
  indicatorId: string;
}

/**
 * Renames the indicator every `intervalMs` through the gateway until stopped, switching between two
 * titles so that the overview keeps its size. Each rename empties the overview cache of every
 * gateway instance, so the reads that follow ask the services again.
 */
function renameLoop(targets: Targets, intervalMs: number): { stop: () => Promise<number> } {
  let running = true;
  let writes = 0;
  const loop = (async () => {
    while (running) {
      const response = await adminFetch(`${targets.gatewayBaseUrl}/api/v1/indicators/${targets.indicatorId}`, {
        method: 'PATCH',
        body: JSON.stringify({ title: `ตัวชี้วัดทดสอบ ${writes % 2 === 0 ? 'ก' : 'ข'}` }),
        headers: { 'content-type': 'application/json' },
      });

      await response.arrayBuffer();
      if (response.status !== 200) {
        throw new Error(`Rename failed with status ${response.status}`);
      }
      writes += 1;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();

  return {
    stop: async () => {
      running = false;
      await loop;

      return writes;
    },
  };
}

async function runLoads(targets: Targets, baseUrl: string): Promise<LoadResult[]> {
  const results: LoadResult[] = [];

  // Untimed warm-up of each, so that JIT compilation and connection pools do not count.
  for (const url of [targets.cached, targets.uncached, targets.direct]) {
    await load('warm-up', url, 100);
  }
  for (const rate of [...rates, 0]) {
    const name = rate > 0 ? `${rate} req/s` : 'max';

    results.push(await load(`gateway with cache, ${name}`, targets.cached, rate));
    results.push(await load(`gateway without cache, ${name}`, targets.uncached, rate));
    results.push(await load(`direct, ${name}`, targets.direct, rate));
  }
  for (const rate of [300, 0]) {
    const writer = renameLoop(targets, writeIntervalMs);
    const result = await load(`gateway with cache and a rename every ${writeIntervalMs} ms, ${rate > 0 ? `${rate} req/s` : 'max'}`, targets.cached, rate);

    results.push({ ...result, label: `${result.label} (${await writer.stop()} renames)` });
  }
  // Where the time goes: the gateway alone, and the one indicators-service call of an overview.
  results.push(await load('gateway, GET /api/health/live, max', `${baseUrl}/api/health/live`, 0));
  results.push(await load('gateway, GET /api/v1/indicators/{id}, max', `${baseUrl}/api/v1/indicators/${targets.indicatorId}`, 0));

  return results;
}

/** Throughput ratio of a step at max to the baseline's, for the summary lines. */
function ratioLine(results: LoadResult[], label: string): string {
  const maxOf = (name: string) => results.find((result) => result.label === name)?.requestsPerSecond ?? Number.NaN;

  return `${label}: ${(maxOf(`${label}, max`) / maxOf('direct, max')).toFixed(2)}×`;
}

// Rate limits are off so that they do not cap the load.
const gatewayEnv = { RATE_LIMIT_PER_IP_PER_MINUTE: '0', RATE_LIMIT_PER_CLIENT_PER_MINUTE: '0', LOG_LEVEL: 'warn' };

async function main(): Promise<void> {
  const plan = planDistributedRun();
  let run: DistributedRun | null = null;
  let baseline: RunningApp | null = null;

  try {
    const starting = performance.now();

    run = await startDistributedRun(plan, gatewayEnv);
    const distributedReadyMs = performance.now() - starting;
    const uncached = await startExtraGateway(run, { ...gatewayEnv, OVERVIEW_CACHE_TTL_MS: '0' });

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

    run.apps.push(uncached.app);
    const overviewPath = `/api/v1/indicators/${indicatorId}/overview`;
    const results = await runLoads(
      { cached: run.baseUrl + overviewPath, uncached: uncached.baseUrl + overviewPath, direct: `${baselineUrl}/overview/${indicatorId}`, gatewayBaseUrl: run.baseUrl, indicatorId },
      run.baseUrl,
    );
    const embedded = await measureEmbedded();

    process.stdout.write(
      machineLine() +
        `${durationSeconds} s per step: fixed rates with evenly spaced arrivals, max with autocannon over ${connections} connections\n` +
        '| Step | req/s | p50 ms | p99 ms | failed |\n|---|---|---|---|---|\n' +
        results.map(row).join('\n') +
        `\nthroughput ratio to direct at max (goal ≥ 0.4×): ${ratioLine(results, 'gateway with cache')}, ${ratioLine(results, 'gateway without cache')}\n` +
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
