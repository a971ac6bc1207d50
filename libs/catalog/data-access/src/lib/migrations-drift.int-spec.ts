import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const workspaceRoot = path.join(__dirname, '../../../../..');
const run = promisify(execFile);

describe('catalog migrations', () => {
  it('match schema.prisma', async () => {
    const script = path.join(workspaceRoot, 'tools/prisma-migrate.mjs');
    const result = await run(process.execPath, [script, 'diff', '--service', 'catalog'], {
      cwd: workspaceRoot,
      timeout: 120_000,
    }).catch((error: { code?: number; stdout?: string; stderr?: string }) => error);

    // Exit code 1 means drift; the missing SQL is in stdout.
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('No drift');
    expect((result as { code?: number }).code).toBeUndefined();
  }, 150_000);
});
