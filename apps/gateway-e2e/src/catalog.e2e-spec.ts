import { MANDATORY_DATASET_FIELDS } from '@bma-kpi/catalog-domain';
import { choicesOutsideSchema, loadThaiGdcSchema } from '@bma-kpi/testing';

import { http } from './support/sample-scenario';
import { freePort, startApp, waitFor, type RunningApp } from './support/processes';
import { adminFetch } from './support/auth';

jest.setTimeout(120_000);

const publicDataset = {
  data_type: 'ข้อมูลสถิติ',
  title: 'จำนวนผู้ใช้บริการศูนย์บริการสาธารณสุข',
  owner_org: 'health-department',
  maintainer: 'กลุ่มงานสถิติ',
  maintainer_email: 'stat@bangkok.go.th',
  tag_string: 'สาธารณสุข,สถิติ',
  notes: 'จำนวนผู้ใช้บริการรายเดือนของศูนย์บริการสาธารณสุข',
  objective: ['พันธกิจหน่วยงาน'],
  update_frequency_unit: 'เดือน',
  geo_coverage: 'จังหวัด',
  data_source: 'สำนักอนามัย',
  data_format: ['CSV'],
  data_category: 'ข้อมูลสาธารณะ',
  data_classification: 'เปิดเผย',
  license_id: 'Open Data Common',
};

const internalDataset = {
  ...publicDataset,
  title: 'งบประมาณภายในสำนักงาน',
  owner_org: 'finance-department',
  tag_string: 'งบประมาณ',
  data_category: 'ข้อมูลใช้ภายใน',
  data_classification: 'ชั้นเผยแพร่ภายในองค์กร',
};

const dictionaryCsv = [
  'ฟิลด์,ป้ายกำกับ,ประเภท,หน่วย,จำเป็น,คีย์หลัก',
  'district_code,รหัสเขต,text,,ใช่,ใช่',
  'visits,จำนวนผู้ใช้บริการ,int,ครั้ง,ใช่,ไม่ใช่',
  '',
].join('\r\n');

const json = { 'content-type': 'application/json' };

describe('catalog in embedded mode', () => {
  let app: RunningApp;
  let baseUrl = '';
  let publicId = '';
  let internalId = '';
  let internalSlug = '';

  beforeAll(async () => {
    const port = await freePort();

    baseUrl = `http://127.0.0.1:${port}`;
    app = startApp('apps/embedded/src/main.ts', { PORT: String(port), DATA_DIR: 'memory' });
    await waitFor(`${baseUrl}/api/health`, 200, [app]);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('reports every service healthy', async () => {
    const response = await http(baseUrl, 'GET', '/api/health');

    expect(response.status).toBe(200);
    expect(Object.keys(response.body.services)).toEqual(['indicators', 'catalog', 'evaluation', 'notification']);
  });

  it('creates a dataset with a Thai title', async () => {
    const response = await http(baseUrl, 'POST', '/api/v1/catalog/datasets', { body: JSON.stringify(publicDataset), headers: json });

    expect(response.status).toBe(201);
    expect(response.body.titleTh).toBe('จำนวนผู้ใช้บริการศูนย์บริการสาธารณสุข');
    expect(response.body.slug).toMatch(/^[a-z0-9_-]{2,100}$/);
    publicId = response.body.id;
  });

  it('imports a dictionary from CSV with Thai headers', async () => {
    const response = await http(baseUrl, 'POST', `/api/v1/catalog/datasets/${publicId}/dictionary/csv`, {
      body: dictionaryCsv,
      headers: { 'content-type': 'text/csv; charset=utf-8' },
    });

    expect(response.status).toBe(200);
    expect(response.body.fields.map((field: { name: string }) => field.name)).toEqual(['district_code', 'visits']);
    expect(response.body.fields[1].unit).toBe('ครั้ง');
  });

  it('imports a dictionary from a multipart file', async () => {
    const form = new FormData();

    form.append('file', new Blob([dictionaryCsv], { type: 'text/csv' }), 'dictionary.csv');
    const response = await http(baseUrl, 'POST', `/api/v1/catalog/datasets/${publicId}/dictionary/csv`, { body: form });

    expect(response.status).toBe(200);
    expect(response.body.fields).toHaveLength(2);
  });

  it('exports the dictionary as CSV', async () => {
    const response = await http(baseUrl, 'GET', `/api/v1/catalog/datasets/${publicId}/dictionary.csv`);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.body).toContain('จำนวนผู้ใช้บริการ');
  });

  it('rejects CSV rows with errors, naming the row', async () => {
    const response = await http(baseUrl, 'POST', `/api/v1/catalog/datasets/${publicId}/dictionary/csv`, {
      body: 'ฟิลด์,ป้ายกำกับ,ประเภท\nvisits,จำนวน,จำนวนเต็ม?\n',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });

    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(['csv:2']);
  });

  it('exports a CKAN package that conforms to the reference schema', async () => {
    const response = await http(baseUrl, 'GET', `/api/v1/catalog/datasets/${publicId}/ckan`);
    const schema = loadThaiGdcSchema();
    const required = schema.dataset_fields.filter((field) => field.required === true).map((field) => field.field_name);
    const known = new Set(schema.dataset_fields.map((field) => field.field_name));

    expect(response.status).toBe(200);
    for (const field of MANDATORY_DATASET_FIELDS) {
      expect(response.body[field]).toBeDefined();
    }
    expect(required.filter((field) => response.body[field] === undefined || response.body[field].length === 0)).toEqual([]);
    expect(Object.keys(response.body).filter((key) => key !== 'resources' && !known.has(key))).toEqual([]);
    expect(choicesOutsideSchema(response.body as Record<string, unknown>, schema.dataset_fields)).toEqual([]);
    expect(response.body.title).toBe(publicDataset.title);
  });

  it('keeps an internal dataset off the public routes', async () => {
    const created = await http(baseUrl, 'POST', '/api/v1/catalog/datasets', { body: JSON.stringify(internalDataset), headers: json });

    expect(created.status).toBe(201);
    internalId = created.body.id;
    internalSlug = created.body.slug;

    const publicGet = await http(baseUrl, 'GET', `/api/v1/catalog/public/datasets/${internalSlug}`);
    const publicList = await http(baseUrl, 'GET', '/api/v1/catalog/public/datasets');
    const privateGet = await http(baseUrl, 'GET', `/api/v1/catalog/datasets/${internalId}`);

    expect(publicGet.status).toBe(404);
    expect(publicGet.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(publicList.status).toBe(200);
    expect(publicList.body.items.map((item: { id: string }) => item.id)).toEqual([publicId]);
    expect(privateGet.status).toBe(200);
  });

  it('shows a public dataset on the public routes', async () => {
    const response = await http(baseUrl, 'GET', `/api/v1/catalog/public/datasets/${publicId}`);

    expect(response.status).toBe(200);
    expect(response.body.fields).toHaveLength(2);
  });

  it('filters the dataset list', async () => {
    const byTag = await http(baseUrl, 'GET', `/api/v1/catalog/datasets?tag=${encodeURIComponent('งบประมาณ')}`);
    const badPage = await http(baseUrl, 'GET', '/api/v1/catalog/datasets?pageSize=500');

    expect(byTag.body.items.map((item: { id: string }) => item.id)).toEqual([internalId]);
    expect(badPage.status).toBe(400);
  });

  it('finds datasets by Thai words and by a misspelt title', async () => {
    // Both datasets describe the health centres; only the public one has them in its title.
    const byWords = await http(baseUrl, 'GET', `/api/v1/catalog/datasets?q=${encodeURIComponent('ศูนย์บริการ ผู้ใช้')}`);
    const misspelt = await http(baseUrl, 'GET', `/api/v1/catalog/datasets?q=${encodeURIComponent('ศุนย์บริการ')}`);
    const nothing = await http(baseUrl, 'GET', `/api/v1/catalog/datasets?q=${encodeURIComponent('รถไฟฟ้า')}`);

    expect(byWords.body.items.map((item: { id: string }) => item.id)).toEqual([publicId, internalId]);
    expect(byWords.body.match).toBe('words');
    expect(misspelt.body.items.map((item: { id: string }) => item.id)).toEqual([publicId]);
    expect(misspelt.body.match).toBe('similar');
    expect(nothing.body.total).toBe(0);
  });

  it('lists datasets in Thai order of their titles', async () => {
    const response = await http(baseUrl, 'GET', '/api/v1/catalog/datasets');

    // งบประมาณ… comes before จำนวน… in Thai dictionary order.
    expect(response.body.items.map((item: { id: string }) => item.id)).toEqual([internalId, publicId]);
  });

  it('adds metadata to list entries on request', async () => {
    const plain = await http(baseUrl, 'GET', '/api/v1/catalog/datasets');
    const withMetadata = await http(baseUrl, 'GET', '/api/v1/catalog/datasets?withMetadata=true');
    const invalid = await http(baseUrl, 'GET', '/api/v1/catalog/datasets?withMetadata=yes');

    expect(plain.body.items[0].metadata).toBeUndefined();
    expect(withMetadata.body.items.map((item: { metadata: { maintainer_email: string } }) => item.metadata.maintainer_email)).toEqual([
      'stat@bangkok.go.th',
      'stat@bangkok.go.th',
    ]);
    expect(invalid.status).toBe(400);
  });

  it('scores the governance of one agency', async () => {
    const response = await http(baseUrl, 'GET', '/api/v1/catalog/scorecard?agency=health-department&fiscalYear=2569');
    const [card] = response.body.agencies;

    expect(response.status).toBe(200);
    expect(response.body.fiscalYear).toBe(2569);
    expect(card.agencyCode).toBe('health-department');
    expect(card.withDictionary).toEqual({ count: 1, total: 1, percent: 100 });
    expect(card.classified.percent).toBe(100);
    // The dataset declares monthly updates but no last update date, so nothing shows it is current.
    expect(card.updatedOnTime).toEqual({ count: 0, total: 1, percent: 0 });
    expect(card.staleDatasets.map((stale: { id: string }) => stale.id)).toEqual([publicId]);
    expect(card.missingArtefacts).toContain('appointmentOrder');
  });

  it('scores every agency without their stale lists', async () => {
    const response = await http(baseUrl, 'GET', '/api/v1/catalog/scorecard');
    const codes = response.body.agencies.map((card: { agencyCode: string }) => card.agencyCode);

    expect(codes).toEqual(['finance-department', 'health-department']);
    expect(response.body.agencies[1].staleDatasets).toEqual([]);
  });

  it('rejects a scorecard year that is not Buddhist era', async () => {
    const response = await http(baseUrl, 'GET', '/api/v1/catalog/scorecard?fiscalYear=2026');

    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(['fiscalYear']);
  });

  it('exports the public catalog as DCAT JSON-LD', async () => {
    const response = await http(baseUrl, 'GET', '/api/v1/catalog/catalog.jsonld?publicOnly=true');

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    expect(response.body['@type']).toBe('dcat:Catalog');
    expect(response.body['dcat:dataset']).toHaveLength(1);
  });

  it('answers a bad request with problem+json field errors', async () => {
    const body = JSON.stringify({ ...publicDataset, maintainer_email: 'not-an-email', data_category: 'public' });
    const response = await http(baseUrl, 'POST', '/api/v1/catalog/datasets', { body, headers: { ...json, 'accept-language': 'en' } });

    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(
      expect.arrayContaining(['maintainer_email', 'data_category']),
    );
  });

  it('rejects JSON that is not UTF-8 without storing it', async () => {
    const body = Buffer.concat([Buffer.from('{"title":"'), Buffer.from([0xe0, 0xb8]), Buffer.from('"}')]);
    const response = await adminFetch(`${baseUrl}/api/v1/catalog/datasets/${publicId}`, { method: 'PATCH', body, headers: json });
    const stored = await http(baseUrl, 'GET', `/api/v1/catalog/datasets/${publicId}`);

    expect(response.status).toBe(422);
    expect(((await response.json()) as { code: string }).code).toBe('INVALID_ENCODING');
    expect(stored.body.titleTh).toBe(publicDataset.title);
  });

  it('names the body when it is not valid JSON', async () => {
    const response = await http(baseUrl, 'POST', '/api/v1/catalog/datasets', { body: '{"title":', headers: json });

    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { field: string; rule: string }) => [error.field, error.rule])).toEqual([['body', 'json']]);
  });

  it('answers 415 to text sent to a JSON route', async () => {
    const response = await http(baseUrl, 'POST', '/api/v1/catalog/datasets', { body: JSON.stringify(publicDataset), headers: { 'content-type': 'text/plain' } });

    expect(response.status).toBe(415);
  });

  it.each([
    ['XML', 'application/xml', '<dataset/>'],
    ['an HTML form, as curl -d sends without a type', 'application/x-www-form-urlencoded', 'title=x'],
  ])('answers 415 to %s on a JSON route, naming the type', async (_name, type, body) => {
    const response = await http(baseUrl, 'POST', '/api/v1/catalog/datasets', { body, headers: { 'content-type': type } });

    expect(response.status).toBe(415);
    expect(response.body.detail).toContain(type);
  });

  it('gives DCAT datasets IRIs that resolve to the public routes', async () => {
    const response = await http(baseUrl, 'GET', '/api/v1/catalog/catalog.jsonld?publicOnly=true');
    const iri = new URL(response.body['dcat:dataset'][0]['@id'] as string);
    const resolved = await http(baseUrl, 'GET', iri.pathname);

    expect(iri.pathname).toMatch(/^\/api\/v1\/catalog\/public\/datasets\//);
    expect(resolved.status).toBe(200);
    expect(resolved.body.id).toBe(publicId);
  });

  it('documents the catalog routes', async () => {
    const response = await http(baseUrl, 'GET', '/api/openapi.json');

    expect(Object.keys(response.body.paths)).toEqual(expect.arrayContaining(['/api/v1/catalog/datasets', '/api/v1/catalog/catalog.jsonld']));
    expect(response.body.components.schemas.ReplaceDictionaryBody.properties.fields.items).toEqual({
      $ref: '#/components/schemas/DictionaryFieldRequest',
    });
  });
});
