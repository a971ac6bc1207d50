import { http } from './support/sample-scenario';
import { freePort, startApp, waitFor, type RunningApp } from './support/processes';

jest.setTimeout(120_000);

const perIpLimit = 3;

/** Sends `count` requests as the forwarded client `ip` and returns their statuses. */
async function statusesFor(baseUrl: string, ip: string, count: number): Promise<number[]> {
  const statuses: number[] = [];

  for (let index = 0; index < count; index += 1) {
    statuses.push((await http(baseUrl, 'GET', '/api/v1/me', { headers: { 'x-forwarded-for': ip } })).status);
  }

  return statuses;
}

// The tests reach the gateway from 127.0.0.1, which stands for the proxy in front of it.
describe.each([
  { trustProxy: 'loopback', separateBudgets: true },
  { trustProxy: '', separateBudgets: false },
])('per-IP limit with TRUST_PROXY=$trustProxy', ({ trustProxy, separateBudgets }) => {
  let app: RunningApp;
  let baseUrl = '';

  beforeAll(async () => {
    const port = await freePort();

    baseUrl = `http://127.0.0.1:${port}`;
    app = startApp('apps/embedded/src/main.ts', {
      PORT: String(port),
      DATA_DIR: 'memory',
      TRUST_PROXY: trustProxy,
      RATE_LIMIT_PER_IP_PER_MINUTE: String(perIpLimit),
      RATE_LIMIT_PER_CLIENT_PER_MINUTE: '0',
    });
    await waitFor(`${baseUrl}/api/health`, 200, [app]);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it(separateBudgets ? 'counts each forwarded client' : 'ignores forwarded addresses', async () => {
    const first = await statusesFor(baseUrl, '203.0.113.10', perIpLimit + 1);
    const second = await statusesFor(baseUrl, '203.0.113.11', 1);

    expect(first).toEqual([200, 200, 200, 429]);
    expect(second).toEqual([separateBudgets ? 200 : 429]);
  });
});
