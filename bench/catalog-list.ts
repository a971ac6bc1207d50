// Benchmark of the catalog listing: 1,000 datasets with their metadata read through the gateway
// (HTTP → NATS → catalog service → PostgreSQL) against the same rows read straight from
// PostgreSQL with Prisma in this process. The target is a ratio within 3×.
import 'reflect-metadata';

import { CatalogDatabase, DatasetRepository, searchColumnsOmit } from '@bma-kpi/catalog-data-access';

import { machineLine, medianMs, planDistributedRun, reportFailure, startDistributedRun, stopDistributedRun } from './distributed-support';
import { adminFetch } from '../apps/gateway-e2e/src/support/auth';

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

async function readThroughGateway(baseUrl: string): Promise<number> {
  let count = 0;

  for (let page = 1; page <= datasetCount / pageSize; page += 1) {
    const response = await adminFetch(`${baseUrl}/api/v1/catalog/datasets?pageSize=${pageSize}&page=${page}&withMetadata=true`);
    const body = (await response.json()) as { items: { metadata?: unknown }[] };

    // Only entries that carry their metadata count, so a list without it cannot pass for a full read.
    count += body.items.filter((item) => item.metadata !== undefined).length;
  }

  return count;
}

async function main(): Promise<void> {
  const plan = planDistributedRun();
  let run: Awaited<ReturnType<typeof startDistributedRun>> | null = null;

  await seed(plan.databaseUrls.catalog);
  const direct = await CatalogDatabase.open(plan.databaseUrls.catalog);

  try {
    run = await startDistributedRun(plan);
    const baseUrl = run.baseUrl;
    const gatewayMs = await medianMs(rounds, datasetCount, () => readThroughGateway(baseUrl));
    // The same columns the list returns, without the search columns that only the service reads.
    const directMs = await medianMs(rounds, datasetCount, async () =>
      (await direct.prisma.dataset.findMany({ orderBy: { slug: 'asc' }, omit: searchColumnsOmit })).length,
    );
    const fullRowsMs = await medianMs(rounds, datasetCount, async () => (await direct.prisma.dataset.findMany({ orderBy: { slug: 'asc' } })).length);

    process.stdout.write(
      machineLine() +
        `list ${datasetCount} datasets: gateway ${gatewayMs.toFixed(1)} ms (${datasetCount / pageSize} pages of ${pageSize}); ` +
        `direct Prisma read ${directMs.toFixed(1)} ms; ratio ${(gatewayMs / directMs).toFixed(2)}×; ` +
        `direct read of whole rows with search columns ${fullRowsMs.toFixed(1)} ms, ratio ${(gatewayMs / fullRowsMs).toFixed(2)}×\n`,
    );
  } finally {
    await direct.close();
    await stopDistributedRun({ ...plan, apps: run?.apps });
  }
}

main().catch(reportFailure);
