// Profile of one GET /api/v1/indicators/{id}/overview in the distributed mode: the NATS requests
// it causes (by subject), the table reads it causes in PostgreSQL (by schema and table), and the
// latency of each of those NATS requests when replayed alone. Run with `npm run bench:overview-profile`.
import 'reflect-metadata';

import { readdirSync, readFileSync } from 'node:fs';

import { connect, type Msg, type MsgHdrs } from '@nats-io/transport-node';
import { Client } from 'pg';

import { adminFetch } from '../apps/gateway-e2e/src/support/auth';

import { machineLine, planDistributedRun, postgresUrl, reportFailure, startDistributedRun, stopDistributedRun, type DistributedRun } from './distributed-support';
import { seedOverviewIndicator } from './overview-seed';

const overviews = Number(process.env['PROFILE_OVERVIEWS'] ?? 100);
const replays = Number(process.env['PROFILE_REPLAYS'] ?? 50);
// Overviews in flight at once. Above 1, the services see concurrent requests, which Prisma and
// the plan path reads merge into fewer queries, as under load.
const concurrency = Math.max(1, Number(process.env['PROFILE_CONCURRENCY'] ?? 1));
// PostgreSQL 15 publishes each backend's table statistics with a delay of seconds, longer for an
// idle backend, so the counters are read after this pause.
// NOTE: 11 s is an estimate that covered the delay in these runs, not a documented bound.
const statisticsFlushMs = 11_000;
// In the order startDistributedRun starts them.
const processNames = ['catalog', 'indicators', 'evaluation', 'notification', 'gateway'];

interface CapturedRequest {
  subject: string;
  data: Uint8Array;
  headers: MsgHdrs | undefined;
}

/** Sums index and sequential scans per table of the run's schemas. */
async function tableReads(client: Client, schemas: string[]): Promise<Map<string, number>> {
  const result = await client.query<{ name: string; reads: string }>(
    `SELECT schemaname || '.' || relname AS name, COALESCE(seq_scan, 0) + COALESCE(idx_scan, 0) AS reads
     FROM pg_stat_user_tables WHERE schemaname = ANY($1)`,
    [schemas],
  );

  return new Map(result.rows.map((row) => [row.name, Number(row.reads)]));
}

/** User plus system CPU time of a process in milliseconds, from /proc (Linux only, 100 ticks a second). */
function cpuMs(pid: number | undefined): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];

  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * User plus system CPU time of every PostgreSQL server process in milliseconds, from /proc (Linux
 * only). It counts every client of the server, so the profile subtracts an idle window's rate.
 */
function postgresCpuMs(): number {
  let total = 0;

  for (const name of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');

      if (stat.includes(' (postgres) ')) {
        total += cpuMs(Number(name));
      }
    } catch {
      // The process ended between listing and reading.
    }
  }

  return total;
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);

  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function profile(run: DistributedRun, indicatorId: string): Promise<string> {
  const prefix = `bench${run.runId}.`;
  const nats = await connect({ servers: 'nats://127.0.0.1:4222' });
  const captured: CapturedRequest[] = [];
  // Events go to the stream under `<prefix>events.`, and only request subjects are counted.
  const subscription = nats.subscribe(`${prefix}>`, {
    callback: (_error, message: Msg) => {
      if (!message.subject.startsWith(`${prefix}events.`)) {
        captured.push({ subject: message.subject.slice(prefix.length), data: message.data, headers: message.headers });
      }
    },
  });
  const pg = new Client({ connectionString: postgresUrl });
  const schemas = Object.values(run.databaseUrls).map((url) => new URL(url).searchParams.get('schema') ?? '');

  await pg.connect();
  // Outbox relays and consumers poll their tables while idle, so an idle window of the same
  // length is measured first and subtracted.
  await new Promise((resolve) => setTimeout(resolve, statisticsFlushMs));
  const idleStart = await tableReads(pg, schemas);
  const idleStarted = performance.now();
  const postgresIdleStart = postgresCpuMs();

  await new Promise((resolve) => setTimeout(resolve, statisticsFlushMs));
  const postgresIdleMs = postgresCpuMs() - postgresIdleStart;
  const before = await tableReads(pg, schemas);
  const idleMs = performance.now() - idleStarted;
  const started = performance.now();
  const cpuBefore = run.apps.map((app) => cpuMs(app.process.pid));
  const postgresBefore = postgresCpuMs();

  let remaining = overviews;
  const readOverviews = async (): Promise<void> => {
    while (remaining > 0) {
      // Taken before the request, so the workers read exactly `overviews` in total.
      remaining -= 1;
      const response = await adminFetch(`${run.baseUrl}/api/v1/indicators/${indicatorId}/overview`);

      if (response.status !== 200) {
        throw new Error(`Overview of ${indicatorId} returned HTTP ${response.status}, expected 200`);
      }
      await response.arrayBuffer();
    }
  };

  await Promise.all(Array.from({ length: concurrency }, readOverviews));
  const cpuAfter = run.apps.map((app) => cpuMs(app.process.pid));
  const postgresMs = postgresCpuMs() - postgresBefore - postgresIdleMs * ((performance.now() - started) / idleMs);

  await nats.flush();
  await new Promise((resolve) => setTimeout(resolve, statisticsFlushMs));
  const after = await tableReads(pg, schemas);
  const busyMs = performance.now() - started;

  subscription.unsubscribe();
  const lines = [`${overviews} overviews, ${concurrency} at a time, per overview:`, '', '| NATS subject | requests | median ms alone | bytes of request |', '|---|---|---|---|'];
  const bySubject = new Map<string, CapturedRequest[]>();

  for (const request of captured) {
    bySubject.set(request.subject, [...(bySubject.get(request.subject) ?? []), request]);
  }
  for (const [subject, requests] of bySubject) {
    const [sample] = requests;
    const times: number[] = [];

    for (let index = 0; index < replays; index += 1) {
      const started = performance.now();

      await nats.request(`${prefix}${subject}`, sample.data, { timeout: 10_000, headers: sample.headers });
      times.push(performance.now() - started);
    }
    lines.push(`| ${subject} | ${(requests.length / overviews).toFixed(1)} | ${median(times).toFixed(1)} | ${sample.data.length} |`);
  }
  lines.push('', '| process | CPU ms per overview |', '|---|---|');
  cpuAfter.forEach((after, index) => lines.push(`| ${processNames[index]} | ${((after - (cpuBefore[index] ?? 0)) / overviews).toFixed(1)} |`));
  lines.push(`| PostgreSQL, all backends, idle rate subtracted | ${(postgresMs / overviews).toFixed(1)} |`);
  lines.push('', '| table (schema.table) | index + sequential scans |', '|---|---|');
  let total = 0;

  for (const [table, reads] of after) {
    const idle = ((before.get(table) ?? 0) - (idleStart.get(table) ?? 0)) * (busyMs / idleMs);
    const delta = (reads - (before.get(table) ?? 0) - idle) / overviews;

    if (delta >= 0.05) {
      total += delta;
      lines.push(`| ${table.replace(run.runId, '<run>')} | ${delta.toFixed(1)} |`);
    }
  }
  lines.push(`| total | ${total.toFixed(1)} |`);
  await pg.end();
  await nats.drain();

  return lines.join('\n');
}

async function main(): Promise<void> {
  const plan = planDistributedRun();
  let run: DistributedRun | null = null;

  try {
    // The overview cache is off, so every overview sends its three service requests, the path profiled here.
    run = await startDistributedRun(plan, {
      RATE_LIMIT_PER_IP_PER_MINUTE: '0',
      RATE_LIMIT_PER_CLIENT_PER_MINUTE: '0',
      LOG_LEVEL: 'warn',
      OVERVIEW_CACHE_TTL_MS: '0',
    });
    const indicatorId = await seedOverviewIndicator(run.baseUrl);

    // Untimed warm-up, so that the replayed latencies are not those of cold code.
    for (let index = 0; index < 20; index += 1) {
      await (await adminFetch(`${run.baseUrl}/api/v1/indicators/${indicatorId}/overview`)).arrayBuffer();
    }
    process.stdout.write(`${machineLine()}${await profile(run, indicatorId)}\n`);
  } finally {
    await stopDistributedRun({ ...plan, apps: run?.apps });
  }
}

main().catch(reportFailure);
