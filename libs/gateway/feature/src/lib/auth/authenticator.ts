import type { ApiClientRepository } from '@bma-kpi/gateway-data-access';
import type { Request } from 'express';

import { hashApiKey, looksLikeApiKey } from './api-key';
import { InvalidTokenError, type JwtVerifier } from './jwt-verifier';
import { anonymousPrincipal, isRole, type Principal } from './principal';

/** Error for rejected credentials, with the reason; the guard turns it into 401. */
export class InvalidCredentialsError extends Error {
  constructor(readonly reason: 'expired' | 'invalid' | 'claims' | 'api-key' | 'scheme') {
    super(`credentials refused: ${reason}`);
  }
}

function headerOf(request: Request, name: string): string | null {
  const value = request.headers[name];

  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/**
 * Authenticates a request by its bearer token or API key. A request without credentials is
 * anonymous. The rate limiter and the access guard both call principalOf for each request, so the
 * result or the rejection is cached per request object and each request is verified only once.
 */
export class Authenticator {
  private readonly principals = new WeakMap<Request, Promise<Principal>>();

  constructor(
    private readonly jwt: JwtVerifier,
    private readonly apiClients: ApiClientRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  principalOf(request: Request): Promise<Principal> {
    let principal = this.principals.get(request);

    if (principal === undefined) {
      principal = this.authenticate(request);
      this.principals.set(request, principal);
    }

    return principal;
  }

  private async authenticate(request: Request): Promise<Principal> {
    const authorization = headerOf(request, 'authorization');
    const apiKey = headerOf(request, 'x-api-key');

    if (authorization !== null) {
      return this.fromAuthorization(authorization);
    }

    return apiKey === null ? anonymousPrincipal : this.fromApiKey(apiKey);
  }

  private async fromAuthorization(value: string): Promise<Principal> {
    const [scheme, credential] = value.split(/\s+/u, 2);

    if (scheme?.toLowerCase() !== 'bearer' || credential === undefined) {
      throw new InvalidCredentialsError('scheme');
    }
    if (looksLikeApiKey(credential)) {
      return this.fromApiKey(credential);
    }
    try {
      return await this.jwt.verify(credential);
    } catch (error) {
      throw new InvalidCredentialsError(error instanceof InvalidTokenError ? error.reason : 'invalid');
    }
  }

  private async fromApiKey(key: string): Promise<Principal> {
    const now = this.now();
    const client = looksLikeApiKey(key) ? await this.apiClients.findUsable(hashApiKey(key), now) : null;

    if (client === null) {
      throw new InvalidCredentialsError('api-key');
    }
    // Losing a lastUsedAt write must not fail the request it describes.
    this.apiClients.touch(client.id, now).catch(() => undefined);

    return { kind: 'client', id: `client:${client.id}`, name: client.name, roles: client.scopes.filter(isRole), agency: client.agencyCode };
  }
}
