import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { kpiSamplePath, readKpiSample } from '@bma-kpi/testing';

import { freePort, startApp, waitFor, workspaceRoot, type RunningApp } from './support/processes';
import { e2eAdmin, tokenFor } from './support/auth';

jest.setTimeout(120_000);

const run = promisify(execFile);

/** Runs the `bma-kpi` CLI as a user would; resolves with its exit code and output. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return cliWith({ BMA_KPI_TOKEN: await tokenFor(e2eAdmin) }, ...args);
}

async function cliWith(env: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['tools/run.mjs', 'apps/cli/src/main.ts', ...args], {
      cwd: workspaceRoot,
      env: { ...process.env, NODE_OPTIONS: '', ...env },
    });

    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };

    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('kpi import against the embedded gateway', () => {
  let app: RunningApp;
  let gateway = '';
  const folder = mkdtempSync(path.join(tmpdir(), 'bma-kpi-cli-'));

  beforeAll(async () => {
    const port = await freePort();

    gateway = `http://127.0.0.1:${port}`;
    writeFileSync(path.join(folder, 'a-sample.txt'), readKpiSample());
    writeFileSync(path.join(folder, 'b-garbage.txt'), 'not a KPI record');
    app = startApp('apps/embedded/src/main.ts', { PORT: String(port), DATA_DIR: 'memory' });
    await waitFor(`${gateway}/api/health`, 200, [app]);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('imports a folder and reports the failure', async () => {
    const result = await cli('kpi', 'import', folder, '--gateway', gateway, '--agency', '0411');

    expect(result.code).toBe(1);
    expect(result.stdout).toContain('สร้างใหม่ / created: 1');
    expect(result.stdout).toContain('ล้มเหลว / failed: 1');
    expect(result.stdout).toMatch(/b-garbage\.txt: HTTP 422 NOT_A_KPI_RECORD/);
  });

  it('finds the file unchanged the second time', async () => {
    const result = await cli('kpi', 'import', kpiSamplePath, '--gateway', gateway, '--agency', '0411');

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('ไม่เปลี่ยนแปลง / unchanged: 1');
  });

  it('fails each file with 401 without a token, and imports with a reporter token of the agency', async () => {
    const anonymous = await cliWith({ BMA_KPI_TOKEN: '' }, 'kpi', 'import', kpiSamplePath, '--gateway', gateway, '--agency', '0411');
    const reporter = await tokenFor({ sub: 'reporter-0411', roles: ['agency_reporter'], agency: '0411' });
    const withToken = await cliWith({ BMA_KPI_TOKEN: '' }, 'kpi', 'import', kpiSamplePath, '--gateway', gateway, '--agency', '0411', '--token', reporter);

    expect(anonymous.code).toBe(1);
    expect(anonymous.stdout).toMatch(/HTTP 401 AUTHENTICATION_REQUIRED/);
    expect(withToken.code).toBe(0);
    expect(withToken.stdout).toContain('ไม่เปลี่ยนแปลง / unchanged: 1');
  });

  it('reports a gateway that is not running', async () => {
    const closedPort = await freePort();
    const result = await cli('kpi', 'import', kpiSamplePath, '--gateway', `http://127.0.0.1:${closedPort}`);

    expect(result.code).toBe(1);
    expect(result.stdout).toContain('ECONNREFUSED');
  });

  it('reports a missing path', async () => {
    const result = await cli('kpi', 'import', path.join(folder, 'missing.txt'), '--gateway', gateway);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('missing.txt');
  });
});
