import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { signLocalToken } from './jwt-verifier';

/** The embedded mode's HS256 secret and an admin token signed with it. */
export interface LocalAuth {
  secret: string;
  adminToken: string;
  /** File holding the admin token, or null when DATA_DIR is `memory`. */
  tokenFile: string | null;
}

/** Reads the secret kept under DATA_DIR, or makes and keeps one, so that tokens survive a restart. */
async function localSecret(dataDir: string): Promise<string> {
  if (dataDir === 'memory') {
    return randomBytes(32).toString('base64url');
  }
  const file = path.join(dataDir, 'auth', 'jwt-secret');

  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    const secret = randomBytes(32).toString('base64url');

    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    await writeFile(file, `${secret}\n`, { mode: 0o600 });

    return secret;
  }
}

/**
 * Prepares sign-in for the embedded mode: the configured secret or one kept under DATA_DIR, and a
 * local admin token valid for `ttlHours`, written to `<DATA_DIR>/admin-token` for scripts to read.
 */
export async function prepareLocalAuth(dataDir: string, audience: string, configuredSecret: string | undefined, ttlHours: number): Promise<LocalAuth> {
  const secret = configuredSecret ?? (await localSecret(dataDir));
  const adminToken = await signLocalToken(secret, audience, { sub: 'local-admin', name: 'ผู้ดูแลระบบในเครื่อง / local admin', roles: ['admin'] }, ttlHours * 3600);

  if (dataDir === 'memory') {
    return { secret, adminToken, tokenFile: null };
  }
  const tokenFile = path.join(dataDir, 'admin-token');

  await mkdir(dataDir, { recursive: true });
  await writeFile(tokenFile, `${adminToken}\n`, { mode: 0o600 });
  await chmod(tokenFile, 0o600);

  return { secret, adminToken, tokenFile };
}
