import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';

import type { CliIo } from '../cli-io';

/** Options of `kpi import`. */
export interface KpiImportOptions {
  gateway: string;
  dryRun: boolean;
  agency?: string;
  /** Bearer token or API key sent as `Authorization: Bearer …`; BMA_KPI_TOKEN when not given. */
  token?: string;
  /** Draw a progress bar on stderr; on by default when more than one file is sent. */
  progress?: boolean;
}

/** Outcome of importing one file. */
export interface FileOutcome {
  file: string;
  outcome: 'created' | 'updated' | 'unchanged' | 'parsed' | 'failed';
  indicatorId?: string | null;
  reason?: string;
}

/** Lists the record files to send: the file itself, or every .txt file under a folder, sorted. */
export function listRecordFiles(target: string): string[] {
  if (!statSync(target).isDirectory()) {
    return [target];
  }

  return readdirSync(target, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.txt'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function authorizationOf(options: KpiImportOptions): Record<string, string> {
  const token = options.token ?? process.env['BMA_KPI_TOKEN'];

  return token ? { authorization: `Bearer ${token}` } : {};
}

async function sendFile(file: string, options: KpiImportOptions): Promise<FileOutcome> {
  const query = new URLSearchParams({ fileName: path.basename(file) });

  if (options.dryRun) {
    query.set('dryRun', 'true');
  }
  if (options.agency) {
    query.set('agency', options.agency);
  }
  try {
    const response = await fetch(
      `${options.gateway.replace(/\/$/, '')}/api/v1/imports/kpi-records?${query.toString()}`,
      {
        method: 'POST',
        headers: { 'content-type': 'text/plain; charset=utf-8', 'accept-language': 'th', ...authorizationOf(options) },
        body: readFileSync(file),
      },
    );
    const body = (await response.json()) as {
      outcome?: FileOutcome['outcome'];
      indicatorId?: string;
      code?: string;
      detail?: string;
    };

    if (!response.ok) {
      return { file, outcome: 'failed', reason: `HTTP ${response.status} ${body.code ?? ''}: ${body.detail ?? ''}` };
    }

    return { file, outcome: body.outcome ?? 'failed', indicatorId: body.indicatorId ?? null };
  } catch (error) {
    return { file, outcome: 'failed', reason: describeFetchError(error, options.gateway) };
  }
}

// fetch reports only "fetch failed", so the cause (e.g. ECONNREFUSED) is added to show what to fix.
function describeFetchError(error: unknown, gateway: string): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  let detail = error instanceof Error ? error.message : String(error);

  if (typeof cause?.code === 'string') {
    detail = cause.code;
  } else if (typeof cause?.message === 'string') {
    detail = cause.message;
  }

  return `ติดต่อเกตเวย์ไม่ได้ / cannot reach the gateway at ${gateway} (${detail})`;
}

/** Sends each file to the gateway in turn and returns one outcome per file. */
export async function importRecords(
  target: string,
  options: KpiImportOptions,
): Promise<FileOutcome[]> {
  const files = listRecordFiles(target);
  const showBar = options.progress ?? files.length > 1;
  const bar = new SingleBar({
    format: 'นำเข้า / importing [{bar}] {value}/{total} {file}',
    stream: process.stderr,
    hideCursor: true,
  });
  const outcomes: FileOutcome[] = [];

  if (showBar) {
    bar.start(files.length, 0, { file: '' });
  }
  for (const file of files) {
    outcomes.push(await sendFile(file, options));
    if (showBar) {
      bar.increment({ file: path.basename(file) });
    }
  }
  if (showBar) {
    bar.stop();
  }

  return outcomes;
}

/** Summary lines, Thai first with English alongside. */
export function summarize(outcomes: FileOutcome[]): string {
  const count = (outcome: FileOutcome['outcome']) =>
    outcomes.filter((item) => item.outcome === outcome).length;
  const lines = [
    `สร้างใหม่ / created: ${count('created')}`,
    `ปรับปรุง / updated: ${count('updated')}`,
    `ไม่เปลี่ยนแปลง / unchanged: ${count('unchanged')}`,
    ...(count('parsed') > 0 ? [`แยกวิเคราะห์อย่างเดียว / parsed only: ${count('parsed')}`] : []),
    `ล้มเหลว / failed: ${count('failed')}`,
    ...outcomes
      .filter((item) => item.outcome === 'failed')
      .map((item) => `  ${item.file}: ${item.reason ?? ''}`),
  ];

  return `${lines.join('\n')}\n`;
}

/** Exit codes of `kpi import`. */
export const KPI_IMPORT_EXIT = { allImported: 0, someFailed: 1, unreadable: 2 } as const;

/** Adds `kpi import FILE|DIR` to the `kpi` command. */
export function registerKpiImportCommand(kpi: Command, io: CliIo): void {
  kpi
    .command('import')
    .description('Send KPI record exports (a file, or every .txt file in a folder) to the gateway')
    .argument('<path>', 'file or folder of UTF-8 text exports')
    .option('--gateway <url>', 'base URL of the gateway', 'http://localhost:3000')
    .option('--agency <code>', 'owner agency code for records that name none, e.g. 0411')
    .option('--dry-run', 'only parse on the server; store nothing', false)
    .option('--token <token>', 'bearer token or API key; BMA_KPI_TOKEN by default')
    .action(async (target: string, options: { gateway: string; agency?: string; dryRun: boolean; token?: string }) => {
      io.setExitCode(await runKpiImport(target, options, io));
    });
}

/** Imports the records and prints the summary; the exit code tells whether any file failed. */
export async function runKpiImport(
  target: string,
  options: { gateway: string; agency?: string; dryRun: boolean; progress?: boolean; token?: string },
  io: CliIo,
): Promise<number> {
  let outcomes: FileOutcome[];

  try {
    outcomes = await importRecords(target, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);

    io.writeErr(`อ่านไม่ได้ / cannot read ${target}: ${reason}\n`);

    return KPI_IMPORT_EXIT.unreadable;
  }
  io.writeOut(summarize(outcomes));

  return outcomes.some((outcome) => outcome.outcome === 'failed') ? KPI_IMPORT_EXIT.someFailed : KPI_IMPORT_EXIT.allImported;
}
