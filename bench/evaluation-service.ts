// Benchmark of evaluation through the running system: 5,000 indicators with 12 months of progress
// each, summarised through the gateway (HTTP → NATS → evaluation service → indicators service →
// PostgreSQL) for one quarter and for the whole fiscal year. Every indicator is scored for every
// quarter up to the one requested, so the whole year scores 20,000 quarters. In the same run, the
// baseline reads the same rows straight from PostgreSQL with Prisma. The goal is under 2 s each.
import 'reflect-metadata';

import { randomUUID } from 'node:crypto';

import { fiscalQuarterMonths } from '@bma-kpi/evaluation-domain';
import { IndicatorsDatabase } from '@bma-kpi/indicators-data-access';

import {
  machineLine,
  medianMs,
  planDistributedRun,
  reportFailure,
  startDistributedRun,
  stopDistributedRun,
  type DistributedRun,
} from './distributed-support';
import { adminFetch } from '../apps/gateway-e2e/src/support/auth';

const indicatorCount = Number(process.env['BENCH_INDICATORS'] ?? 5000);
const fiscalYear = 2568;
const rounds = Number(process.env['BENCH_ROUNDS'] ?? 5);
const months = ([1, 2, 3, 4] as const).flatMap((quarter) => fiscalQuarterMonths(fiscalYear, quarter));

/** Stores the indicators and their monthly progress in the indicators schema, in large batches. */
async function seed(url: string): Promise<void> {
  const database = await IndicatorsDatabase.open(url);
  const agency = await database.prisma.agency.findUniqueOrThrow({ where: { code: '0411' } });
  const batchSize = 500;

  for (let first = 0; first < indicatorCount; first += batchSize) {
    const ids = Array.from({ length: Math.min(batchSize, indicatorCount - first) }, () => randomUUID());

    await database.prisma.indicator.createMany({
      data: ids.map((id, offset) => ({
        id,
        code: `0411-${first + offset + 1}`,
        codeNormalized: `0411-${first + offset + 1}`,
        title: `ตัวชี้วัดทดสอบลำดับที่ ${first + offset + 1}`,
        kpiType: (first + offset) % 2 === 0 ? 'routine' : 'strategic',
        unit: 'ร้อยละ',
        fiscalYear,
        agencyId: agency.id,
        targetValue: 100 + ((first + offset) % 7),
        createdBy: 'bench',
        updatedBy: 'bench',
      })),
    });
    await database.prisma.progressReport.createMany({
      data: ids.flatMap((indicatorId, offset) =>
        months.map((month, position) => ({
          indicatorId,
          reportDate: new Date(`${month}-28T00:00:00Z`),
          value: Math.round(((position + 1) / 12) * (90 + ((first + offset) % 13)) * 100) / 100,
          text: `ผลการดำเนินงานเดือน ${month}`,
          rawText: `ผลการดำเนินงานเดือน ${month}`,
          fingerprint: `${indicatorId}-${month}`,
          source: 'api' as const,
          createdBy: 'bench',
        })),
      ),
    });
  }
  await database.close();
}

async function summarise(run: DistributedRun, quarter: number): Promise<number> {
  const response = await adminFetch(`${run.baseUrl}/api/v1/evaluations/summary?fiscalYear=${fiscalYear}&quarter=${quarter}&groupBy=kpiType`);
  const body = (await response.json()) as { overall?: { current: { indicators: number; scored: number } } };

  if (response.status !== 200 || body.overall === undefined) {
    throw new Error(`Summary of Q${quarter} returned ${response.status}: ${JSON.stringify(body).slice(0, 300)}`);
  }

  // Only scored indicators count, so a summary that failed to score cannot pass for a full one.
  return body.overall.current.scored;
}

async function readDirectly(database: IndicatorsDatabase): Promise<number> {
  const rows = await database.prisma.indicator.findMany({
    where: { fiscalYear },
    include: { agency: true, quarterTargets: true, progressReports: true },
  });

  return rows.length;
}

async function main(): Promise<void> {
  const plan = planDistributedRun();
  let run: DistributedRun | null = null;

  const seeding = performance.now();

  await seed(plan.databaseUrls.indicators);
  const seedMs = performance.now() - seeding;
  const direct = await IndicatorsDatabase.open(plan.databaseUrls.indicators, { skipSeed: true });

  try {
    run = await startDistributedRun(plan);
    const started = run;

    // One untimed summary first, so that connection pools and JIT warm-up do not count.
    await summarise(started, 1);
    const quarterMs = await medianMs(rounds, indicatorCount, () => summarise(started, 1));
    const yearMs = await medianMs(rounds, indicatorCount, () => summarise(started, 4));
    const directMs = await medianMs(rounds, indicatorCount, () => readDirectly(direct));

    process.stdout.write(
      machineLine() +
        `seeded ${indicatorCount} indicators × 12 months in ${(seedMs / 1000).toFixed(1)} s\n` +
        `summary through the gateway, median of ${rounds}: one quarter ${quarterMs.toFixed(0)} ms, ` +
        `whole year (4 quarters each) ${yearMs.toFixed(0)} ms; goal < 2000 ms each\n` +
        `baseline: direct Prisma read of the same indicators with progress ${directMs.toFixed(0)} ms; ` +
        `ratios ${(quarterMs / directMs).toFixed(2)}× (quarter), ${(yearMs / directMs).toFixed(2)}× (year)\n`,
    );
  } finally {
    await direct.close();
    await stopDistributedRun({ ...plan, apps: run?.apps });
  }
}

main().catch(reportFailure);
