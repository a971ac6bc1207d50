import { authHeader } from './support/auth';
import { http } from './support/sample-scenario';
import { freePort, startApp, waitFor, type RunningApp } from './support/processes';

jest.setTimeout(120_000);

describe('Idempotency-Key on writes (embedded mode)', () => {
  let app: RunningApp;
  let baseUrl = '';

  const send = (method: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
    http(baseUrl, method, path, { body: JSON.stringify(body), headers: { 'content-type': 'application/json', 'accept-language': 'en', ...headers } });
  const indicator = (title: string) => ({ fiscalYear: 2567, title, agencyCode: '0411', target: 100 });

  beforeAll(async () => {
    const port = await freePort();

    baseUrl = `http://127.0.0.1:${port}`;
    app = startApp('apps/embedded/src/main.ts', { PORT: String(port), DATA_DIR: 'memory', PROGRESS_ENTRY_CHECK: 'off' });
    await waitFor(`${baseUrl}/api/health`, 200, [app]);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('replays the first result and stores the write once', async () => {
    const first = await send('POST', '/api/v1/indicators', indicator('ตัวชี้วัดส่งซ้ำ'), { 'idempotency-key': 'create-0001' });
    const replay = await send('POST', '/api/v1/indicators', indicator('ตัวชี้วัดส่งซ้ำ'), { 'idempotency-key': 'create-0001' });
    const list = await http(baseUrl, 'GET', `/api/v1/indicators?fiscalYear=2567&q=${encodeURIComponent('ตัวชี้วัดส่งซ้ำ')}`);

    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toEqual(first.body);
    expect(list.body.total).toBe(1);
  });

  it('adds a progress note once however often it is sent', async () => {
    const created = await send('POST', '/api/v1/indicators', indicator('ตัวชี้วัดรายงานซ้ำ'));
    const progress = { date: '2023-11-30', value: 25, text: 'รายงานผลเดือนพฤศจิกายน' };
    const path = `/api/v1/indicators/${created.body.id as string}/progress`;
    const results = await Promise.all([1, 2, 3].map(() => send('POST', path, progress, { 'idempotency-key': 'progress-2023-11' })));
    const notes = await http(baseUrl, 'GET', path);

    expect(results.map((result) => result.status).sort()).toEqual(expect.arrayContaining([201]));
    expect(results.every((result) => [201, 409].includes(result.status))).toBe(true);
    expect(notes.body.items ?? notes.body).toHaveLength(1);
  });

  it('answers a different request under a used key with 409', async () => {
    await send('POST', '/api/v1/indicators', indicator('ตัวชี้วัด ก'), { 'idempotency-key': 'create-0002' });
    const other = await send('POST', '/api/v1/indicators', indicator('ตัวชี้วัด ข'), { 'idempotency-key': 'create-0002' });

    expect(other.status).toBe(409);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_CONFLICT');
  });

  it('keeps the keys of different callers apart', async () => {
    const reporter = await authHeader({ sub: 'reporter-0411', roles: ['agency_reporter'], agency: '0411' });
    const asAdmin = await send('POST', '/api/v1/indicators', indicator('ตัวชี้วัด ค'), { 'idempotency-key': 'create-0003' });
    const asReporter = await send('POST', '/api/v1/indicators', indicator('ตัวชี้วัด ค'), { 'idempotency-key': 'create-0003', ...reporter });

    expect(asAdmin.status).toBe(201);
    expect(asReporter.status).toBe(201);
    expect(asReporter.body.id).not.toBe(asAdmin.body.id);
  });

  it('replays a rejected request with the same error', async () => {
    const bad = { fiscalYear: 2021, title: 'ปีผิด', agencyCode: '0411' };
    const first = await send('POST', '/api/v1/indicators', bad, { 'idempotency-key': 'create-bad-0001' });
    const replay = await send('POST', '/api/v1/indicators', bad, { 'idempotency-key': 'create-bad-0001' });

    expect(first.status).toBe(400);
    expect(replay.status).toBe(400);
    expect(replay.body.errors).toEqual(first.body.errors);
  });

  it.each([['a space inside', 'key with space'], ['too long', 'k'.repeat(256)]])('rejects a key %s, naming the header', async (_case, key) => {
    const response = await send('POST', '/api/v1/indicators', indicator('ตัวชี้วัด ง'), { 'idempotency-key': key });

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'INVALID_IDEMPOTENCY_KEY', errors: [{ field: 'Idempotency-Key' }] });
  });
});
