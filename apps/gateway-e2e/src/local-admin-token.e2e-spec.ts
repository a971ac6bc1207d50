import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { http } from './support/sample-scenario';
import { freePort, startApp, waitFor, workspaceRoot, type RunningApp } from './support/processes';

jest.setTimeout(180_000);

const run = promisify(execFile);

describe('local admin token of the embedded mode', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bma-kpi-auth-'));
  const tokenFile = path.join(dataDir, 'admin-token');
  let app: RunningApp | undefined;
  let baseUrl = '';

  async function start(): Promise<RunningApp> {
    const port = await freePort();

    baseUrl = `http://127.0.0.1:${port}`;
    const started = startApp('apps/embedded/src/main.ts', { PORT: String(port), DATA_DIR: dataDir, AUTH_JWT_SECRET: '' });

    await waitFor(`${baseUrl}/api/health`, 200, [started]);

    return started;
  }

  const me = (token: string) => http(baseUrl, 'GET', '/api/v1/me', { headers: { authorization: `Bearer ${token}` } });

  afterAll(async () => {
    await app?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints how to get the token and writes it for the owner only', async () => {
    app = await start();
    // The ready line comes after the gateway listens, so wait for it rather than race it.
    await new Promise((resolve) => setTimeout(resolve, 500));

    expect(app.output()).toContain(`export TOKEN=$(cat ${tokenFile})`);
    expect(statSync(tokenFile).mode & 0o777).toBe(0o600);
    expect((await me(readFileSync(tokenFile, 'utf8').trim())).body).toMatchObject({ id: 'user:local-admin', roles: ['admin'] });
  });

  it('keeps its secret across a restart, so earlier tokens stay valid', async () => {
    const earlier = readFileSync(tokenFile, 'utf8').trim();

    await app?.stop();
    app = await start();

    expect((await me(earlier)).status).toBe(200);
  });

  it('signs tokens for other roles with the CLI', async () => {
    const { stdout } = await run(process.execPath, ['tools/run.mjs', 'apps/cli/src/main.ts', 'token', '--data-dir', dataDir, '--role', 'viewer', '--sub', 'somchai'], {
      cwd: workspaceRoot,
      env: { ...process.env, NODE_OPTIONS: '', AUTH_JWT_SECRET: '' },
    });
    const viewer = stdout.trim();
    const audit = await http(baseUrl, 'GET', '/api/v1/admin/audit', { headers: { authorization: `Bearer ${viewer}` } });

    expect((await me(viewer)).body).toMatchObject({ id: 'user:somchai', roles: ['viewer'] });
    expect(audit.status).toBe(403);
  });

  it('refuses a token of another installation', async () => {
    const other = mkdtempSync(path.join(tmpdir(), 'bma-kpi-other-'));

    try {
      const port = await freePort();
      const foreign = startApp('apps/embedded/src/main.ts', { PORT: String(port), DATA_DIR: other, AUTH_JWT_SECRET: '' });

      await waitFor(`http://127.0.0.1:${port}/api/health`, 200, [foreign]);
      await foreign.stop();
      const foreignToken = readFileSync(path.join(other, 'admin-token'), 'utf8').trim();

      expect((await me(foreignToken)).status).toBe(401);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
