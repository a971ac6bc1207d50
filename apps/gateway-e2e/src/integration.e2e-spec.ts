import { authHeader } from './support/auth';
import { http, importSample, sampleProgress } from './support/sample-scenario';
import { freePort, startApp, waitFor, type RunningApp } from './support/processes';

jest.setTimeout(180_000);

const json = { 'content-type': 'application/json', 'accept-language': 'en' };

describe('integration API v1 (embedded mode)', () => {
  let app: RunningApp;
  let baseUrl = '';
  let apiKey = '';
  let sampleId = '';
  let ownExtraId = '';
  let otherAgencyId = '';

  const asClient = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    http(baseUrl, method, path, {
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      headers: { ...json, authorization: '', 'x-api-key': apiKey, ...headers },
    });
  const asAdmin = (method: string, path: string, body?: unknown) =>
    http(baseUrl, method, path, { ...(body === undefined ? {} : { body: JSON.stringify(body) }), headers: json });

  beforeAll(async () => {
    const port = await freePort();

    baseUrl = `http://127.0.0.1:${port}`;
    // The webhooks registered below point at 127.0.0.1:9, where nothing listens.
    app = startApp('apps/embedded/src/main.ts', { PORT: String(port), DATA_DIR: 'memory', PROGRESS_ENTRY_CHECK: 'off', WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' });
    await waitFor(`${baseUrl}/api/health`, 200, [app]);
    const client = await asAdmin('POST', '/api/v1/admin/api-clients', { name: 'BMA Digital Plans', scopes: ['integration'], agency: '0411' });

    apiKey = client.body.key as string;
    sampleId = (await importSample(baseUrl)).body.indicatorId as string;
    ownExtraId = (await asAdmin('POST', '/api/v1/indicators', { fiscalYear: 2564, code: '0411-0099', title: 'ตัวชี้วัดส่งผลรายเดือน', agencyCode: '0411', target: 12, unit: 'ครั้ง' })).body.id as string;
    otherAgencyId = (await asAdmin('POST', '/api/v1/indicators', { fiscalYear: 2564, code: '5047-0001', title: 'ตัวชี้วัดเขตบางนา', agencyCode: '5047', target: 50 })).body.id as string;
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('creates the integration key', () => {
    expect(apiKey).toMatch(/^bmak_/);
  });

  it('rejects a key for an unknown agency', async () => {
    const response = await asAdmin('POST', '/api/v1/admin/api-clients', { name: 'พิมพ์รหัสผิด', scopes: ['integration'], agency: '9999' });

    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'agency', rule: 'knownAgency' })]);
    expect(response.body.errors[0].message).toContain('agency 9999 is not in the BMA agency list');
  });

  it('documents the routes under the integration tag', async () => {
    const document = (await http(baseUrl, 'GET', '/api/openapi.json')).body;
    const push = document.paths['/api/integration/v1/progress'].post;
    const keyHeaders = push.parameters.filter((parameter: { name: string }) => parameter.name === 'Idempotency-Key');

    expect(push.tags).toEqual(['integration']);
    expect(keyHeaders).toHaveLength(1);
    expect(keyHeaders[0].required).toBe(true);
    expect(push.requestBody.content['application/json'].examples.byKpiCode.value).toMatchObject({ fiscalYear: 2564 });
    expect(document.paths['/api/integration/v1/progress'].get.responses['200'].content['application/json'].schema.example.items[0]).toMatchObject({ target: 100, actual: 70 });
    expect(document.paths['/api/integration/v1/webhooks'].post['x-bma-permission']).toEqual(['integration.subscribe']);
  });

  it('resolves every schema reference', async () => {
    const document = (await http(baseUrl, 'GET', '/api/openapi.json')).body;
    const references = new Set<string>();

    JSON.stringify(document, (key, value: unknown) => {
      if (key === '$ref' && typeof value === 'string') {
        references.add(value);
      }

      return value;
    });
    const schemaNames = new Set(Object.keys(document.components.schemas).map((name) => `#/components/schemas/${name}`));

    expect([...references].filter((reference) => !schemaNames.has(reference))).toEqual([]);
  });

  describe('progress export', () => {
    it('returns every value of the sample', async () => {
      const response = await asClient('GET', '/api/integration/v1/progress?fiscalYear=2564&agency=0411');
      const sample = response.body.items.find((item: { id: string }) => item.id === sampleId);

      expect(response.status).toBe(200);
      expect(response.body.total).toBe(2);
      expect(sample).toMatchObject({ code: null, title: null, fiscalYear: 2564, unit: 'ร้อยละ', decimals: 2, target: 100, actual: 70, quarterTargets: [] });
      expect(sample.agency).toEqual({ code: '0411', nameTh: 'สำนักงานประชาสัมพันธ์', nameEn: 'Public Relations Office' });
      expect(sample.progress.map((note: { date: string; quarter: number }) => [note.date, note.quarter])).toEqual(sampleProgress.map(([date, quarter]) => [date, quarter]));
      expect(sample.progress.every((note: { value: unknown; source: string }) => note.value === null && note.source === 'import')).toBe(true);
      expect(sample.progress[0].dateTh).toBe('28 ตุลาคม 2563');
      expect(sample.progress[0].text).toContain('อยู่ระหว่างขั้นตอนศึกษาข้อมูลโครงการ');
      expect(sample.progress.at(-1).text).toBe('ดำเนินการได้ตามเป้าหมายที่กำหนด');
    });

    it('keeps only the notes of the quarter', async () => {
      const response = await asClient('GET', '/api/integration/v1/progress?fiscalYear=2564&quarter=4&agency=0411');
      const sample = response.body.items.find((item: { id: string }) => item.id === sampleId);

      expect(response.status).toBe(200);
      expect(sample.progress.map((note: { date: string }) => note.date)).toEqual(['2021-07-30', '2021-08-30', '2021-09-30']);
    });

    it('pages through the year with stable totals', async () => {
      const first = await asClient('GET', '/api/integration/v1/progress?fiscalYear=2564&pageSize=2');
      const second = await asClient('GET', '/api/integration/v1/progress?fiscalYear=2564&pageSize=2&page=2');
      const ids = [...first.body.items, ...second.body.items].map((item: { id: string }) => item.id);

      expect(first.body.total).toBe(3);
      expect(second.body.total).toBe(3);
      expect(first.body.items).toHaveLength(2);
      expect(second.body.items).toHaveLength(1);
      expect(first.body.items.map((item: { code: string | null }) => item.code)).toEqual(['0411-0099', '5047-0001']);
      expect(new Set(ids)).toEqual(new Set([sampleId, ownExtraId, otherAgencyId]));
    });

    it.each([
      ['no fiscal year', '', 'fiscalYear'],
      ['a Christian-era year', '?fiscalYear=2021', 'fiscalYear'],
      ['a page size above 200', '?fiscalYear=2564&pageSize=201', 'pageSize'],
      ['a quarter 5', '?fiscalYear=2564&quarter=5', 'quarter'],
    ])('rejects %s', async (_case, query, field) => {
      const response = await asClient('GET', `/api/integration/v1/progress${query}`);

      expect(response.status).toBe(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    });
  });

  describe('progress push', () => {
    const note = { date: '2021-03-31', value: 6, text: 'จัดกิจกรรมครบ 6 ครั้ง' };

    it('stores a note sent by KPI code and fiscal year', async () => {
      const response = await asClient('POST', '/api/integration/v1/progress', { kpiCode: '0411-99', fiscalYear: 2564, ...note }, { 'idempotency-key': 'push-0001' });

      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ indicatorId: ownExtraId, date: '2021-03-31', dateTh: '31 มีนาคม 2564', quarter: 2, value: 6, source: 'api' });
      expect(response.headers.get('idempotent-replayed')).toBeNull();
    });

    it('replays the first result for the same key', async () => {
      const replay = await asClient('POST', '/api/integration/v1/progress', { kpiCode: '0411-99', fiscalYear: 2564, ...note }, { 'idempotency-key': 'push-0001' });
      const exported = await asClient('GET', `/api/integration/v1/progress?fiscalYear=2564&quarter=2&agency=0411`);
      const notes = exported.body.items.find((item: { id: string }) => item.id === ownExtraId).progress;

      expect(replay.status).toBe(201);
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(replay.body.indicatorId).toBe(ownExtraId);
      expect(notes).toHaveLength(1);
    });

    it('answers the same key with another body with 409', async () => {
      const response = await asClient('POST', '/api/integration/v1/progress', { indicatorId: ownExtraId, ...note, value: 7 }, { 'idempotency-key': 'push-0001' });

      expect(response.status).toBe(409);
      expect(response.body.code).toBe('IDEMPOTENCY_KEY_CONFLICT');
    });

    it('requires the Idempotency-Key header', async () => {
      const response = await asClient('POST', '/api/integration/v1/progress', { indicatorId: ownExtraId, ...note, date: '2021-04-30' });

      expect(response.status).toBe(400);
      expect(response.body.errors[0]).toMatchObject({ field: 'Idempotency-Key', rule: 'isNotEmpty' });
    });

    it('refuses another agency\'s indicator with 403', async () => {
      const response = await asClient('POST', '/api/integration/v1/progress', { indicatorId: otherAgencyId, ...note }, { 'idempotency-key': 'push-0002' });

      expect(response.status).toBe(403);
      expect(response.body.details).toEqual({ permission: 'progress.write', agency: '5047' });
    });

    it('refuses another agency\'s KPI code with 403', async () => {
      const response = await asClient('POST', '/api/integration/v1/progress', { kpiCode: '5047-0001', fiscalYear: 2564, ...note }, { 'idempotency-key': 'push-0003' });

      expect(response.status).toBe(403);
    });

    it('answers an unknown KPI code with 404', async () => {
      const response = await asClient('POST', '/api/integration/v1/progress', { kpiCode: '0411-0404', fiscalYear: 2564, ...note }, { 'idempotency-key': 'push-0004' });

      expect(response.status).toBe(404);
      expect(response.body.code).toBe('INDICATOR_NOT_FOUND');
    });

    it('rejects a body naming the indicator twice', async () => {
      const response = await asClient('POST', '/api/integration/v1/progress', { indicatorId: ownExtraId, kpiCode: '0411-0099', fiscalYear: 2564, ...note }, { 'idempotency-key': 'push-0005' });

      expect(response.status).toBe(400);
      expect(response.body.errors[0].field).toBe('indicatorId');
    });

    it('rejects a Buddhist-era date with the field named', async () => {
      const response = await asClient('POST', '/api/integration/v1/progress', { indicatorId: ownExtraId, ...note, date: '2564-03-31' }, { 'idempotency-key': 'push-0006' });

      expect(response.status).toBe(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(['date']);
    });
  });

  describe('evaluation export', () => {
    beforeAll(async () => {
      await asAdmin('POST', '/api/v1/evaluations/rounds', { fiscalYear: 2564, quarter: 4 });
      for (const indicatorId of [sampleId, otherAgencyId]) {
        const path = `/api/v1/evaluations/rounds/2564/4/indicators/${indicatorId}/transitions`;
        const submitted = await asAdmin('POST', path, { action: 'submit' });

        await asAdmin('POST', path, { action: 'score', expectedVersion: submitted.body.version, partComments: [{ partKey: 'overall', comment: 'ตรวจแล้ว' }] });
      }
    });

    it('returns the scored evaluations of the round', async () => {
      const response = await asClient('GET', '/api/integration/v1/evaluations?fiscalYear=2564&quarter=4');
      const sample = response.body.items.find((item: { indicator: { id: string } }) => item.indicator.id === sampleId);

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ fiscalYear: 2564, quarter: 4, roundStatus: 'open', total: 2 });
      expect(sample).toMatchObject({ state: 'scored', signedOff: false, agency: { code: '0411', nameTh: 'สำนักงานประชาสัมพันธ์' }, indicator: { code: null } });
      expect(sample.score).toMatchObject({ status: 'unscorable', model: 'achievement' });
      expect(sample.quarterValue).toMatchObject({ status: 'incomplete', missingMonths: ['2021-07', '2021-08', '2021-09'] });
      expect(sample.flags.map((flag: { code: string }) => flag.code)).toContain('NARRATIVE_CONTRADICTS_RESULT');
    });

    it('filters the round by agency and pages it', async () => {
      const response = await asClient('GET', '/api/integration/v1/evaluations?fiscalYear=2564&quarter=4&agency=5047&pageSize=1');

      expect(response.body.total).toBe(1);
      expect(response.body.items[0].indicator).toEqual({ id: otherAgencyId, code: '5047-0001', title: 'ตัวชี้วัดเขตบางนา' });
    });

    it('returns an empty page for a round never opened', async () => {
      const response = await asClient('GET', '/api/integration/v1/evaluations?fiscalYear=2564&quarter=1');

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ roundStatus: null, items: [], total: 0 });
    });

    it('requires the quarter', async () => {
      const response = await asClient('GET', '/api/integration/v1/evaluations?fiscalYear=2564');

      expect(response.status).toBe(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain('quarter');
    });
  });

  describe('webhooks', () => {
    let webhookId = '';

    it('registers a webhook for the client\'s agency', async () => {
      const response = await asClient('POST', '/api/integration/v1/webhooks', { url: 'http://127.0.0.1:9/hooks', kinds: ['evaluationScored', 'roundSignedOff'] });

      expect(response.status).toBe(201);
      expect(response.body.recipientId).toMatch(/^client:/);
      expect(response.body.agencyCodes).toEqual(['0411']);
      expect(response.body.kinds).toEqual(['evaluationScored', 'roundSignedOff']);
      expect(response.body.secret).toEqual(expect.any(String));
      webhookId = response.body.id as string;
    });

    it('creates the client as a recipient', async () => {
      const recipientId = (await asClient('GET', '/api/integration/v1/webhooks')).body.items[0].recipientId as string;
      const recipient = await asAdmin('GET', `/api/v1/notifications/recipients/${encodeURIComponent(recipientId)}`);

      expect(recipient.status).toBe(200);
      expect(recipient.body).toMatchObject({ type: 'client', agencyCode: '0411', displayName: 'BMA Digital Plans' });
    });

    it('subscribes to every result kind when kinds are omitted', async () => {
      const response = await asClient('POST', '/api/integration/v1/webhooks', { url: 'http://127.0.0.1:9/all' });

      expect(response.status).toBe(201);
      expect(response.body.kinds).toContain('evaluationSignedOff');
      expect(response.body.kinds).not.toContain('progressDueReminder');
      await asClient('DELETE', `/api/integration/v1/webhooks/${response.body.id as string}`);
    });

    it('rejects a reminder kind', async () => {
      const response = await asClient('POST', '/api/integration/v1/webhooks', { url: 'http://127.0.0.1:9/hooks', kinds: ['progressDueReminder'] });

      expect(response.status).toBe(400);
      expect(response.body.errors[0].field).toBe('kinds');
    });

    it('lists only the caller\'s webhooks', async () => {
      await asAdmin('PUT', '/api/v1/notifications/recipients/user:someone-else', { type: 'user', displayName: 'ผู้รับอื่น' });
      await asAdmin('POST', '/api/v1/notifications/webhooks', { recipientId: 'user:someone-else', url: 'http://127.0.0.1:9/other' });
      const response = await asClient('GET', '/api/integration/v1/webhooks');

      expect(response.status).toBe(200);
      expect(response.body.items.map((item: { id: string }) => item.id)).toEqual([webhookId]);
    });

    it('rotates the secret', async () => {
      const response = await asClient('POST', `/api/integration/v1/webhooks/${webhookId}/rotate-secret`);

      expect(response.status).toBe(200);
      expect(response.body.previousSecretUntil).not.toBeNull();
    });

    it('hides another caller\'s webhook as 404', async () => {
      const other = await asAdmin('GET', '/api/v1/notifications/webhooks?recipientId=user:someone-else');
      const response = await asClient('DELETE', `/api/integration/v1/webhooks/${other.body.items[0].id as string}`);

      expect(response.status).toBe(404);
    });

    it('deletes the caller\'s webhook', async () => {
      const removed = await asClient('DELETE', `/api/integration/v1/webhooks/${webhookId}`);
      const list = await asClient('GET', '/api/integration/v1/webhooks');

      expect(removed.status).toBe(204);
      expect(list.body.items).toEqual([]);
    });

    it('refuses a viewer with 403 naming the permission', async () => {
      const viewer = await authHeader({ sub: 'viewer-0411', roles: ['viewer'], agency: '0411' });
      const response = await http(baseUrl, 'GET', '/api/integration/v1/webhooks', { headers: { ...json, ...viewer } });

      expect(response.status).toBe(403);
      expect(response.body.details).toEqual({ permission: 'integration.subscribe' });
    });
  });
});
