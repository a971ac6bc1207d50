import { readFileSync } from 'node:fs';

import type { Command } from 'commander';

import { parseKpiRecord } from '@bma-kpi/indicators-domain';

import type { CliIo } from '../cli-io';

/** Exit codes of `kpi parse`. */
export const KPI_PARSE_EXIT = { parsed: 0, notParsed: 1, unreadable: 2 } as const;

const BYTE_ORDER_MARK = '\uFEFF';

/** Adds `kpi parse FILE` to the `kpi` command. */
export function registerKpiParseCommand(kpi: Command, io: CliIo): void {
  kpi
    .command('parse')
    .description('Parse a KPI record text export and print it as JSON on stdout')
    .argument('<file>', 'path of the UTF-8 text export')
    .action((file: string) => {
      io.setExitCode(runKpiParse(file, io));
    });
}

/**
 * Reads a KPI record export and prints the parsed record as JSON on stdout (exit 0). When the
 * text is not a KPI record it prints `{ "errors": [...] }` on stdout and a one-line summary on
 * stderr (exit 1). When the file cannot be read it prints the reason on stderr (exit 2).
 */
export function runKpiParse(file: string, io: CliIo): number {
  const text = readText(file, io);

  if (text === null) {
    return KPI_PARSE_EXIT.unreadable;
  }
  const result = parseKpiRecord(text);

  if (result.ok) {
    io.writeOut(`${JSON.stringify(result.record, null, 2)}\n`);

    return KPI_PARSE_EXIT.parsed;
  }
  const [first] = result.errors;

  io.writeOut(`${JSON.stringify({ errors: result.errors }, null, 2)}\n`);
  io.writeErr(`${file}: ${first.messageTh} / ${first.messageEn}\n`);

  return KPI_PARSE_EXIT.notParsed;
}

// Returns the file's text without a byte order mark, or null after reporting why it failed.
function readText(file: string, io: CliIo): string | null {
  try {
    const text = readFileSync(file, 'utf8');

    return text.startsWith(BYTE_ORDER_MARK) ? text.slice(BYTE_ORDER_MARK.length) : text;
  } catch (error) {
    io.writeErr(`${describeReadError(file, error)}\n`);

    return null;
  }
}

const READ_ERRORS: Record<string, (file: string) => string> = {
  ENOENT: (file) => `ไม่พบไฟล์ ${file} / File not found: ${file}`,
  EISDIR: (file) => `${file} เป็นโฟลเดอร์ ไม่ใช่ไฟล์ / ${file} is a directory, not a file`,
  EACCES: (file) => `ไม่มีสิทธิ์อ่านไฟล์ ${file} / Permission denied reading ${file}`,
};

function describeReadError(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const describe = code === undefined ? undefined : READ_ERRORS[code];

  if (describe) {
    return describe(file);
  }
  const reason = code ?? String(error);

  return `อ่านไฟล์ ${file} ไม่ได้ (${reason}) / Cannot read ${file} (${reason})`;
}
