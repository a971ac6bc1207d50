import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { decodeJwt } from 'jose';

import { createProgram } from '../program';
import { localSecretOf } from './token.command';

function run(...args: string[]): Promise<{ out: string; err: string; code: number }> {
  const result = { out: '', err: '', code: 0 };
  const program = createProgram({
    writeOut: (text) => (result.out += text),
    writeErr: (text) => (result.err += text),
    setExitCode: (code) => (result.code = code),
  });

  return program.parseAsync(['node', 'bma-kpi', ...args]).then(() => result);
}

describe('bma-kpi token', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bma-kpi-token-'));

  beforeAll(() => {
    mkdirSync(path.join(dataDir, 'auth'));
    writeFileSync(path.join(dataDir, 'auth', 'jwt-secret'), 'secret-kept-by-the-embedded-mode-000000\n');
  });

  it('signs a token with the roles, agency and expiry asked for', async () => {
    const result = await run('token', '--data-dir', dataDir, '--role', 'agency_reporter', '--agency', '0411', '--sub', 'somchai', '--hours', '2');
    const claims = decodeJwt(result.out.trim());

    expect(result.code).toBe(0);
    expect(claims).toMatchObject({ sub: 'somchai', roles: ['agency_reporter'], agency: '0411', aud: 'bma-kpi' });
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(7200);
  });

  it.each([
    [['--role', 'superuser'], /--role/],
    [['--agency', 'สำนัก'], /--agency/],
    [['--hours', '0'], /--hours/],
  ])('refuses %p naming the option', async (args, message) => {
    const result = await run('token', '--data-dir', dataDir, ...args);

    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.out).toBe('');
  });

  it('prefers AUTH_JWT_SECRET and says what to do when there is no secret', () => {
    expect(localSecretOf(dataDir, { AUTH_JWT_SECRET: 'from-env' })).toBe('from-env');
    expect(() => localSecretOf(path.join(dataDir, 'none'), {})).toThrow(/AUTH_JWT_SECRET/);
  });
});
