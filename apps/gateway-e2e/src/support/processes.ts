import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

import { workspaceRoot } from '@bma-kpi/testing';
import { e2eJwtSecret } from './auth';

export { workspaceRoot };

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();

    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();

      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A process started from a TypeScript entry point, with its output kept for failure messages. */
export interface RunningApp {
  process: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

export function startApp(entry: string, env: Record<string, string>): RunningApp {
  const environment: Record<string, string | undefined> = {
    ...process.env,
    NODE_OPTIONS: '',
    LOG_LEVEL: 'warn',
    AUTH_JWT_SECRET: e2eJwtSecret,
    // Standalone gateways keep their API clients and audit log in memory unless a test names a database.
    ...(entry === 'apps/gateway/src/main.ts' ? { GATEWAY_DATABASE_URL: 'pglite:memory' } : {}),
    ...env,
  };

  // An empty AUTH_JWT_SECRET starts the app without one, as a new user's embedded mode does.
  if (environment['AUTH_JWT_SECRET'] === '') {
    delete environment['AUTH_JWT_SECRET'];
  }
  const child = spawn(process.execPath, ['tools/run.mjs', entry], {
    cwd: workspaceRoot,
    env: environment,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';

  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  return {
    process: child,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) {
          resolve();

          return;
        }
        const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);

        child.once('exit', () => {
          clearTimeout(killer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** Polls a URL until it returns the expected status, or fails with the apps' output. */
export async function waitFor(url: string, status: number, apps: RunningApp[], timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;

  while (Date.now() < deadline) {
    for (const app of apps) {
      if (app.process.exitCode !== null) {
        throw new Error(`An app exited early with code ${app.process.exitCode}:\n${app.output()}`);
      }
    }
    try {
      const response = await fetch(url);

      if (response.status === status) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${url} did not return ${status} within ${timeoutMs} ms:\n${apps.map((app) => app.output()).join('\n')}`);
}
