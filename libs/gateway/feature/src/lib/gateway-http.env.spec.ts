import 'reflect-metadata';

import { loadConfig } from '@bma-kpi/config';

import { GatewayHttpEnv, gatewayOperationsOf } from './gateway-http.env';

describe('GatewayHttpEnv operations', () => {
  it('has no CORS origins and both rate limits on by default', () => {
    const operations = gatewayOperationsOf(loadConfig(GatewayHttpEnv, {}));

    expect(operations.corsOrigins).toEqual([]);
    expect(operations.rateLimits.perIpPerMinute).toBeGreaterThan(0);
    expect(operations.rateLimits.perClientPerMinute).toBeGreaterThan(0);
  });

  it('reads a comma-separated list of origins', () => {
    const env = loadConfig(GatewayHttpEnv, { CORS_ORIGINS: 'https://kpi.bangkok.go.th, http://localhost:5173' });

    expect(gatewayOperationsOf(env).corsOrigins).toEqual(['https://kpi.bangkok.go.th', 'http://localhost:5173']);
  });

  it.each(['kpi.bangkok.go.th', 'https://kpi.bangkok.go.th/app', '*'])('rejects the origin %s', (origin) => {
    expect(() => loadConfig(GatewayHttpEnv, { CORS_ORIGINS: origin })).toThrow(/CORS_ORIGINS/u);
  });

  it('rejects a negative rate limit', () => {
    expect(() => loadConfig(GatewayHttpEnv, { RATE_LIMIT_PER_IP_PER_MINUTE: '-1' })).toThrow(/RATE_LIMIT_PER_IP_PER_MINUTE/u);
  });

  it.each([
    ['', false],
    ['1', 1],
    ['loopback, 10.0.0.0/8', ['loopback', '10.0.0.0/8']],
    ['uniquelocal', ['uniquelocal']],
    ['fd00::/8', ['fd00::/8']],
  ])('reads TRUST_PROXY %p', (value, expected) => {
    expect(gatewayOperationsOf(loadConfig(GatewayHttpEnv, { TRUST_PROXY: value })).trustProxy).toEqual(expected);
  });

  it.each(['true', ' true ', '10.0.0.0/8;rm', '*'])('rejects TRUST_PROXY %p', (value) => {
    expect(() => loadConfig(GatewayHttpEnv, { TRUST_PROXY: value })).toThrow(/TRUST_PROXY/u);
  });
});
