// Benchmark of the evaluation rules: 5,000 indicators with 12 months of progress each, scored with
// the domain library for one quarter and for the whole fiscal year (four quarters). A plain loop
// over the same numbers in the same run is the baseline, and the target is under 2 s for each.
// It measures the scoring rules only, without reading indicators over NATS or storing results.
import 'reflect-metadata';

import os from 'node:os';

import { achievementModel, aggregateQuarter, consistencyFlags, fiscalQuarterMonths, scoreWithModel } from '@bma-kpi/evaluation-domain';

const indicatorCount = 5000;
const fiscalYear = 2568;
const rounds = Number(process.env['BENCH_ROUNDS'] ?? 5);

interface SyntheticIndicator {
  target: number;
  months: { month: string; value: number }[];
}

// Every month of the fiscal year, October to September, each with a running total that grows.
function indicators(): SyntheticIndicator[] {
  const months = ([1, 2, 3, 4] as const).flatMap((quarter) => fiscalQuarterMonths(fiscalYear, quarter));

  return Array.from({ length: indicatorCount }, (_, index) => ({
    target: 100 + (index % 7),
    months: months.map((month, position) => ({ month, value: Math.round(((position + 1) / 12) * (90 + (index % 13)) * 100) / 100 })),
  }));
}

function scoreQuarter(indicator: SyntheticIndicator, quarter: number): number {
  const aggregate = aggregateQuarter({ fiscalYear, quarter, accumulation: 'cumulative', monthlyValues: indicator.months, decimals: 2 });

  if (aggregate.status !== 'complete') {
    throw new Error(`Quarter ${quarter} is ${aggregate.status}`);
  }
  const score = scoreWithModel(achievementModel('increase'), { model: 'achievement', target: indicator.target, result: aggregate.value });
  const flags = consistencyFlags({
    indicator: { fiscalYear, unit: 'ร้อยละ', target: indicator.target, actual: aggregate.value, quarterTargets: [], progress: [] },
    quarter,
    cumulative: true,
  });

  return score.status === 'scored' ? score.percent + flags.length : 0;
}

// The same arithmetic with plain numbers: the latest month of the quarter over the target.
function plainQuarter(indicator: SyntheticIndicator, quarter: number): number {
  const last = indicator.months[quarter * 3 - 1];

  return last === undefined ? 0 : Math.round((last.value / indicator.target) * 10_000) / 100;
}

function medianMs(work: () => number): number {
  const times: number[] = [];

  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();

    if (Number.isNaN(work())) {
      throw new Error('The benchmark computed NaN');
    }
    times.push(performance.now() - started);
  }
  times.sort((left, right) => left - right);

  return times[Math.floor(times.length / 2)];
}

function main(): void {
  const data = indicators();
  const sum = (score: (indicator: SyntheticIndicator, quarter: number) => number, quarters: number[]) => () =>
    data.reduce((total, indicator) => total + quarters.reduce((subtotal, quarter) => subtotal + score(indicator, quarter), 0), 0);
  const quarterMs = medianMs(sum(scoreQuarter, [1]));
  const yearMs = medianMs(sum(scoreQuarter, [1, 2, 3, 4]));
  const plainQuarterMs = medianMs(sum(plainQuarter, [1]));
  const plainYearMs = medianMs(sum(plainQuarter, [1, 2, 3, 4]));

  process.stdout.write(
    `machine: ${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}, Node ${process.version}\n` +
      `${indicatorCount} indicators × 12 months, median of ${rounds}: one quarter ${quarterMs.toFixed(0)} ms ` +
      `(plain loop ${plainQuarterMs.toFixed(1)} ms), whole year ${yearMs.toFixed(0)} ms (plain loop ${plainYearMs.toFixed(1)} ms); goal < 2000 ms each\n`,
  );
}

main();
