import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { freePort } from './processes';

// NATS and PostgreSQL servers that one test run starts, stops and restarts on its own ports, so
// that failure tests never touch the servers other runs share.

/** A nats-server with JetStream on a free 127.0.0.1 port, keeping its store across restarts. */
export interface PrivateNats {
  url: string;
  /** Starts the server, or starts it again on the same port and store after stop(). */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Stops the server and deletes its store. */
  remove(): Promise<void>;
}

/** A throwaway PostgreSQL cluster with trust authentication on a free 127.0.0.1 port. */
export interface PrivatePostgres {
  /** Connection URL of the `postgres` database as user `postgres`. */
  url: string;
  start(): void;
  /** Stops the server at once (fast shutdown), which ends every client connection. */
  stop(): void;
  /** Stops the server and deletes the cluster. */
  remove(): void;
}

/** Resolves when a process has exited; kills it with SIGKILL when SIGTERM does not end it within 10 s. */
function stopProcess(child: ChildProcess | null): Promise<void> {
  return new Promise((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) {
      resolve();

      return;
    }
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);

    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function waitForLine(child: ChildProcess, pattern: RegExp, output: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;

  while (!pattern.test(output())) {
    if (child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`nats-server did not start:\n${output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Plans a private nats-server; call start() to run it. Needs `nats-server` on the PATH. */
export async function privateNats(): Promise<PrivateNats> {
  const port = await freePort();
  const storeDir = mkdtempSync(path.join(tmpdir(), 'bma-kpi-nats-'));
  let child: ChildProcess | null = null;

  return {
    url: `nats://127.0.0.1:${port}`,
    async start() {
      let output = '';

      child = spawn('nats-server', ['-js', '-a', '127.0.0.1', '-p', String(port), '-sd', storeDir], { stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      await waitForLine(child, /Server is ready/u, () => output);
    },
    async stop() {
      await stopProcess(child);
      child = null;
    },
    async remove() {
      await stopProcess(child);
      child = null;
      rmSync(storeDir, { recursive: true, force: true });
    },
  };
}

/** Returns the folder of the PostgreSQL server programs (initdb, pg_ctl), or null when none is installed. */
export function postgresBinDir(): string | null {
  const root = '/usr/lib/postgresql';

  if (!existsSync(root)) {
    return null;
  }
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  const found = versions.map((version) => path.join(root, version, 'bin')).find((dir) => existsSync(path.join(dir, 'initdb')));

  return found ?? null;
}

/**
 * Creates a private PostgreSQL cluster with the programs in `binDir`. PostgreSQL refuses to run
 * as root, so under root the programs run as the `postgres` user through runuser.
 */
export async function privatePostgres(binDir: string): Promise<PrivatePostgres> {
  const port = await freePort();
  const root = mkdtempSync(path.join(tmpdir(), 'bma-kpi-pg-'));
  const dataDir = path.join(root, 'data');
  const asRoot = process.getuid?.() === 0;
  const run = (program: string, args: string[]) => {
    const command = asRoot ? 'runuser' : path.join(binDir, program);
    const commandArgs = asRoot ? ['-u', 'postgres', '--', path.join(binDir, program), ...args] : args;
    const result = spawnSync(command, commandArgs, { encoding: 'utf8' });

    if (result.status !== 0) {
      throw new Error(`${program} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
    }
  };

  chmodSync(root, 0o777);
  run('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--no-sync']);
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${root} -c fsync=off`;

  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    start: () => run('pg_ctl', ['-D', dataDir, '-o', options, '-l', path.join(root, 'server.log'), '-w', 'start']),
    stop: () => run('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']),
    remove: () => {
      try {
        run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // Already stopped.
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
}
