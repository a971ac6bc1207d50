import { kpiSamplePlanCodes, kpiSampleProgress, readKpiSample } from '@bma-kpi/testing';
import { adminFetch } from './auth';

export const sampleProgress = kpiSampleProgress;

export const samplePlanCodes = kpiSamplePlanCodes;

export function sampleText(): string {
  return readKpiSample();
}

export async function http(
  baseUrl: string,
  method: string,
  path: string,
  init: { body?: string | FormData; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: any; headers: Headers }> {
  const response = await adminFetch(baseUrl + path, { method, body: init.body, headers: init.headers });
  const text = await response.text();
  let body: unknown = text;

  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON; keep the text for the assertion message.
  }

  return { status: response.status, body, headers: response.headers };
}

export function importSample(baseUrl: string, query = '?agency=0411') {
  return http(baseUrl, 'POST', `/api/v1/imports/kpi-records${query}`, {
    body: sampleText(),
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
}

/**
 * Defines the end-to-end checks both run modes share: import the sample through the gateway, read it
 * back, re-import it, and send bad input.
 */
export function defineSampleScenario(baseUrl: () => string): void {
  let indicatorId = '';

  it('imports the sample as a new indicator', async () => {
    const response = await importSample(baseUrl());

    expect(response.status).toBe(201);
    expect(response.body.outcome).toBe('created');
    expect(response.body.record.fiscalYear).toBe(2564);
    expect(response.body.warnings.map((warning: { code: string }) => warning.code)).toContain('NARRATIVE_CONTRADICTS_RESULT');
    indicatorId = response.body.indicatorId;
  });

  it('returns every value of the sample', async () => {
    const response = await http(baseUrl(), 'GET', `/api/v1/indicators/${indicatorId}`);
    const body = response.body;

    expect(response.status).toBe(200);
    expect(body.fiscalYear).toBe(2564);
    expect(body.target).toBe(100);
    expect(body.actual).toBe(70);
    expect(body.unit).toBe('ร้อยละ');
    expect(body.kpiType).toBe('routine');
    expect(body.resultLevel).toBe('outcome');
    expect(body.achievementPercent).toBe(70);
    expect(body.agency.code).toBe('0411');
    expect(body.progress.map((note: any) => [note.date, note.quarter, note.rawDate])).toEqual(sampleProgress);
    expect(body.progress[0].dateTh).toBe('28 ตุลาคม 2563');
    expect(body.progress.at(-1).text).toContain('ดำเนินการได้ตามเป้าหมาย');
    expect(body.planPath.map((node: any) => node.code)).toEqual(samplePlanCodes);
    expect(body.planPath[0].nameEn).toBe('Bangkok as a Democratic City');
    expect(body.planPath[1].nameTh).toBe('การเมืองสีขาว');
    expect(body.verification.parts).toHaveLength(3);
    expect(body.definitions.length).toBeGreaterThan(3);
  });

  it('lists the indicator by fiscal year, agency and plan node', async () => {
    const response = await http(baseUrl(), 'GET', '/api/v1/indicators?fiscalYear=2564&agency=0411&planNode=5.4');

    expect(response.status).toBe(200);
    expect(response.body.items.map((item: { id: string }) => item.id)).toContain(indicatorId);
  });

  it('re-import returns the same indicator unchanged', async () => {
    const before = await http(baseUrl(), 'GET', `/api/v1/indicators/${indicatorId}`);
    const response = await importSample(baseUrl());
    const after = await http(baseUrl(), 'GET', `/api/v1/indicators/${indicatorId}`);

    expect(response.status).toBe(200);
    expect(response.body.outcome).toBe('unchanged');
    expect(response.body.indicatorId).toBe(indicatorId);
    expect(after.body.version).toBe(before.body.version);
    expect(after.body.progress).toHaveLength(before.body.progress.length);
  });

  it('updates the indicator from a later export', async () => {
    const later = `${sampleText()}\n15/10/2564 : ส่งรายงานผลการดำเนินงานประจำปีแล้ว`;
    const response = await http(baseUrl(), 'POST', '/api/v1/imports/kpi-records?agency=0411', {
      body: later,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });

    expect(response.status).toBe(200);
    expect(response.body.outcome).toBe('updated');
    expect(response.body.indicatorId).toBe(indicatorId);
    expect(response.body.newProgressCount).toBe(1);
  });

  it('takes import options from a JSON body', async () => {
    const response = await http(baseUrl(), 'POST', '/api/v1/imports/kpi-records', {
      body: JSON.stringify({ text: sampleText(), dryRun: true, agency: '0411' }),
      headers: { 'content-type': 'application/json' },
    });

    expect(response.status).toBe(200);
    expect(response.body.outcome).toBe('parsed');
  });

  it('rejects a JSON body without text', async () => {
    const response = await http(baseUrl(), 'POST', '/api/v1/imports/kpi-records', {
      body: JSON.stringify({ text: 123 }),
      headers: { 'content-type': 'application/json' },
    });

    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toMatchObject({ field: 'text', rule: 'isString' });
  });

  it('rejects an unknown agency on import', async () => {
    const response = await importSample(baseUrl(), '?agency=9999&dryRun=true');

    expect(response.status).toBe(422);
    expect(response.body.errors[0]).toMatchObject({ field: 'agency', rule: 'exists' });
  });

  it('rejects a NUL character with 400', async () => {
    const response = await http(baseUrl(), 'GET', '/api/v1/indicators?q=%00');

    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toMatchObject({ field: 'q', rule: 'noNullCharacter' });
  });

  it('rejects a malformed id with the field', async () => {
    const response = await http(baseUrl(), 'GET', '/api/v1/indicators/not-a-uuid');

    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toMatchObject({ field: 'id', rule: 'isUuid' });
  });

  it('rejects a body in another charset with 415', async () => {
    const response = await http(baseUrl(), 'POST', '/api/v1/imports/kpi-records', {
      body: sampleText(),
      headers: { 'content-type': 'text/plain; charset=tis-620' },
    });

    expect(response.status).toBe(415);
    expect(response.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('names the field of a wrong multipart upload', async () => {
    const form = new FormData();

    form.append('upload', new Blob([sampleText()], { type: 'text/plain' }), 'record.txt');
    const response = await http(baseUrl(), 'POST', '/api/v1/imports/kpi-records', { body: form });

    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toMatchObject({ field: 'upload', rule: 'LIMIT_UNEXPECTED_FILE' });
  });

  it('imports a multipart upload', async () => {
    const form = new FormData();

    form.append('file', new Blob([sampleText()], { type: 'text/plain' }), 'bma-kpi-0411-fy2564.txt');
    const response = await http(baseUrl(), 'POST', '/api/v1/imports/kpi-records?dryRun=true', { body: form });

    expect(response.status).toBe(200);
    expect(response.body.record.fiscalYear).toBe(2564);
  });

  it('dry run parses without storing', async () => {
    const response = await importSample(baseUrl(), '?dryRun=true');

    expect(response.status).toBe(200);
    expect(response.body.outcome).toBe('parsed');
    expect(response.body.indicatorId).toBeNull();
  });

  it('rejects an empty body with 400 in Thai', async () => {
    const response = await http(baseUrl(), 'POST', '/api/v1/imports/kpi-records', {
      body: '   ',
      headers: { 'content-type': 'text/plain' },
    });

    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.code).toBe('EMPTY_BODY');
    expect(response.body.detail).toMatch(/[\u0E00-\u0E7F]/);
    expect(response.body.correlationId).toEqual(expect.any(String));
  });

  it('rejects text that is not a record with 422 in English', async () => {
    const response = await http(baseUrl(), 'POST', '/api/v1/imports/kpi-records', {
      body: 'Dear colleagues,\nthe meeting moves to Friday.',
      headers: { 'content-type': 'text/plain', 'accept-language': 'en' },
    });

    expect(response.status).toBe(422);
    expect(response.body.code).toBe('NOT_A_KPI_RECORD');
    expect(response.body.detail).toMatch(/line/i);
  });

  it('rejects a body over the limit with 413', async () => {
    const response = await http(baseUrl(), 'POST', '/api/v1/imports/kpi-records', {
      body: 'ค่าเป้าหมาย ร้อยละ : 100\n'.repeat(40_000),
      headers: { 'content-type': 'text/plain' },
    });

    expect(response.status).toBe(413);
    expect(response.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('rejects a bad filter with the field and rule', async () => {
    const response = await http(baseUrl(), 'GET', '/api/v1/indicators?fiscalYear=abc&pageSize=500');
    const fields = response.body.errors.map((error: { field: string }) => error.field);

    expect(response.status).toBe(400);
    expect(fields).toEqual(['fiscalYear', 'pageSize']);
    expect(response.body.errors[0].rule).toBe('isInt');
  });

  it('answers 404 for an unknown indicator', async () => {
    const response = await http(baseUrl(), 'GET', '/api/v1/indicators/00000000-0000-4000-8000-000000000000');

    expect(response.status).toBe(404);
    expect(response.body.code).toBe('INDICATOR_NOT_FOUND');
  });

  it('serves agencies, plan nodes and OpenAPI', async () => {
    const agencies = await http(baseUrl(), 'GET', '/api/v1/agencies?kind=districtOffice&pageSize=100');
    const plan = await http(baseUrl(), 'GET', '/api/v1/plan-nodes?level=dimension');
    const openApi = await http(baseUrl(), 'GET', '/api/openapi.json');

    expect(agencies.body.total).toBe(50);
    expect(plan.body.total).toBe(7);
    expect(Object.keys(openApi.body.paths)).toContain('/api/v1/imports/kpi-records');
    expect(openApi.body.components.schemas.CreateIndicatorRequest.required).toEqual(['fiscalYear']);
    expect(openApi.body.paths['/api/v1/indicators/{id}'].get.responses['404']).toBeDefined();
  });
}
