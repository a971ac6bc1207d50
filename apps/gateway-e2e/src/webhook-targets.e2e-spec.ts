import { http } from './support/sample-scenario';
import { freePort, startApp, waitFor, type RunningApp } from './support/processes';

jest.setTimeout(120_000);

const json = { 'content-type': 'application/json' };
const english = { 'accept-language': 'en' };
const somchai = { type: 'user', displayName: 'สมชาย ใจดี', agencyCode: '0411', audiences: ['agency'], email: 'somchai@bangkok.go.th' };

// No test here sends a webhook: the accepted host name is checked only when a delivery resolves it.
describe('webhook targets in embedded mode by default', () => {
  let app: RunningApp;
  let baseUrl = '';
  let apiKey = '';

  const asAdmin = (method: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
    http(baseUrl, method, path, { body: JSON.stringify(body), headers: { ...json, ...headers } });
  const asClient = (method: string, path: string, body: unknown) =>
    http(baseUrl, method, path, { body: JSON.stringify(body), headers: { ...json, ...english, authorization: '', 'x-api-key': apiKey } });

  beforeAll(async () => {
    const port = await freePort();

    baseUrl = `http://127.0.0.1:${port}`;
    // WEBHOOK_ALLOW_PRIVATE_TARGETS is left unset, so the embedded mode's default applies.
    app = startApp('apps/embedded/src/main.ts', { PORT: String(port), DATA_DIR: 'memory' });
    await waitFor(`${baseUrl}/api/health`, 200, [app]);
    await asAdmin('PUT', '/api/v1/notifications/recipients/user:somchai', somchai);
    apiKey = (await asAdmin('POST', '/api/v1/admin/api-clients', { name: 'BMA Digital Plans', scopes: ['integration'], agency: '0411' })).body.key as string;
  });

  afterAll(async () => {
    await app?.stop();
  });

  it.each([
    ['http://127.0.0.1:8080/hook', '127.0.0.1 is loopback (127.0.0.0/8)'],
    ['http://[::1]/hook', '::1 is loopback (::1)'],
    ['http://[::ffff:127.0.0.1]/hook', '::ffff:7f00:1 is loopback (127.0.0.0/8)'],
    ['http://169.254.169.254/latest/meta-data', '169.254.169.254 is link-local (169.254.0.0/16)'],
    ['http://10.20.30.40/hook', '10.20.30.40 is private (10.0.0.0/8)'],
    ['http://100.64.0.7/hook', '100.64.0.7 is carrier-grade NAT (100.64.0.0/10)'],
    ['http://[fd00::7]/hook', 'fd00::7 is unique-local (fc00::/7)'],
    ['http://localhost:3000/hook', 'localhost is a name of the local machine'],
    ['http://198.18.0.1/hook', '198.18.0.1 is benchmarking (198.18.0.0/15)'],
    ['http://[2002:7f00:1::]/hook', '2002:7f00:1:: is 6to4 (2002::/16)'],
  ])('rejects %s with 400', async (url, reason) => {
    const response = await asAdmin('POST', '/api/v1/notifications/webhooks', { recipientId: 'user:somchai', url }, english);

    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors[0]).toMatchObject({ field: 'url', rule: 'isPublicAddress' });
    expect(response.body.errors[0].message).toContain(`but ${reason}`);
  });

  it('rejects a decimal IPv4 host as no URL', async () => {
    // The contract's isUrl check rejects it, so the address check never runs.
    const response = await asAdmin('POST', '/api/v1/notifications/webhooks', { recipientId: 'user:somchai', url: 'http://2130706433/hook' });

    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toMatchObject({ field: 'url', rule: 'isUrl' });
  });

  it('rejects an IPv6 zone id', async () => {
    const response = await asClient('POST', '/api/integration/v1/webhooks', { url: 'http://[fe80::1%25eth0]/hook' });

    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toMatchObject({ field: 'url', rule: 'isUrl' });
    expect(response.body.errors[0].message).toContain('zone id');
  });

  it('explains the rejection in Thai', async () => {
    const response = await asAdmin('POST', '/api/v1/notifications/webhooks', { recipientId: 'user:somchai', url: 'http://192.168.1.20/hook' });

    expect(response.status).toBe(400);
    expect(response.body.errors[0].message).toContain('url ต้องชี้ไปยังที่อยู่สาธารณะ แต่ 192.168.1.20');
  });

  it('rejects a private URL on the integration API', async () => {
    const response = await asClient('POST', '/api/integration/v1/webhooks', { url: 'http://169.254.169.254/latest/meta-data' });

    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toMatchObject({ field: 'url', rule: 'isPublicAddress' });
  });

  it('rejects a change to a private URL', async () => {
    const registered = await asAdmin('POST', '/api/v1/notifications/webhooks', { recipientId: 'user:somchai', url: 'https://hooks.example.test/kpi' });
    const changed = await asAdmin('PATCH', `/api/v1/notifications/webhooks/${registered.body.id as string}`, { url: 'http://172.16.5.5/kpi', version: registered.body.version });
    const read = await http(baseUrl, 'GET', `/api/v1/notifications/webhooks/${registered.body.id as string}`);

    expect(registered.status).toBe(201);
    expect(changed.status).toBe(400);
    expect(changed.body.errors[0]).toMatchObject({ field: 'url', rule: 'isPublicAddress' });
    expect(read.body.url).toBe('https://hooks.example.test/kpi');
  });
});
