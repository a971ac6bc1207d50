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
});
