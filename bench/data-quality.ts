// Benchmark of the data quality engine. It generates a CSV of 10,000 and of 100,000 rows, with a few
// flaws per thousand rows. Each file is assessed from a file stream as the catalog worker does (CSV
// reader, engine, report written as CSV), without the worker's database writes. The baseline is a
// plain csv-parse pass over the same file in the same run. Each pass runs in its own child process,
// so its peak RSS and heap are its own. The parent prints one table and the ratios.
//
//   node tools/run.mjs bench/data-quality.ts            (parent: generate, run, report)
//   node tools/run.mjs bench/data-quality.ts engine F   (child: one engine pass over file F)
import 'reflect-metadata';

import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';

import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify';

import { assessRows, QUALITY_REPORT_HEADER, qualityReportCells, readCsvRows, type QualityField } from '@bma-kpi/catalog-domain';

const sizes = [10_000, 100_000];
const rounds = Number(process.env['BENCH_ROUNDS'] ?? 3);
const zones = ['กรุงเทพกลาง', 'กรุงเทพใต้', 'กรุงเทพเหนือ', 'กรุงเทพตะวันออก', 'กรุงธนเหนือ', 'กรุงธนใต้'];

const fields: QualityField[] = [
  { name: 'record_id', labelTh: 'รหัสรายการ', type: 'text', size: 12, required: true, primaryKey: true, allowedValues: [] },
  { name: 'district_name', labelTh: 'ชื่อเขต', type: 'text', required: true, primaryKey: false, allowedValues: [] },
  { name: 'visits', labelTh: 'จำนวนผู้ใช้บริการ', type: 'int', required: false, primaryKey: false, allowedValues: [], minValue: '0', maxValue: '100000' },
  { name: 'share', labelTh: 'ร้อยละ', type: 'numeric', precision: 2, required: false, primaryKey: false, allowedValues: [] },
  { name: 'report_date', labelTh: 'วันที่รายงาน', type: 'date', required: false, primaryKey: false, allowedValues: [] },
  { name: 'zone', labelTh: 'กลุ่มเขต', type: 'text', required: false, primaryKey: false, allowedValues: zones },
  { name: 'note', labelTh: 'หมายเหตุ', type: 'text', required: false, primaryKey: false, allowedValues: [] },
];

// One data row; every 250th row carries one of eight flaws, so about 0.4 % of rows have a finding.
function row(index: number): string[] {
  const cells = [
    `R${String(index).padStart(8, '0')}`,
    `สำนักงานเขตทดสอบ ${index % 50}`,
    String((index * 37) % 90_000),
    ((index % 10_000) / 100).toFixed(2),
    `2024-${String((index % 12) + 1).padStart(2, '0')}-15`,
    zones[index % zones.length],
    'บันทึกการให้บริการประจำเดือน ดำเนินการตามแผน',
  ];
  const flaw = index % 250 === 0 ? (index / 250) % 8 : -1;
  const flaws: Record<number, () => void> = {
    0: () => (cells[0] = `R${String(index - 1).padStart(8, '0')}`),
    1: () => (cells[1] = ''),
    2: () => (cells[2] = '-1'),
    3: () => (cells[3] = '1.234'),
    4: () => (cells[4] = '2567-02-30'),
    5: () => (cells[5] = 'ไม่ทราบ'),
    6: () => (cells[6] = 'สานักงานเขต ดาเนินการ'),
    7: () => (cells[2] = '๔๒'),
  };

  flaws[flaw]?.();

  return cells;
}

async function generate(file: string, rowCount: number): Promise<void> {
  const csv = stringify({ bom: true, record_delimiter: 'windows' });
  const output = createWriteStream(file);

  csv.pipe(output);
  csv.write(fields.map((field) => field.labelTh));
  for (let index = 1; index <= rowCount; index += 1) {
    if (!csv.write(row(index))) {
      await once(csv, 'drain');
    }
  }
  csv.end();
  await once(output, 'finish');
}

interface PassResult {
  mode: string;
  rows: number;
  findings: number;
  ms: number;
  peakRssMb: number;
  peakHeapMb: number;
}

// Samples the heap every 10 ms; peak RSS is the kernel's maxRSS, which also catches peaks between samples.
function startSampler(): () => { peakRssMb: number; peakHeapMb: number } {
  let peakHeap = 0;
  const timer = setInterval(() => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }, 10);

  return () => {
    clearInterval(timer);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);

    return { peakRssMb: process.resourceUsage().maxRSS / 1024, peakHeapMb: peakHeap / 1024 / 1024 };
  };
}

async function enginePass(file: string, reportFile: string): Promise<{ rows: number; findings: number }> {
  const report = stringify({ bom: true, header: true, columns: [...QUALITY_REPORT_HEADER] });
  const output = createWriteStream(reportFile);

  report.pipe(output);
  const result = await assessRows(fields, readCsvRows(createReadStream(file)), {
    onFindings: async (findings) => {
      for (const finding of findings) {
        if (!report.write(qualityReportCells(finding))) {
          await once(report, 'drain');
        }
      }
    },
  });

  report.end();
  await once(output, 'finish');

  return { rows: result.counts.rowsRead, findings: result.counts.findings };
}

async function baselinePass(file: string): Promise<{ rows: number; findings: number }> {
  let rows = -1;

  for await (const record of createReadStream(file).pipe(parse({ bom: true, relax_column_count: true })) as AsyncIterable<string[]>) {
    rows += record.length > 0 ? 1 : 0;
  }

  return { rows, findings: 0 };
}

async function child(mode: string, file: string): Promise<void> {
  const stop = startSampler();
  const started = process.hrtime.bigint();
  const counted = mode === 'engine' ? await enginePass(file, `${file}.report.csv`) : await baselinePass(file);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const result: PassResult = { mode, ...counted, ms, ...stop() };

  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function runChild(mode: string, file: string): PassResult {
  const output = spawnSync(process.execPath, [path.join(__dirname, '..', 'tools', 'run.mjs'), 'bench/data-quality.ts', mode, file], {
    cwd: path.join(__dirname, '..'),
    encoding: 'utf8',
  });

  if (output.status !== 0) {
    throw new Error(`The ${mode} pass over ${file} failed: ${output.stderr}`);
  }

  return JSON.parse(output.stdout.trim().split('\n').pop() ?? '{}') as PassResult;
}

const format = (value: number, digits = 0) => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function parent(): Promise<void> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'bma-kpi-quality-bench-'));

  try {
    process.stdout.write(`Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, Node ${process.version}, load ${os.loadavg()[0].toFixed(1)}\n\n`);
    process.stdout.write('| Rows | File | Round | csv-parse | Engine + report | Ratio | Rows/s (engine) | Findings | Peak RSS csv-parse / engine | Peak heap csv-parse / engine |\n|---|---|---|---|---|---|---|---|---|---|\n');
    for (const size of sizes) {
      const file = path.join(folder, `data-${size}.csv`);

      await generate(file, size);
      const megabytes = (await stat(file)).size / 1024 / 1024;

      for (let round = 1; round <= rounds; round += 1) {
        const baseline = runChild('baseline', file);
        const engine = runChild('engine', file);

        if (engine.rows !== size || baseline.rows !== size) {
          throw new Error(`Row counts differ: generated ${size}, engine ${engine.rows}, csv-parse ${baseline.rows}.`);
        }
        process.stdout.write(
          `| ${format(size)} | ${format(megabytes, 1)} MB | ${round} | ${format(baseline.ms)} ms | ${format(engine.ms)} ms | ${format(engine.ms / baseline.ms, 1)}× | ` +
            `${format(size / (engine.ms / 1000))} | ${format(engine.findings)} | ${format(baseline.peakRssMb)} / ${format(engine.peakRssMb)} MB | ` +
            `${format(baseline.peakHeapMb)} / ${format(engine.peakHeapMb)} MB |\n`,
        );
      }
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

const [mode, file] = process.argv.slice(2);

(mode === undefined ? parent() : child(mode, file)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
