import { signLocalToken, type LocalTokenClaims } from '@bma-kpi/gateway-feature';

/** HS256 secret that every app started by the end-to-end tests checks tokens with. */
export const e2eJwtSecret = 'e2e-only-secret-of-at-least-32-characters';
const audience = 'bma-kpi';
const tokens = new Map<string, Promise<string>>();

/** Signs a bearer token for the claims, valid for an hour, and caches it per claims. */
export function tokenFor(claims: LocalTokenClaims): Promise<string> {
  const key = JSON.stringify(claims);
  let token = tokens.get(key);

  if (token === undefined) {
    token = signLocalToken(e2eJwtSecret, audience, claims, 3600);
    tokens.set(key, token);
  }

  return token;
}

/** Claims of the administrator that the tests act as by default. */
export const e2eAdmin: LocalTokenClaims = { sub: 'e2e-admin', roles: ['admin'] };

/** Builds the Authorization header for the claims, the administrator's by default. */
export async function authHeader(claims: LocalTokenClaims = e2eAdmin): Promise<{ authorization: string }> {
  return { authorization: `Bearer ${await tokenFor(claims)}` };
}

/** Calls fetch with the administrator's token unless the request carries its own Authorization header. */
export async function adminFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);

  if (!headers.has('authorization')) {
    headers.set('authorization', (await authHeader()).authorization);
  }

  return fetch(url, { ...init, headers });
}
