import { generateKeyPairSync } from 'node:crypto';

import { SignJWT } from 'jose';

import { InvalidTokenError, JwtVerifier, signLocalToken, type JwtSettings } from './jwt-verifier';

const secret = 'unit-test-secret-of-at-least-32-characters';
const settings: JwtSettings = { secret: null, publicKeyPem: null, audience: 'bma-kpi', issuer: null, rolesClaim: 'roles', agencyClaim: 'agency' };
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const pem = (key: typeof rsa.publicKey) => key.export({ type: 'spki', format: 'pem' }).toString();

function token(alg: 'RS256' | 'ES256', key: typeof rsa.privateKey, claims: Record<string, unknown> = {}, expiry = '5m', audience = 'bma-kpi') {
  return new SignJWT({ roles: ['agency_reporter'], agency: '0411', ...claims })
    .setProtectedHeader({ alg })
    .setSubject('somchai')
    .setAudience(audience)
    .setIssuer('https://sso.bangkok.go.th')
    .setExpirationTime(expiry)
    .sign(key);
}

async function reasonOf(verifier: JwtVerifier, jwt: string): Promise<string> {
  try {
    await verifier.verify(jwt);

    return 'accepted';
  } catch (error) {
    return error instanceof InvalidTokenError ? error.reason : 'other';
  }
}

describe('JwtVerifier', () => {
  it('accepts RS256 and ES256 tokens and reads roles and agency', async () => {
    const rs = new JwtVerifier({ ...settings, publicKeyPem: pem(rsa.publicKey), issuer: 'https://sso.bangkok.go.th' });
    const es = new JwtVerifier({ ...settings, publicKeyPem: pem(ec.publicKey) });

    expect(await rs.verify(await token('RS256', rsa.privateKey))).toEqual({
      kind: 'user',
      id: 'user:somchai',
      name: null,
      roles: ['agency_reporter'],
      agency: '0411',
    });
    expect((await es.verify(await token('ES256', ec.privateKey, { roles: ['evaluator', 'superuser'] }))).roles).toEqual(['evaluator']);
  });

  it('refuses expired tokens, another audience or issuer, and another key', async () => {
    const rs = new JwtVerifier({ ...settings, publicKeyPem: pem(rsa.publicKey), issuer: 'https://other.example' });
    const plain = new JwtVerifier({ ...settings, publicKeyPem: pem(rsa.publicKey) });
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 });

    expect(await reasonOf(plain, await token('RS256', rsa.privateKey, {}, '-2m'))).toBe('expired');
    expect(await reasonOf(plain, await token('RS256', rsa.privateKey, {}, '5m', 'another-app'))).toBe('invalid');
    expect(await reasonOf(rs, await token('RS256', rsa.privateKey))).toBe('invalid');
    expect(await reasonOf(plain, await token('RS256', other.privateKey))).toBe('invalid');
    expect(await reasonOf(plain, 'not.a.jwt')).toBe('invalid');
  });

  it('refuses an HS256 token signed with the public key when only an RSA key is configured', async () => {
    const verifier = new JwtVerifier({ ...settings, publicKeyPem: pem(rsa.publicKey) });
    const forged = await signLocalToken(pem(rsa.publicKey), 'bma-kpi', { sub: 'mallory', roles: ['admin'] }, 300);

    expect(await reasonOf(verifier, forged)).toBe('invalid');
  });

  it('accepts HS256 with the secret and refuses malformed claims', async () => {
    const verifier = new JwtVerifier({ ...settings, secret });
    const good = await signLocalToken(secret, 'bma-kpi', { sub: 'admin', roles: ['admin'], name: 'ผู้ดูแล' }, 300);
    const badAgency = await signLocalToken(secret, 'bma-kpi', { sub: 'x', roles: ['viewer'], agency: 'สำนัก' }, 300);
    const noRoles = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setAudience('bma-kpi').setExpirationTime('5m').sign(Buffer.from(secret));

    expect(await verifier.verify(good)).toMatchObject({ id: 'user:admin', roles: ['admin'], name: 'ผู้ดูแล', agency: null });
    expect(await reasonOf(verifier, badAgency)).toBe('claims');
    expect(await reasonOf(verifier, noRoles)).toBe('claims');
  });

  it('refuses to start without a key and with an unsupported key type', () => {
    const ed = generateKeyPairSync('ed25519');

    expect(() => new JwtVerifier(settings)).toThrow(/AUTH_JWT_PUBLIC_KEY .* or AUTH_JWT_SECRET/);
    expect(() => new JwtVerifier({ ...settings, publicKeyPem: pem(ed.publicKey) })).toThrow(/RS256|ES256/);
  });
});
