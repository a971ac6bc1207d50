import { http, importSample } from './support/sample-scenario';
import { freePort, startApp, waitFor, type RunningApp } from './support/processes';
import { authHeader } from './support/auth';

jest.setTimeout(120_000);

const json = { 'content-type': 'application/json' };

describe('quarterly evaluation in embedded mode', () => {
  let app: RunningApp;
  let baseUrl = '';
  let indicatorId = '';
  let version = 0;

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    http(baseUrl, 'POST', path, { body: JSON.stringify(body), headers: { ...json, ...headers } });
  const evaluationPath = () => `/api/v1/evaluations/rounds/2564/4/indicators/${indicatorId}`;
  const act = async (body: Record<string, unknown>, headers: Record<string, string> = {}) => {
    // A preview not stored yet has version 0, which no request may expect.
    const response = await post(`${evaluationPath()}/transitions`, { ...(version > 0 ? { expectedVersion: version } : {}), ...body }, headers);

    if (response.status === 200) {
      version = response.body.version as number;
    }

    return response;
  };

  beforeAll(async () => {
    const port = await freePort();

    baseUrl = `http://127.0.0.1:${port}`;
    app = startApp('apps/embedded/src/main.ts', { PORT: String(port), DATA_DIR: 'memory' });
    await waitFor(`${baseUrl}/api/health`, 200, [app]);
    indicatorId = (await importSample(baseUrl)).body.indicatorId as string;
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('opens the round of FY2564 Q4', async () => {
    const response = await post('/api/v1/evaluations/rounds', { fiscalYear: 2564, quarter: 4 });

    expect(response.status).toBe(201);
    expect(response.body.fiscalYear).toBe(2564);
    expect(response.body.quarter).toBe(4);
  });

  it('rejects the same round twice with 409', async () => {
    const response = await post('/api/v1/evaluations/rounds', { fiscalYear: 2564, quarter: 4 });

    expect(response.status).toBe(409);
  });

  it('rejects numbers sent as text in the JSON body', async () => {
    const response = await post('/api/v1/evaluations/rounds', { fiscalYear: '2565', quarter: '1' });

    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(['fiscalYear', 'quarter']);
  });

  it('rejects a Christian-era year with the field named', async () => {
    const response = await post('/api/v1/evaluations/rounds', { fiscalYear: 2021, quarter: 4 }, { 'accept-language': 'en' });

    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(['fiscalYear']);
  });

  it.each([
    ['an impossible date', { entryDeadline: '2024-02-30' }, 'entryDeadline'],
    ['a Buddhist-era date', { reviewUntil: '2567-08-14' }, 'reviewUntil'],
  ])('rejects a round deadline that is %s', async (_case, deadline, field) => {
    const response = await post('/api/v1/evaluations/rounds', { fiscalYear: 2567, quarter: 3, ...deadline });

    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual([field]);
  });

  it('refuses a round sign-off by an agency reporter with 403 naming the permission', async () => {
    const reporter = await authHeader({ sub: 'reporter-0411', roles: ['agency_reporter'], agency: '0411' });
    const response = await post('/api/v1/evaluations/rounds/2564/4/sign-off', {}, { ...reporter, 'accept-language': 'en' });

    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ code: 'ACCESS_DENIED', details: { permission: 'evaluation.write' } });
  });

  it('refuses a role in a transition body, since it comes from the credentials', async () => {
    const response = await act({ action: 'submit', role: 'agency' });

    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toMatchObject({ field: 'role' });
  });

  it('scores the sample and flags the note that claims the target was met', async () => {
    const response = await http(baseUrl, 'GET', evaluationPath());
    const codes = response.body.flags.map((flag: { code: string }) => flag.code);

    expect(response.status).toBe(200);
    expect(codes).toContain('NARRATIVE_CONTRADICTS_RESULT');
    expect(response.body.score).not.toBeNull();
    version = response.body.version as number;
  });

  it('scores the sample with its two weighted parts', async () => {
    const levels = [1, 2, 3, 4, 5].map((level) => ({ level, descriptionTh: `ขั้นตอนที่ ${level}` }));
    const model = {
      model: 'weighted',
      modelVersion: 1,
      parts: [
        { key: 'maintain', nameTh: 'ส่วนที่ 1 รักษาสถานภาพฐานข้อมูล', weight: 50, definition: { model: 'achievement', modelVersion: 1, direction: 'increase' } },
        { key: 'develop', nameTh: 'ส่วนที่ 2 พัฒนาและจัดเก็บข้อมูล', weight: 50, definition: { model: 'milestone', modelVersion: 1, levels } },
      ],
    };
    const assigned = await http(baseUrl, 'PUT', `/api/v1/evaluations/models/${indicatorId}/2564`, {
      body: JSON.stringify({ model, accumulation: 'cumulative' }),
      headers: json,
    });

    expect(assigned.status).toBe(200);
    const submitted = await act({ action: 'submit' });
    const comments = [
      { partKey: 'maintain', comment: 'นำเข้าข้อมูลครบร้อยละ 80' },
      { partKey: 'develop', comment: 'ถึงขั้นตอนที่ 3 แม้รายงานว่าบรรลุ' },
    ];
    const withoutValues = await act({ action: 'score', partComments: comments });

    expect(submitted.status).toBe(200);
    expect(withoutValues.status).toBe(400);
    expect(withoutValues.body.errors[0]).toMatchObject({ field: 'partValues' });
    const scored = await act({
      action: 'score',
      partComments: comments,
      partValues: [{ partKey: 'maintain', value: 80 }, { partKey: 'develop', value: 3 }],
    });

    expect(scored.status).toBe(200);
    expect(scored.body.state).toBe('scored');
    // 50 % × 80 + 50 % × (level 3 of 5 = 60) = 70, the result the sample record reports.
    expect(scored.body.score).toMatchObject({ status: 'scored', model: 'weighted', percent: 70 });
    // FY2564 Q4 closed its entry window in October 2021, so today's submission is flagged late.
    expect(scored.body.flags.map((flag: { code: string }) => flag.code)).toEqual(['NARRATIVE_CONTRADICTS_RESULT', 'SUBMITTED_LATE']);
  });

  it('walks the evaluator workflow to sign-off', async () => {

    const signedOff = await act({ action: 'signOff', comment: 'รับรองผล' });

    expect(signedOff.status).toBe(200);
    expect(signedOff.body.state).toBe('signedOff');
    expect(signedOff.body.transitions.map((step: { action: string }) => step.action)).toEqual(['submit', 'score', 'signOff']);
    expect(signedOff.body.score).toMatchObject({ model: 'weighted', percent: 70 });
  });

  it('rejects any action after sign-off, naming the rule', async () => {
    const response = await act({ action: 'appeal', reason: 'ขออุทธรณ์' }, { 'accept-language': 'en' });

    expect(response.status).toBe(409);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('summarises the four FY2564 quarters of the sample by agency', async () => {
    const response = await http(baseUrl, 'GET', '/api/v1/evaluations/summary?fiscalYear=2564&quarter=4&groupBy=agency');
    const [group] = response.body.groups;

    expect(response.status).toBe(200);
    expect(response.body.groups).toHaveLength(1);
    expect(group.key).toBe('0411');
    expect(group.trend.map((stats: { quarter: number }) => stats.quarter)).toEqual([1, 2, 3, 4]);
    // Q4 counts the signed-off evaluation with its stored flags; Q1 to Q3 are previews.
    expect(group.current).toMatchObject({ indicators: 1, flagged: 1, states: { signedOff: 1 } });
    expect(response.body.sources).toEqual({ stored: 1, preview: 3 });
  });

  it('rejects a fifth-quarter summary', async () => {
    const response = await http(baseUrl, 'GET', '/api/v1/evaluations/summary?fiscalYear=2564&quarter=5&groupBy=agency');

    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ field: 'quarter', rule: 'max', message: expect.stringMatching(/ไตรมาส/) }]);
    expect(response.body.detail ?? response.body.title).toBeTruthy();
  });

  it('accepts progress inside its entry window and rejects it after the deadline', async () => {
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const [year, month] = today.split('-').map(Number) as [number, number];
    // The Thai fiscal year starts in October and is named by the Buddhist-era year in which it ends.
    const fiscalYear = year + 543 + (month >= 10 ? 1 : 0);
    const created = await post('/api/v1/indicators', { fiscalYear, title: 'ตัวชี้วัดปีปัจจุบัน', agencyCode: '0411', target: 100 });
    // A reporter whose token names a Thai subject; the actor is the token's principal id.
    const thaiActor = await authHeader({ sub: 'สมศักดิ์', roles: ['agency_reporter'], agency: '0411' });
    const accepted = await post(`/api/v1/indicators/${created.body.id as string}/progress`, { date: today, value: 10, text: 'รายงานผลเดือนนี้' }, thaiActor);
    const late = await post(`/api/v1/indicators/${indicatorId}/progress`, { date: '2021-09-30', value: 80, text: 'รายงานย้อนหลัง' });

    expect(created.status).toBe(201);
    expect(accepted.status).toBe(201);
    expect(accepted.body.createdBy).toBe('user:สมศักดิ์');
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('EVALUATION_ENTRY_WINDOW_CLOSED');
    expect(late.body.details).toMatchObject({ rule: 'WINDOW_CLOSED', deadline: '2021-10-15' });
    expect(late.body.errors).toEqual([expect.objectContaining({ field: 'date', rule: 'WINDOW_CLOSED' })]);
    const buddhistEra = await post(`/api/v1/indicators/${indicatorId}/progress`, { date: '2564-09-30', value: 80, text: 'ปี พ.ศ.' });

    expect(buddhistEra.status).toBe(400);
    expect(buddhistEra.body.errors[0]).toMatchObject({ field: 'date', message: expect.stringMatching(/ค\.ศ\./) });
  });

  it('rejects a lone surrogate in a reason with 422 naming the field', async () => {
    const response = await http(baseUrl, 'POST', `${evaluationPath()}/transitions`, {
      body: '{"action":"appeal","reason":"\\ud800 lone"}',
      headers: json,
    });

    expect(response.status).toBe(422);
    expect(response.body.code).toBe('INVALID_ENCODING');
    expect(response.body.errors[0].field).toBe('reason');
  });

  it('reports an unknown indicator with 404', async () => {
    const response = await http(baseUrl, 'GET', '/api/v1/evaluations/rounds/2564/4/indicators/00000000-0000-4000-8000-000000000000');

    expect(response.status).toBe(404);
  });

  it('documents the evaluation routes', async () => {
    const response = await http(baseUrl, 'GET', '/api/openapi.json');

    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/evaluations/rounds', '/api/v1/evaluations/summary', '/api/v1/evaluations/rounds/{fiscalYear}/{quarter}/indicators/{indicatorId}/transitions']),
    );
    const schemas = response.body.components.schemas;

    // Every list in a request body points at a schema the document has.
    expect(schemas.TransitionBody.properties.partValues.items).toEqual({ $ref: '#/components/schemas/PartValueRequest' });
    expect(Object.keys(schemas.PartValueRequest.properties)).toEqual(['partKey', 'value']);
    expect(JSON.stringify(schemas)).not.toContain('#/components/schemas/Array');
  });
});
