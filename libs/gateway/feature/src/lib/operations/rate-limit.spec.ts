import type { ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

import { InvalidCredentialsError } from '../auth/authenticator';
import { anonymousPrincipal, type Principal } from '../auth/principal';
import { clientKeyOf, clientKeyOfRequest, throttlersOf } from './rate-limit';

function contextWith(headers: Record<string, string>): ExecutionContext {
  return { switchToHttp: () => ({ getRequest: () => ({ headers }) }) } as unknown as ExecutionContext;
}

const person: Principal = { kind: 'user', id: 'user:somchai', name: null, roles: ['viewer'], agency: '0411' };
const apiClient: Principal = { kind: 'client', id: 'client:7f3c', name: 'BMA Digital Plans', roles: ['integration'], agency: null };

/** Builds an authenticator stand-in that returns or raises the given outcome. */
function authenticatorOf(outcome: Principal | Error) {
  return { principalOf: jest.fn(() => (outcome instanceof Error ? Promise.reject(outcome) : Promise.resolve(outcome))) };
}

const request = { headers: { 'x-client-id': 'made-up' } } as unknown as Request;

describe('clientKeyOf', () => {
  it.each([
    [person, 'user:somchai'],
    [apiClient, 'client:7f3c'],
    [anonymousPrincipal, null],
  ])('%j → %s', (principal, expected) => {
    expect(clientKeyOf(principal)).toBe(expected);
  });
});

describe('clientKeyOfRequest', () => {
  it('keys on the authenticated principal', async () => {
    const authenticator = authenticatorOf(apiClient);

    await expect(clientKeyOfRequest(authenticator, request)).resolves.toBe('client:7f3c');
    expect(authenticator.principalOf).toHaveBeenCalledWith(request);
  });

  it('ignores the X-Client-Id header', async () => {
    await expect(clientKeyOfRequest(authenticatorOf(anonymousPrincipal), request)).resolves.toBeNull();
  });

  it('returns null for invalid credentials', async () => {
    await expect(clientKeyOfRequest(authenticatorOf(new InvalidCredentialsError('api-key')), request)).resolves.toBeNull();
  });

  it('returns null when authentication fails', async () => {
    await expect(clientKeyOfRequest(authenticatorOf(new Error('database unavailable')), request)).resolves.toBeNull();
  });
});

describe('throttlersOf', () => {
  it('defines one throttler per limit', () => {
    const throttlers = throttlersOf({ perIpPerMinute: 100, perClientPerMinute: 1000 });

    expect(throttlers.map(({ name, limit, ttl }) => ({ name, limit, ttl }))).toEqual([
      { name: 'ip', limit: 100, ttl: 60_000 },
      { name: 'client', limit: 1000, ttl: 60_000 },
    ]);
  });

  it('leaves out a limit of 0', () => {
    expect(throttlersOf({ perIpPerMinute: 0, perClientPerMinute: 10 }).map((throttler) => throttler.name)).toEqual(['client']);
    expect(throttlersOf({ perIpPerMinute: 0, perClientPerMinute: 0 })).toEqual([]);
  });

  it('keys one budget across routes', () => {
    const [ip] = throttlersOf({ perIpPerMinute: 10, perClientPerMinute: 0 });
    const context = contextWith({});

    expect(ip?.generateKey?.(context, '203.0.113.7', 'ip')).toBe('ip:203.0.113.7');
  });

  it('leaves the client tracker to the guard', () => {
    const [, client] = throttlersOf({ perIpPerMinute: 10, perClientPerMinute: 10 });

    expect(client?.getTracker).toBeUndefined();
    expect(client?.generateKey?.(contextWith({}), 'user:somchai', 'client')).toBe('client:user:somchai');
  });
});
