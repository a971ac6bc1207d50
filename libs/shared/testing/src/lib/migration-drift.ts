import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

import { workspaceRoot } from './samples';

const run = promisify(execFile);

/** Output and exit code of `tools/prisma-migrate.mjs diff`; exit code 1 means drift. */
export interface MigrationDiff {
  code: number | undefined;
  stdout: string;
  stderr: string;
}

/** Compares a service's migrations folder with its schema.prisma through the migration tool. */
export async function diffMigrations(service: string): Promise<MigrationDiff> {
  const script = path.join(workspaceRoot, 'tools/prisma-migrate.mjs');

  try {
    const { stdout, stderr } = await run(process.execPath, [script, 'diff', '--service', service], {
      cwd: workspaceRoot,
      timeout: 120_000,
    });

    return { code: undefined, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };

    return { code: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}
