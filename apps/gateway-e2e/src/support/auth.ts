import { signLocalToken, type LocalTokenClaims } from '@bma-kpi/gateway-feature';

/** HS256 secret that every app started by the end-to-end tests checks tokens with. */
export const e2eJwtSecret = 'e2e-only-secret-of-at-least-32-characters';
const audience = 'bma-kpi';
const tokens = new Map<string, Promise<string>>();

/** A bearer token for the given claims, valid for an hour; the same claims give the same token. */
export function tokenFor(claims: LocalTokenClaims): Promise<string> {
  const key = JSON.stringify(claims);
  let token = tokens.get(key);

  if (token === undefined) {
    token = signLocalToken(e2eJwtSecret, audience, claims, 3600);
    tokens.set(key, token);
  }

  return token;
}

/** Claims of the administrator that the tests act as unless they say otherwise. */
export const e2eAdmin: LocalTokenClaims = { sub: 'e2e-admin', roles: ['admin'] };

/** Authorization header of the given claims, the administrator by default. */
export async function authHeader(claims: LocalTokenClaims = e2eAdmin): Promise<{ authorization: string }> {
  return { authorization: `Bearer ${await tokenFor(claims)}` };
}

/** fetch with the administrator's token unless the request carries its own Authorization header. */
export async function adminFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);

  if (!headers.has('authorization')) {
    headers.set('authorization', (await authHeader()).authorization);
  }

  return fetch(url, { ...init, headers });
}
