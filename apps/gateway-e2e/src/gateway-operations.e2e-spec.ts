import { http, importSample } from './support/sample-scenario';
import { freePort, startApp, waitFor, type RunningApp } from './support/processes';
import { parseExposition, sampleValue } from './support/prometheus-text';

jest.setTimeout(120_000);

const allowedOrigin = 'https://kpi.example.test';
const perIpLimit = 40;
const perClientLimit = 5;
const json = { 'content-type': 'application/json' };

describe('gateway operations in embedded mode', () => {
  let app: RunningApp;
  let baseUrl = '';
  let indicatorId = '';
  // Each test that is not about rate limits sends its own client id, so that the per-IP limit is
  // the only one shared between tests.
  let clientNumber = 0;
  const asNewClient = () => ({ 'x-client-id': `e2e-client-${(clientNumber += 1)}` });

  beforeAll(async () => {
    const port = await freePort();

    baseUrl = `http://127.0.0.1:${port}`;
    app = startApp('apps/embedded/src/main.ts', {
      PORT: String(port),
      DATA_DIR: 'memory',
      CORS_ORIGINS: `${allowedOrigin}, https://other.example.test`,
      RATE_LIMIT_PER_IP_PER_MINUTE: String(perIpLimit),
      RATE_LIMIT_PER_CLIENT_PER_MINUTE: String(perClientLimit),
    });
    await waitFor(`${baseUrl}/api/health/ready`, 200, [app]);
    const imported = await importSample(baseUrl);

    indicatorId = imported.body.indicatorId;
    await http(baseUrl, 'POST', '/api/v1/evaluations/rounds', { body: JSON.stringify({ fiscalYear: 2564, quarter: 1 }), headers: { ...json, ...asNewClient() } });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('overview returns every section', async () => {
    const response = await http(baseUrl, 'GET', `/api/v1/indicators/${indicatorId}/overview`, { headers: asNewClient() });
    const body = response.body;

    expect(response.status).toBe(200);
    for (const section of ['definition', 'targets', 'progress', 'evaluations', 'datasets', 'flags']) {
      expect({ section, status: body[section]?.status }).toEqual({ section, status: 'ok' });
    }
    expect(body.definition.data).toMatchObject({ id: indicatorId, fiscalYear: 2564 });
    expect(body.definition.data.progress).toBeUndefined();
    expect(body.progress.data.items).toHaveLength(12);
    expect(body.evaluations.data.quarters.map((quarter: { status: string }) => quarter.status)).toEqual(['evaluated', 'noRound', 'noRound', 'noRound']);
    expect(body.evaluations.data.quarters[0].evaluation.roundPhase).toEqual(expect.any(String));
  });

  it('overview of an unknown indicator is 404', async () => {
    const response = await http(baseUrl, 'GET', '/api/v1/indicators/00000000-0000-4000-8000-000000000000/overview', { headers: asNewClient() });

    expect(response.status).toBe(404);
    expect(response.body.code).toBe('INDICATOR_NOT_FOUND');
  });

  it('overview rejects an id that is not a UUID', async () => {
    const response = await http(baseUrl, 'GET', '/api/v1/indicators/not-a-uuid/overview', { headers: asNewClient() });

    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'id', rule: 'isUuid' })]);
  });

  it('sends the security headers', async () => {
    const response = await fetch(`${baseUrl}/api/v1/indicators`, { headers: asNewClient() });

    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('serves the Swagger UI under its policy', async () => {
    const page = await fetch(`${baseUrl}/api/docs`);
    const html = await page.text();
    const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/gu)];
    const init = await fetch(`${baseUrl}/api/docs/swagger-ui-init.js`);

    expect(page.status).toBe(200);
    // The policy allows scripts from the gateway's origin only, so the page must load them as files.
    expect(inlineScripts).toEqual([]);
    expect(init.status).toBe(200);
  });

  it('allows CORS from a listed origin only', async () => {
    const allowed = await fetch(`${baseUrl}/api/v1/indicators`, { headers: { origin: allowedOrigin, ...asNewClient() } });
    const other = await fetch(`${baseUrl}/api/v1/indicators`, { headers: { origin: 'https://evil.example.test', ...asNewClient() } });
    const preflight = await fetch(`${baseUrl}/api/v1/indicators`, {
      method: 'OPTIONS',
      headers: { origin: allowedOrigin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });

    expect(allowed.headers.get('access-control-allow-origin')).toBe(allowedOrigin);
    expect(allowed.headers.get('access-control-expose-headers')).toContain('Retry-After');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('rejects a body over the limit with 413', async () => {
    const response = await http(baseUrl, 'POST', '/api/v1/catalog/datasets', {
      body: JSON.stringify({ title: 'ก'.repeat(300_000) }),
      headers: { ...json, ...asNewClient() },
    });

    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('limits one client id with 429', async () => {
    const headers = { 'x-client-id': 'e2e-limited-client', 'accept-language': 'en' };
    const statuses: number[] = [];

    for (let index = 0; index < perClientLimit; index += 1) {
      statuses.push((await http(baseUrl, 'GET', '/api/v1/indicators', { headers })).status);
    }
    const limited = await http(baseUrl, 'GET', '/api/v1/indicators', { headers });
    const otherClient = await http(baseUrl, 'GET', '/api/v1/indicators', { headers: asNewClient() });

    expect(statuses).toEqual(Array(perClientLimit).fill(200));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.headers.get('content-type')).toContain('application/problem+json');
    expect(limited.body).toMatchObject({ code: 'RATE_LIMITED', title: 'Too many requests' });
    expect(limited.body.detail).toContain(`${perClientLimit} per minute`);
    expect(otherClient.status).toBe(200);
  });

  it('answers 429 in Thai by default', async () => {
    const headers = { 'x-client-id': 'e2e-limited-client' };
    const limited = await http(baseUrl, 'GET', '/api/v1/indicators', { headers });

    expect(limited.status).toBe(429);
    expect(limited.body.title).toBe('ส่งคำขอมากเกินไป');
  });

  it('exempts health and metrics from the limits', async () => {
    const headers = { 'x-client-id': 'e2e-limited-client' };
    const ready = await http(baseUrl, 'GET', '/api/health/ready', { headers });
    const metrics = await fetch(`${baseUrl}/api/metrics`, { headers });

    expect(ready.status).toBe(200);
    expect(metrics.status).toBe(200);
  });

  it('reports liveness and readiness', async () => {
    const live = await http(baseUrl, 'GET', '/api/health/live');
    const ready = await http(baseUrl, 'GET', '/api/health/ready');
    const aggregate = await http(baseUrl, 'GET', '/api/health');

    expect(live.body).toEqual({ status: 'ok' });
    expect(ready.body.status).toBe('ok');
    expect(Object.keys(ready.body.services)).toEqual(['indicators', 'catalog', 'evaluation', 'notification']);
    expect(ready.body.services.indicators).toMatchObject({ status: 'ok', database: 'pglite', outboxBacklog: expect.any(Number) });
    expect(ready.body.services.evaluation).toMatchObject({ status: 'ok', outboxBacklog: expect.any(Number), consumerLag: 0 });
    expect(aggregate.status).toBe(200);
    expect(aggregate.body.status).toBe('ok');
  });

  it('exposes the Prometheus metrics', async () => {
    const response = await fetch(`${baseUrl}/api/metrics`);
    const samples = parseExposition(await response.text());
    const overviewRoute = { method: 'GET', route: '/api/v1/indicators/:id/overview' };

    expect(response.headers.get('content-type')).toContain('text/plain');
    expect(sampleValue(samples, 'bma_kpi_http_requests_total', { ...overviewRoute, status: '200' })).toBeGreaterThanOrEqual(1);
    expect(sampleValue(samples, 'bma_kpi_http_request_duration_seconds_count', overviewRoute)).toBeGreaterThanOrEqual(1);
    expect(sampleValue(samples, 'bma_kpi_service_request_duration_seconds_count', { subject: 'indicators.indicator.get.v1', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    expect(sampleValue(samples, 'bma_kpi_service_request_duration_seconds_count', { subject: 'evaluation.evaluation.list-by-indicator.v1', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    expect(sampleValue(samples, 'bma_kpi_service_request_duration_seconds_count', { subject: 'indicators.indicator.get.v1', outcome: 'INDICATOR_NOT_FOUND' })).toBeGreaterThanOrEqual(1);
    expect(sampleValue(samples, 'bma_kpi_http_requests_total', { method: 'GET', route: '/api/v1/indicators', status: '429' })).toBeGreaterThanOrEqual(1);
    for (const service of ['indicators', 'catalog', 'evaluation']) {
      expect({ service, ready: sampleValue(samples, 'bma_kpi_service_ready', { service }) }).toEqual({ service, ready: 1 });
      expect({ service, backlog: sampleValue(samples, 'bma_kpi_outbox_backlog', { service }) }).toEqual({ service, backlog: expect.any(Number) });
    }
    expect(sampleValue(samples, 'bma_kpi_consumer_lag', { service: 'evaluation' })).toBe(0);
  });

  it('labels unknown paths as unmatched', async () => {
    await http(baseUrl, 'GET', '/api/v1/no-such-route/12345');
    const samples = parseExposition(await (await fetch(`${baseUrl}/api/metrics`)).text());

    expect(sampleValue(samples, 'bma_kpi_http_requests_total', { method: 'GET', route: 'unmatched', status: '404' })).toBeGreaterThanOrEqual(1);
    expect(samples.some((sample) => sample.labels['route']?.includes('no-such-route'))).toBe(false);
  });
});
