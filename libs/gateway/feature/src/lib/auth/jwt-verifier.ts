import { createPublicKey, createSecretKey, type KeyObject } from 'node:crypto';

import { errors as joseErrors, jwtVerify, SignJWT, type JWTPayload } from 'jose';

import { isRole, type Principal } from './principal';

/** Settings of JWT checks; each is documented at its variable in GatewayHttpEnv. */
export interface JwtSettings {
  /** HS256 shared secret; meant for the embedded mode and tests. */
  secret: string | null;
  /** PEM public key (SPKI) of an RS256 or ES256 issuer. */
  publicKeyPem: string | null;
  audience: string;
  issuer: string | null;
  rolesClaim: string;
  agencyClaim: string;
}

/** Error for a rejected bearer token, with the reason shown to the caller. */
export class InvalidTokenError extends Error {
  constructor(readonly reason: 'expired' | 'invalid' | 'claims') {
    super(`token ${reason}`);
  }
}

interface VerificationKey {
  key: KeyObject;
  algorithm: 'HS256' | 'RS256' | 'ES256';
}

const agencyPattern = /^\d{4}$/u;

/** Picks the algorithm from the key itself, so that a token cannot choose a weaker one. */
function asymmetricKeyOf(pem: string): VerificationKey {
  const key = createPublicKey(pem);

  if (key.asymmetricKeyType === 'rsa') {
    return { key, algorithm: 'RS256' };
  }
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') {
    return { key, algorithm: 'ES256' };
  }
  throw new Error('AUTH_JWT_PUBLIC_KEY must be an RSA key (RS256) or a P-256 EC key (ES256)');
}

function keysOf(settings: JwtSettings): VerificationKey[] {
  const keys: VerificationKey[] = [];

  if (settings.publicKeyPem !== null) {
    keys.push(asymmetricKeyOf(settings.publicKeyPem));
  }
  if (settings.secret !== null) {
    keys.push({ key: createSecretKey(Buffer.from(settings.secret, 'utf8')), algorithm: 'HS256' });
  }

  return keys;
}

function principalOf(payload: JWTPayload, settings: JwtSettings): Principal {
  const roles = payload[settings.rolesClaim];
  const agency = payload[settings.agencyClaim];
  const name = payload['name'];

  if (typeof payload.sub !== 'string' || payload.sub === '' || !Array.isArray(roles)) {
    throw new InvalidTokenError('claims');
  }
  if (agency !== undefined && agency !== null && !(typeof agency === 'string' && agencyPattern.test(agency))) {
    throw new InvalidTokenError('claims');
  }

  return {
    kind: 'user',
    id: `user:${payload.sub}`,
    name: typeof name === 'string' ? name : null,
    roles: roles.filter(isRole),
    agency: typeof agency === 'string' ? agency : null,
  };
}

/** Checks bearer tokens: signature with the configured keys, expiry, audience and issuer. */
export class JwtVerifier {
  private readonly keys: VerificationKey[];

  constructor(private readonly settings: JwtSettings) {
    this.keys = keysOf(settings);
    if (this.keys.length === 0) {
      throw new Error('Set AUTH_JWT_PUBLIC_KEY (RS256 or ES256) or AUTH_JWT_SECRET (HS256) so that the gateway can check tokens');
    }
  }

  async verify(token: string): Promise<Principal> {
    // Report an expired or malformed token signed with one key rather than a signature mismatch with another key.
    let worst: InvalidTokenError = new InvalidTokenError('invalid');

    for (const { key, algorithm } of this.keys) {
      try {
        const { payload } = await jwtVerify(token, key, {
          algorithms: [algorithm],
          audience: this.settings.audience,
          ...(this.settings.issuer === null ? {} : { issuer: this.settings.issuer }),
          clockTolerance: 30,
          requiredClaims: ['exp', 'sub'],
        });

        return principalOf(payload, this.settings);
      } catch (error) {
        if (error instanceof InvalidTokenError) {
          worst = error;
        } else if (error instanceof joseErrors.JWTExpired) {
          worst = new InvalidTokenError('expired');
        } else if (error instanceof joseErrors.JWTClaimValidationFailed && error.reason === 'missing') {
          worst = new InvalidTokenError('claims');
        }
      }
    }
    throw worst;
  }
}

/** Claims of a token that the embedded mode and tests make with the HS256 secret. */
export interface LocalTokenClaims {
  sub: string;
  roles: string[];
  agency?: string;
  name?: string;
}

/** Signs an HS256 token; the embedded mode prints one for its local admin. */
export function signLocalToken(secret: string, audience: string, claims: LocalTokenClaims, ttlSeconds: number): Promise<string> {
  const { sub, ...rest } = claims;

  return new SignJWT({ ...rest })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(sub)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(createSecretKey(Buffer.from(secret, 'utf8')));
}
