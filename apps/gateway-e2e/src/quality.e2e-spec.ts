import { parse } from 'csv-parse/sync';

import { adminFetch } from './support/auth';
import { csvForm, dataset, dictionary, expectedFindings, flawedCsv, type FindingBody } from './support/quality-fixture';
import { http } from './support/sample-scenario';
import { freePort, startApp, waitFor, type RunningApp } from './support/processes';

jest.setTimeout(120_000);

const json = { 'content-type': 'application/json' };

describe('data quality assessment in embedded mode', () => {
  let app: RunningApp;
  let baseUrl = '';
  let datasetId = '';
  let resourceId = '';
  let assessmentId = '';

  async function waitForDone(id: string): Promise<{ status: number; body: any }> {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const response = await http(baseUrl, 'GET', `/api/v1/catalog/datasets/${datasetId}/quality/assessments/${id}`);

      if (response.body.status === 'done' || response.body.status === 'failed') {
        return response;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`Assessment ${id} did not finish within 20 seconds.`);
  }

  beforeAll(async () => {
    const port = await freePort();

    baseUrl = `http://127.0.0.1:${port}`;
    app = startApp('apps/embedded/src/main.ts', { PORT: String(port), DATA_DIR: 'memory', QUALITY_POLL_INTERVAL_MS: '200' });
    await waitFor(`${baseUrl}/api/health`, 200, [app]);
    datasetId = (await http(baseUrl, 'POST', '/api/v1/catalog/datasets', { body: JSON.stringify(dataset), headers: json })).body.id;
    const replaced = await http(baseUrl, 'PUT', `/api/v1/catalog/datasets/${datasetId}/dictionary`, { body: JSON.stringify(dictionary), headers: json });

    expect(replaced.status).toBe(200);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('stores min and max in the dictionary', async () => {
    const response = await http(baseUrl, 'GET', `/api/v1/catalog/datasets/${datasetId}/dictionary`);
    const visits = response.body.fields.find((candidate: { name: string }) => candidate.name === 'visits');

    expect(visits.minValue).toBe('0');
    expect(visits.maxValue).toBe('100000');
  });

  it('rejects a range limit of the wrong type', async () => {
    const body = { fields: [{ ...dictionary.fields[1], minValue: 'ก' }] };
    const response = await http(baseUrl, 'PUT', `/api/v1/catalog/datasets/${datasetId}/dictionary`, { body: JSON.stringify(body), headers: { ...json, 'accept-language': 'en' } });

    expect(response.status).toBe(400);
    expect(response.body.errors[0].field).toBe('fields.0.minValue');
  });

  it('assesses an uploaded CSV in the background', async () => {
    const uploaded = await http(baseUrl, 'POST', `/api/v1/catalog/datasets/${datasetId}/resources/upload`, { body: csvForm(flawedCsv, 'ผู้ใช้บริการ.csv') });

    expect(uploaded.status).toBe(201);
    resourceId = uploaded.body.resources[0].id;
    const history = await http(baseUrl, 'GET', `/api/v1/catalog/datasets/${datasetId}/quality/history`);

    expect(history.body.total).toBe(1);
    expect(history.body.items[0].trigger).toBe('upload');
    assessmentId = history.body.items[0].id;
    const done = await waitForDone(assessmentId);

    expect(done.body.status).toBe('done');
    expect(done.body.progress).toEqual({ rowsProcessed: 6, bytesRead: flawedCsv.length, bytesTotal: flawedCsv.length, percent: 100 });
    expect(done.body.scores).toEqual({ completeness: 90, validity: 87.5, uniqueness: 80, encoding: 87.5, timeliness: 100, overall: 89 });
    expect(done.body.counts.emptyRows).toBe(1);
    expect(done.body.findingsTotal).toBe(9);
  });

  it('returns the exact row-level findings', async () => {
    const response = await http(baseUrl, 'GET', `/api/v1/catalog/datasets/${datasetId}/quality/assessments/${assessmentId}/findings?pageSize=50`);
    const findings = response.body.items as FindingBody[];

    expect(response.status).toBe(200);
    expect(response.body.total).toBe(9);
    expect(findings.map((finding) => [finding.row, finding.column, finding.rule, finding.value])).toEqual(expectedFindings);
    expect(findings[2].messageEn).toBe('The primary key repeats the key of row 2.');
    expect(findings[3].messageTh).toBe('สระอำเสีย ควรเป็น "สำนักงานเขต"');
  });

  it('pages and filters findings', async () => {
    const page = await http(baseUrl, 'GET', `/api/v1/catalog/datasets/${datasetId}/quality/assessments/${assessmentId}/findings?page=2&pageSize=4`);
    const row6 = await http(baseUrl, 'GET', `/api/v1/catalog/datasets/${datasetId}/quality/assessments/${assessmentId}/findings?row=6`);
    const badRule = await http(baseUrl, 'GET', `/api/v1/catalog/datasets/${datasetId}/quality/assessments/${assessmentId}/findings?rule=nope`);

    expect(page.body.items.map((finding: FindingBody) => finding.row)).toEqual([6, 6, 6, 7]);
    expect(row6.body.total).toBe(4);
    expect(badRule.status).toBe(400);
  });

  it('serves the full report as CSV with a BOM', async () => {
    const response = await adminFetch(`${baseUrl}/api/v1/catalog/datasets/${datasetId}/quality/assessments/${assessmentId}/report.csv`);
    const bytes = Buffer.from(await response.arrayBuffer());
    const rows: string[][] = parse(bytes.subarray(3).toString('utf8'), {});

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(rows[0]).toEqual(['แถว', 'คอลัมน์', 'มิติคุณภาพ', 'รหัสกฎ', 'รายละเอียด', 'รายละเอียด (อังกฤษ)', 'ค่าที่พบ']);
    expect(rows.slice(1).map((row) => [row[0] === '' ? null : Number(row[0]), row[1] === '' ? null : row[1], row[3], row[6] === '' ? null : row[6]])).toEqual(expectedFindings);
    expect(rows[2][2]).toBe('ความครบถ้วน');
  });

  it('starts an assessment on request and keeps history', async () => {
    const started = await http(baseUrl, 'POST', `/api/v1/catalog/datasets/${datasetId}/quality`, { body: JSON.stringify({ resourceId }), headers: json });

    expect(started.status).toBe(202);
    expect(started.body.trigger).toBe('request');
    expect(['queued', 'running', 'done']).toContain(started.body.status);
    await waitForDone(started.body.id);
    const history = await http(baseUrl, 'GET', `/api/v1/catalog/datasets/${datasetId}/quality/history`);
    const latest = await http(baseUrl, 'GET', `/api/v1/catalog/datasets/${datasetId}/quality/latest?resourceId=${resourceId}`);

    expect(history.body.items.map((item: { id: string }) => item.id)).toEqual([started.body.id, assessmentId]);
    expect(latest.body.id).toBe(started.body.id);
    expect(latest.body.scores.overall).toBe(89);
  });

  it('averages the latest scores per agency', async () => {
    const response = await http(baseUrl, 'GET', '/api/v1/catalog/quality/agencies');
    const health = response.body.agencies.find((agency: { agencyCode: string }) => agency.agencyCode === 'health-department');

    expect(response.status).toBe(200);
    expect(response.body.fiscalYear).toBeNull();
    expect(health).toEqual({
      agencyCode: 'health-department',
      datasets: 1,
      scores: { completeness: 90, validity: 87.5, uniqueness: 80, encoding: 87.5, timeliness: 100, overall: 89 },
    });
  });

  it('rejects a dataset without dictionary', async () => {
    const other = await http(baseUrl, 'POST', '/api/v1/catalog/datasets', { body: JSON.stringify({ ...dataset, title: 'ชุดข้อมูลที่ไม่มีพจนานุกรม' }), headers: json });
    const uploaded = await http(baseUrl, 'POST', `/api/v1/catalog/datasets/${other.body.id}/resources/upload`, { body: csvForm(flawedCsv, 'data.csv') });
    const started = await http(baseUrl, 'POST', `/api/v1/catalog/datasets/${other.body.id}/quality`, {
      body: JSON.stringify({ resourceId: uploaded.body.resources[0].id }),
      headers: { ...json, 'accept-language': 'en' },
    });
    const history = await http(baseUrl, 'GET', `/api/v1/catalog/datasets/${other.body.id}/quality/history`);

    expect(uploaded.status).toBe(201);
    expect(history.body.total).toBe(0);
    expect(started.status).toBe(422);
    expect(started.body.code).toBe('CATALOG_QUALITY_DICTIONARY_MISSING');
    expect(started.body.errors[0].field).toBe('dictionary');
  });

  it('shows the quality means in the scorecard', async () => {
    const current = await http(baseUrl, 'GET', '/api/v1/catalog/scorecard?agency=health-department');
    const lastYear = await http(baseUrl, 'GET', `/api/v1/catalog/scorecard?agency=health-department&fiscalYear=${current.body.fiscalYear - 1}`);

    expect(current.status).toBe(200);
    expect(current.body.agencies[0].datasets).toBe(2);
    expect(current.body.agencies[0].assessments.dataQuality).toEqual({
      completeness: 90,
      validity: 87.5,
      uniqueness: 80,
      encoding: 87.5,
      timeliness: 100,
      overall: 89,
      assessedDatasets: 1,
      notAssessedDatasets: 1,
    });
    expect(lastYear.body.agencies[0].assessments.dataQuality.overall).toBeNull();
    expect(lastYear.body.agencies[0].assessments.dataQuality.notAssessedDatasets).toBe(2);
  });

  it('rejects an unknown dataset', async () => {
    const response = await http(baseUrl, 'POST', '/api/v1/catalog/datasets/no-such-dataset/quality', { body: JSON.stringify({ resourceId }), headers: json });

    expect(response.status).toBe(404);
    expect(response.body.code).toBe('CATALOG_DATASET_NOT_FOUND');
  });

  it('rejects an unknown assessment', async () => {
    const response = await http(baseUrl, 'GET', `/api/v1/catalog/datasets/${datasetId}/quality/assessments/00000000-0000-4000-8000-000000000000`);

    expect(response.status).toBe(404);
    expect(response.body.code).toBe('CATALOG_QUALITY_ASSESSMENT_NOT_FOUND');
  });

  it('documents the quality routes', async () => {
    const response = await http(baseUrl, 'GET', '/api/openapi.json');

    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/catalog/datasets/{id}/quality', '/api/v1/catalog/quality/agencies', '/api/v1/catalog/datasets/{id}/quality/assessments/{assessmentId}/report.csv']),
    );
    const scorecard = response.body.paths['/api/v1/catalog/scorecard'].get.responses['200'].content['application/json'].schema;
    const dataQuality = scorecard.properties.agencies.items.properties.assessments.properties.dataQuality;

    expect(response.body.components.schemas.StartQualityBody.required).toEqual(['resourceId']);
    expect(Object.keys(dataQuality.properties)).toEqual(['completeness', 'validity', 'uniqueness', 'encoding', 'timeliness', 'overall', 'assessedDatasets', 'notAssessedDatasets']);
  });
});
