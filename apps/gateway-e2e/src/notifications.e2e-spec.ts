import { http } from './support/sample-scenario';
import { freePort, startApp, waitFor, type RunningApp } from './support/processes';

jest.setTimeout(120_000);

const json = { 'content-type': 'application/json' };
const holidays = [
  { date: '2025-04-13', nameTh: 'วันสงกรานต์', nameEn: 'Songkran' },
  { date: '2025-04-15', nameTh: 'ชดเชยวันสงกรานต์', nameEn: 'Songkran substitution day', substitution: true },
];

describe('notifications in embedded mode', () => {
  let app: RunningApp;
  let baseUrl = '';

  beforeAll(async () => {
    const port = await freePort();

    baseUrl = `http://127.0.0.1:${port}`;
    app = startApp('apps/embedded/src/main.ts', { PORT: String(port), DATA_DIR: 'memory' });
    await waitFor(`${baseUrl}/api/health`, 200, [app]);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('reports the notification service as ready', async () => {
    const response = await http(baseUrl, 'GET', '/api/health');

    expect(response.body.services.notification).toMatchObject({ status: 'ok', deadLetters: 0 });
  });

  it('replaces and lists a year of holidays with Buddhist-era dates', async () => {
    const replaced = await http(baseUrl, 'PUT', '/api/v1/notifications/holidays/2025', { body: JSON.stringify({ holidays }), headers: json });
    const listed = await http(baseUrl, 'GET', '/api/v1/notifications/holidays?fromYear=2025');

    expect(replaced.status).toBe(200);
    expect(listed.body.items.map((holiday: { dateTh: string; substitution: boolean }) => [holiday.dateTh, holiday.substitution])).toEqual([
      ['13 เมษายน 2568', false],
      ['15 เมษายน 2568', true],
    ]);
  });

  it.each([
    ['a Buddhist-era year in the path', '/api/v1/notifications/holidays/2568', { holidays }, 'year'],
    ['a date outside the year', '/api/v1/notifications/holidays/2024', { holidays }, 'holidays.0.date'],
  ])('rejects %s with 400 naming the field', async (_name, path, body, field) => {
    const response = await http(baseUrl, 'PUT', path, { body: JSON.stringify(body), headers: json });

    expect(response.status).toBe(400);
    expect(response.body.errors[0].field).toBe(field);
  });

  it('lists an empty inbox and answers 404 for an unknown item', async () => {
    const inbox = await http(baseUrl, 'GET', '/api/v1/notifications/inbox?recipientId=agency:0411&unreadOnly=true');
    const unknown = await http(baseUrl, 'POST', '/api/v1/notifications/inbox/5a0e4a3e-6d0c-4b47-9a57-0f1f7d8f2c11/read', {
      body: JSON.stringify({ recipientId: 'agency:0411' }),
      headers: json,
    });

    expect(inbox.body).toEqual({ items: [], total: 0, page: 1, pageSize: 50 });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('NOTIFICATION_NOT_FOUND');
  });

  it('rejects unreadOnly that is not true or false', async () => {
    const response = await http(baseUrl, 'GET', '/api/v1/notifications/inbox?recipientId=agency:0411&unreadOnly=yes');

    expect(response.status).toBe(400);
    expect(response.body.errors[0].field).toBe('unreadOnly');
  });
});
