import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { http } from './support/sample-scenario';
import { freePort, startApp, waitFor, type RunningApp } from './support/processes';

jest.setTimeout(120_000);

const json = { 'content-type': 'application/json' };
const english = { 'accept-language': 'en' };
const base = '/api/v1/notifications';
const somchai = { type: 'user', displayName: 'สมชาย ใจดี', agencyCode: '0411', audiences: ['agency'], email: 'somchai@bangkok.go.th' };

/** Starts a receiver on 127.0.0.1 that responds with 204 to every webhook request and keeps their kinds. */
async function startReceiver(): Promise<{ server: Server; url: string; kinds: string[] }> {
  const kinds: string[] = [];
  const server = createServer((request, response) => {
    kinds.push(String(request.headers['x-bma-kind']));
    request.resume();
    request.on('end', () => response.writeHead(204).end());
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, kinds };
}

describe('notification registry in embedded mode', () => {
  let app: RunningApp;
  let baseUrl = '';
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    http(baseUrl, method, base + path, body === undefined ? { headers } : { body: JSON.stringify(body), headers: { ...json, ...headers } });

  beforeAll(async () => {
    const port = await freePort();

    baseUrl = `http://127.0.0.1:${port}`;
    receiver = await startReceiver();
    app = startApp('apps/embedded/src/main.ts', {
      PORT: String(port),
      DATA_DIR: 'memory',
      NOTIFICATION_SECRET_KEY: randomBytes(32).toString('base64'),
      // The test receiver listens on 127.0.0.1.
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    });
    await waitFor(`${baseUrl}/api/health`, 200, [app]);
  });

  afterAll(async () => {
    await app?.stop();
    await new Promise<void>((resolve) => (receiver ? receiver.server.close(() => resolve()) : resolve()));
  });

  it('creates, reads and lists a recipient', async () => {
    const created = await send('PUT', '/recipients/user:somchai', somchai);
    const read = await send('GET', '/recipients/user:somchai');
    const listed = await send('GET', '/recipients?agencyCode=0411&audience=agency');

    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ id: 'user:somchai', ...somchai, version: 1, language: 'th' });
    expect(read.body).toEqual(created.body);
    expect(listed.body).toMatchObject({ total: 1, page: 1, pageSize: 50 });
  });

  it('rejects bad input in Thai and English', async () => {
    const thai = await send('PUT', '/recipients/user:somchai', { ...somchai, audiences: ['public'] });
    const inEnglish = await send('PUT', '/recipients/user:somchai', { ...somchai, audiences: ['public'] }, english);

    expect(thai.status).toBe(400);
    expect(thai.body.errors[0]).toMatchObject({ field: 'audiences', rule: 'isIn' });
    expect(thai.body.errors[0].message).toContain('ไม่อยู่ในค่าที่อนุญาต');
    expect(inEnglish.body.errors[0].message).toContain('must be one of the following values');
  });

  it.each([
    ['an unknown kind in preferences', 'PATCH', '/recipients/user:somchai/preferences', { mutedKinds: { evaluationLost: { email: false } } }, 'mutedKinds', 'isNotificationKind'],
    ['a webhook URL with credentials', 'POST', '/webhooks', { recipientId: 'user:somchai', url: 'https://user:pw@example.org/hook' }, 'url', 'isUrl'],
    ['a webhook kind that does not exist', 'POST', '/webhooks', { recipientId: 'user:somchai', url: 'https://example.org/hook', kinds: ['everything'] }, 'kinds', 'isIn'],
    ['a subscription on the webhook channel', 'POST', '/recipients/user:somchai/subscriptions', { channel: 'webhook' }, 'channel', 'isIn'],
    ['an unknown field', 'POST', '/recipients/user:somchai/subscriptions', { channel: 'inbox', priority: 'high' }, 'priority', 'whitelistValidation'],
  ])('rejects %s with 400', async (_name, method, path, body, field, rule) => {
    const response = await send(method, path, body);

    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toMatchObject({ field, rule });
  });

  it('rejects a muted critical kind with 422', async () => {
    const body = { mutedKinds: { progressOverdue: { email: false } } };
    const thai = await send('PATCH', '/recipients/user:somchai/preferences', body);
    const inEnglish = await send('PATCH', '/recipients/user:somchai/preferences', body, english);

    expect(thai.status).toBe(422);
    expect(thai.body.code).toBe('CRITICAL_KIND_CANNOT_BE_MUTED');
    expect(thai.body.detail).toContain('ปิดการแจ้งเตือนประเภท progressOverdue ไม่ได้');
    expect(inEnglish.body.detail).toContain('progressOverdue is critical');
  });

  it('mutes a non-critical kind', async () => {
    const response = await send('PATCH', '/recipients/user:somchai/preferences', { mutedKinds: { evaluationScored: { email: false } }, dailyDigest: true });

    expect(response.status).toBe(200);
    expect(response.body.mutedKinds).toEqual({ evaluationScored: { email: false } });
  });

  it('subscribes once and unsubscribes', async () => {
    const created = await send('POST', '/recipients/user:somchai/subscriptions', { kind: 'evaluationScored', channel: 'email' });
    const repeated = await send('POST', '/recipients/user:somchai/subscriptions', { kind: 'evaluationScored', channel: 'email' });
    const listed = await send('GET', '/recipients/user:somchai/subscriptions');
    const removed = await send('DELETE', `/recipients/user:somchai/subscriptions/${created.body.id}`);
    const again = await send('DELETE', `/recipients/user:somchai/subscriptions/${created.body.id}`);

    expect(created.status).toBe(201);
    expect(repeated.status).toBe(409);
    expect(repeated.body.details).toEqual({ id: created.body.id });
    expect(listed.body.items).toHaveLength(1);
    expect(removed.status).toBe(204);
    expect(again.status).toBe(404);
  });

  it('registers, tests, rotates and deletes a webhook', async () => {
    const registered = await send('POST', '/webhooks', { recipientId: 'user:somchai', url: receiver.url, description: 'ระบบติดตาม' });
    const read = await send('GET', `/webhooks/${registered.body.id}`);
    const tested = await send('POST', `/webhooks/${registered.body.id}/test`);
    const rotated = await send('POST', `/webhooks/${registered.body.id}/rotate-secret`);
    const updated = await send('PATCH', `/webhooks/${registered.body.id}`, { active: false, version: rotated.body.version });
    const removed = await send('DELETE', `/webhooks/${registered.body.id}`);

    expect(registered.status).toBe(201);
    expect(registered.body.secret).toMatch(/^whsec_/);
    expect(read.body).not.toHaveProperty('secret');
    expect(tested.status).toBe(200);
    expect(tested.body).toMatchObject({ ok: true, statusCode: 204, error: null });
    expect(receiver.kinds).toEqual(['notification.test']);
    expect(rotated.body.secret).not.toBe(registered.body.secret);
    expect(rotated.body.previousSecretUntil).not.toBeNull();
    expect(updated.body.active).toBe(false);
    expect(removed.status).toBe(204);
  });

  it.each([
    ['recipient', '/recipients/user:nobody', 'RECIPIENT_NOT_FOUND'],
    ['recipient subscriptions', '/recipients/user:nobody/subscriptions', 'RECIPIENT_NOT_FOUND'],
    ['webhook', '/webhooks/5a0e4a3e-6d0c-4b47-9a57-0f1f7d8f2c11', 'WEBHOOK_NOT_FOUND'],
    ['dead letter', '/dead-letters/5a0e4a3e-6d0c-4b47-9a57-0f1f7d8f2c11', 'DEAD_LETTER_NOT_FOUND'],
  ])('returns 404 for an unknown %s', async (_name, path, code) => {
    const response = await send('GET', path);

    expect(response.status).toBe(404);
    expect(response.body.code).toBe(code);
  });

  it('rejects a webhook id that is not a UUID', async () => {
    const response = await send('POST', '/webhooks/not-a-uuid/test');

    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toMatchObject({ field: 'id', rule: 'isUuid' });
  });

  it('lists dead letters and filters by replay', async () => {
    const waiting = await send('GET', '/dead-letters?replayed=false');
    const bad = await send('GET', '/dead-letters?replayed=maybe');

    expect(waiting.body).toEqual({ items: [], total: 0, page: 1, pageSize: 50 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('replayed');
  });

  it('documents the endpoints and their request bodies', async () => {
    const document = (await http(baseUrl, 'GET', '/api/openapi.json')).body;
    const upsertBody = document.paths['/api/v1/notifications/recipients/{id}'].put.requestBody.content['application/json'].schema;

    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/notifications/recipients/{recipientId}/subscriptions/{id}',
        '/api/v1/notifications/webhooks/{id}/rotate-secret',
        '/api/v1/notifications/dead-letters/{id}/replay',
      ]),
    );
    expect(Object.keys(upsertBody.properties)).toEqual(expect.arrayContaining(['type', 'displayName', 'mutedKinds']));
    expect(upsertBody.properties).not.toHaveProperty('id');
  });
});
