import { Command } from 'commander';

import { type CliIo, processIo } from './cli-io';
import { registerKpiImportCommand } from './commands/kpi-import.command';
import { registerKpiParseCommand } from './commands/kpi-parse.command';
import { registerTokenCommand } from './commands/token.command';

/**
 * Builds the `bma-kpi` command line. KPI commands hang under `kpi`, and a new one such as
 * `kpi import` registers itself there next to `kpi parse`.
 */
export function createProgram(io: CliIo = processIo): Command {
  const program = new Command('bma-kpi')
    .description('Tools for the BMA KPI platform')
    .configureOutput({ writeOut: io.writeOut, writeErr: io.writeErr });
  const kpi = program
    .command('kpi')
    .description('Work with KPI record exports of BMA Digital Plans');

  registerKpiParseCommand(kpi, io);
  registerKpiImportCommand(kpi, io);
  registerTokenCommand(program, io);

  return program;
}
