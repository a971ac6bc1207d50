// Benchmark of the catalog listing: 1,000 datasets with their metadata read through the gateway
// (HTTP → NATS → catalog service → PostgreSQL) against the same rows read straight from
// PostgreSQL with Prisma in this process. The target is a ratio within 3×.
import 'reflect-metadata';

import { randomBytes } from 'node:crypto';
import os from 'node:os';

import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { Client } from 'pg';

import { CatalogDatabase, DatasetRepository, searchColumnsOmit } from '@bma-kpi/catalog-data-access';

import { freePort, startApp, waitFor } from '../apps/gateway-e2e/src/support/processes';

const postgresUrl = 'postgresql://postgres@127.0.0.1:5432/postgres';
const datasetCount = 1000;
const pageSize = 200;
const rounds = Number(process.env['BENCH_ROUNDS'] ?? 10);

async function seed(url: string): Promise<void> {
  const database = await CatalogDatabase.open(url);
  const datasets = new DatasetRepository(database.prisma);

  for (let index = 0; index < datasetCount; index += 1) {
    await datasets.create(
      {
        slug: `bench-dataset-${String(index).padStart(4, '0')}`,
        agencyCode: '0411',
        titleTh: `ชุดข้อมูลทดสอบลำดับที่ ${index}`,
        titleEn: `Benchmark dataset ${index}`,
        datasetType: 'ข้อมูลสถิติ',
        dataCategory: 'ข้อมูลสาธารณะ',
        classification: 'เปิดเผย',
        metadata: { notes: 'ข้อมูลสถิติสำหรับวัดประสิทธิภาพ', tag_string: 'ทดสอบ,สถิติ', update_frequency_unit: 'ปี' },
        lastUpdatedDate: '2024-09-30',
        updateFrequencyUnit: 'ปี',
        updateFrequencyInterval: 1,
      },
      'bench',
      null,
      [],
    );
  }
  await database.close();
}

/** Milliseconds per round of reading every dataset, median of the rounds. */
async function medianMs(read: () => Promise<number>): Promise<number> {
  const times: number[] = [];

  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();
    const count = await read();

    times.push(performance.now() - started);
    if (count !== datasetCount) {
      throw new Error(`Read ${count} datasets instead of ${datasetCount}`);
    }
  }
  times.sort((a, b) => a - b);

  return times[Math.floor(times.length / 2)];
}

async function readThroughGateway(baseUrl: string): Promise<number> {
  let count = 0;

  for (let page = 1; page <= datasetCount / pageSize; page += 1) {
    const response = await fetch(`${baseUrl}/api/v1/catalog/datasets?pageSize=${pageSize}&page=${page}&withMetadata=true`);
    const body = (await response.json()) as { items: { metadata?: unknown }[] };

    // Only entries that carry their metadata count, so a list without it cannot pass for a full read.
    count += body.items.filter((item) => item.metadata !== undefined).length;
  }

  return count;
}

async function main(): Promise<void> {
  const runId = randomBytes(4).toString('hex');
  const schemaUrl = `${postgresUrl}?schema=bench_catalog_${runId}`;
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // Both services publish to one stream over the prefix's events, as in production.
  const shared = { NATS_SUBJECT_PREFIX: `bench${runId}.`, EVENTS_STREAM: `BENCH_${runId}`, LOG_LEVEL: 'warn' };

  await seed(schemaUrl);
  const apps = [
    startApp('apps/catalog-service/src/main.ts', { ...shared, CATALOG_DATABASE_URL: schemaUrl }),
    startApp('apps/indicators-service/src/main.ts', { ...shared, INDICATORS_DATABASE_URL: `${postgresUrl}?schema=bench_ind_${runId}` }),
    startApp('apps/evaluation-service/src/main.ts', { ...shared, EVALUATION_DATABASE_URL: `${postgresUrl}?schema=bench_eval_${runId}` }),
    startApp('apps/gateway/src/main.ts', { ...shared, PORT: String(port) }),
  ];
  const direct = await CatalogDatabase.open(schemaUrl);

  try {
    await waitFor(`${baseUrl}/api/health`, 200, apps);
    const gatewayMs = await medianMs(() => readThroughGateway(baseUrl));
    // The same columns the list returns, without the search columns that only the service reads.
    const directMs = await medianMs(async () => (await direct.prisma.dataset.findMany({ orderBy: { slug: 'asc' }, omit: searchColumnsOmit })).length);
    const fullRowsMs = await medianMs(async () => (await direct.prisma.dataset.findMany({ orderBy: { slug: 'asc' } })).length);

    process.stdout.write(
      `machine: ${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}, Node ${process.version}\n` +
        `list ${datasetCount} datasets: gateway ${gatewayMs.toFixed(1)} ms (${datasetCount / pageSize} pages of ${pageSize}); ` +
        `direct Prisma read ${directMs.toFixed(1)} ms; ratio ${(gatewayMs / directMs).toFixed(2)}×; ` +
        `direct read of whole rows with search columns ${fullRowsMs.toFixed(1)} ms, ratio ${(gatewayMs / fullRowsMs).toFixed(2)}×\n`,
    );
  } finally {
    await direct.close();
    await Promise.all(apps.map((app) => app.stop()));
    await dropState(runId);
  }
}

/** Removes the schemas and streams this run created. */
async function dropState(runId: string): Promise<void> {
  const client = new Client({ connectionString: postgresUrl });

  await client.connect();
  for (const schema of [`bench_catalog_${runId}`, `bench_ind_${runId}`, `bench_eval_${runId}`]) {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  }
  await client.end();
  const nats = await connect({ servers: 'nats://127.0.0.1:4222' });
  const manager = await jetstreamManager(nats);

  await manager.streams.delete(`BENCH_${runId}`).catch(() => false);
  await nats.drain();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
