import type { ExecutionContext } from '@nestjs/common';

import { clientIdOf, throttlersOf } from './rate-limit';

function contextWith(headers: Record<string, string>): ExecutionContext {
  return { switchToHttp: () => ({ getRequest: () => ({ headers }) }) } as unknown as ExecutionContext;
}

describe('clientIdOf', () => {
  it.each([
    [{ 'x-client-id': 'reporting-app' }, 'reporting-app'],
    [{ 'x-api-key': 'key-123' }, 'key-123'],
    [{ 'x-client-id': 'first', 'x-api-key': 'second' }, 'first'],
    [{ 'x-client-id': '  padded  ' }, 'padded'],
    [{ 'x-client-id': '   ' }, null],
    [{}, null],
  ])('%j → %s', (headers, expected) => {
    expect(clientIdOf({ headers })).toBe(expected);
  });

  it('cuts a very long id', () => {
    expect(clientIdOf({ headers: { 'x-client-id': 'a'.repeat(5000) } })?.length).toBe(200);
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

  it('skips the client limit without a client id', () => {
    const [, client] = throttlersOf({ perIpPerMinute: 10, perClientPerMinute: 10 });

    expect(client?.skipIf?.(contextWith({}))).toBe(true);
    expect(client?.skipIf?.(contextWith({ 'x-client-id': 'app' }))).toBe(false);
  });
});
