import { authHeader } from './support/auth';
import { http, importSample } from './support/sample-scenario';
import { freePort, startApp, waitFor, type RunningApp } from './support/processes';
import { parseExposition, sampleValue } from './support/prometheus-text';

jest.setTimeout(120_000);

const allowedOrigin = 'https://kpi.example.test';
const perIpLimit = 80;
const perClientLimit = 5;
const json = { 'content-type': 'application/json' };

describe('gateway operations in embedded mode', () => {
  let app: RunningApp;
  let baseUrl = '';
  let indicatorId = '';
  // Each test that is not about rate limits signs in as its own administrator, so that the per-IP
  // limit is the only one shared between tests.
  let callerNumber = 0;
  const asNewCaller = () => authHeader({ sub: `e2e-caller-${(callerNumber += 1)}`, roles: ['admin'] });

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
    await http(baseUrl, 'POST', '/api/v1/evaluations/rounds', { body: JSON.stringify({ fiscalYear: 2564, quarter: 1 }), headers: { ...json, ...(await asNewCaller()) } });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('overview returns every section', async () => {
    const response = await http(baseUrl, 'GET', `/api/v1/indicators/${indicatorId}/overview`, { headers: await asNewCaller() });
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
    const response = await http(baseUrl, 'GET', '/api/v1/indicators/00000000-0000-4000-8000-000000000000/overview', { headers: await asNewCaller() });

    expect(response.status).toBe(404);
    expect(response.body.code).toBe('INDICATOR_NOT_FOUND');
  });

  it('overview rejects an id that is not a UUID', async () => {
    const response = await http(baseUrl, 'GET', '/api/v1/indicators/not-a-uuid/overview', { headers: await asNewCaller() });

    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'id', rule: 'isUuid' })]);
  });

  it('sends the security headers', async () => {
    const response = await fetch(`${baseUrl}/api/v1/indicators`, { headers: await asNewCaller() });

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
    const allowed = await fetch(`${baseUrl}/api/v1/indicators`, { headers: { origin: allowedOrigin, ...(await asNewCaller()) } });
    const other = await fetch(`${baseUrl}/api/v1/indicators`, { headers: { origin: 'https://evil.example.test', ...(await asNewCaller()) } });
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
      headers: { ...json, ...(await asNewCaller()) },
    });

    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  /** Sends `count` list requests with the headers that `headersOf(index)` returns and collects the statuses. */
  async function listStatuses(count: number, headersOf: (index: number) => Record<string, string>): Promise<number[]> {
    const statuses: number[] = [];

    for (let index = 0; index < count; index += 1) {
      statuses.push((await http(baseUrl, 'GET', '/api/v1/indicators', { headers: headersOf(index) })).status);
    }

    return statuses;
  }

  it('limits one principal with 429', async () => {
    const limitedCaller = await authHeader({ sub: 'e2e-limited-user', roles: ['viewer'] });
    // A new made-up X-Client-Id on every request must not open a new budget.
    const statuses = await listStatuses(perClientLimit, (index) => ({ ...limitedCaller, 'x-client-id': `made-up-${index}` }));
    const limited = await http(baseUrl, 'GET', '/api/v1/indicators', { headers: { ...limitedCaller, 'x-client-id': 'made-up-last', 'accept-language': 'en' } });
    const otherToken = await http(baseUrl, 'GET', '/api/v1/indicators', { headers: await authHeader({ sub: 'e2e-other-user', roles: ['viewer'] }) });

    expect(statuses).toEqual(Array(perClientLimit).fill(200));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.headers.get('content-type')).toContain('application/problem+json');
    expect(limited.body).toMatchObject({ code: 'RATE_LIMITED', title: 'Too many requests' });
    expect(limited.body.detail).toContain(`${perClientLimit} per minute`);
    expect(limited.body.detail).toContain('from this user or API client');
    expect(limited.body.details).toEqual({ limit: perClientLimit, per: 'client', windowSeconds: 60, retryAfterSeconds: Number(limited.headers.get('retry-after')) });
    expect(otherToken.status).toBe(200);
  });

  it('answers 429 in Thai by default', async () => {
    const limited = await http(baseUrl, 'GET', '/api/v1/indicators', { headers: await authHeader({ sub: 'e2e-limited-user', roles: ['viewer'] }) });

    expect(limited.status).toBe(429);
    expect(limited.body.title).toBe('ส่งคำขอมากเกินไป');
    expect(limited.body.detail).toContain('จากผู้ใช้หรือไคลเอนต์ API รายนี้');
  });

  it('gives each API key its own budget', async () => {
    const created = [];

    for (const name of ['ระบบทดสอบ ก', 'ระบบทดสอบ ข']) {
      created.push(await http(baseUrl, 'POST', '/api/v1/admin/api-clients', { body: JSON.stringify({ name, scopes: ['viewer'] }), headers: { ...json, ...(await asNewCaller()) } }));
    }
    const [first, second] = created.map((response) => ({ authorization: '', 'x-api-key': String(response.body.key) }));
    const statuses = await listStatuses(perClientLimit, () => first);
    const firstLimited = await http(baseUrl, 'GET', '/api/v1/indicators', { headers: { ...first, 'x-client-id': 'someone-else' } });
    const secondKey = await http(baseUrl, 'GET', '/api/v1/indicators', { headers: second });

    expect(created.map((response) => response.status)).toEqual([201, 201]);
    expect(statuses).toEqual(Array(perClientLimit).fill(200));
    expect(firstLimited.status).toBe(429);
    expect(secondKey.status).toBe(200);
  });

  it('keys no client budget on unverified headers', async () => {
    // Without valid credentials only the per-IP limit counts, so these never get 429 here.
    const anonymous = await listStatuses(perClientLimit + 1, () => ({ authorization: '', 'x-client-id': 'e2e-anonymous' }));
    const badKey = await http(baseUrl, 'GET', '/api/v1/indicators', { headers: { authorization: '', 'x-api-key': 'e2e-limited-user' } });
    const publicList = await http(baseUrl, 'GET', '/api/v1/catalog/public/datasets', { headers: { authorization: '', 'x-client-id': 'e2e-anonymous' } });

    expect(anonymous).toEqual(Array(perClientLimit + 1).fill(401));
    expect(badKey.status).toBe(401);
    expect(publicList.status).toBe(200);
  });

  it('exempts health and metrics from the limits', async () => {
    const headers = await authHeader({ sub: 'e2e-limited-user', roles: ['viewer'] });
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
