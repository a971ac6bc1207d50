import { http, importSample } from './support/sample-scenario';
import { freePort, startApp, waitFor, type RunningApp } from './support/processes';

jest.setTimeout(120_000);

const publicDataset = {
  data_type: 'ข้อมูลสถิติ',
  title: 'จำนวนชุดข้อมูลที่มีคำอธิบายชุดข้อมูลดิจิทัล',
  owner_org: 'strategy-department',
  maintainer: 'กลุ่มงานธรรมาภิบาลข้อมูล',
  maintainer_email: 'data@bangkok.go.th',
  tag_string: 'ธรรมาภิบาลข้อมูล',
  notes: 'จำนวนชุดข้อมูลของหน่วยงานที่มีคำอธิบายชุดข้อมูลครบ',
  objective: ['พันธกิจหน่วยงาน'],
  update_frequency_unit: 'ไตรมาส',
  geo_coverage: 'จังหวัด',
  data_source: 'สำนักยุทธศาสตร์และประเมินผล',
  data_format: ['CSV'],
  data_category: 'ข้อมูลสาธารณะ',
  data_classification: 'เปิดเผย',
  license_id: 'Open Data Common',
};

const internalDataset = {
  ...publicDataset,
  title: 'ทะเบียนบุคลากรด้านข้อมูล',
  data_category: 'ข้อมูลใช้ภายใน',
  data_classification: 'ชั้นเผยแพร่ภายในองค์กร',
};

const dictionary = {
  fields: [
    {
      name: 'described_datasets',
      labelTh: 'จำนวนชุดข้อมูลที่มีคำอธิบาย',
      type: 'int',
      required: true,
      primaryKey: false,
      allowedValues: [],
      personalData: false,
    },
  ],
};

const json = { 'content-type': 'application/json' };
const unknownIndicatorId = '00000000-0000-4000-8000-000000000000';

describe('dataset–indicator links in embedded mode', () => {
  let app: RunningApp;
  let baseUrl = '';
  let indicator: any;
  let datasetId = '';
  let datasetSlug = '';
  let internalId = '';
  let wholeLinkId = '';
  let fieldLinkId = '';

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    http(baseUrl, 'POST', path, { body: JSON.stringify(body), headers: { ...json, ...headers } });

  beforeAll(async () => {
    const port = await freePort();

    baseUrl = `http://127.0.0.1:${port}`;
    app = startApp('apps/embedded/src/main.ts', { PORT: String(port), DATA_DIR: 'memory' });
    await waitFor(`${baseUrl}/api/health`, 200, [app]);

    const imported = await importSample(baseUrl);

    indicator = (await http(baseUrl, 'GET', `/api/v1/indicators/${imported.body.indicatorId}`)).body;
    const created = await post('/api/v1/catalog/datasets', publicDataset);
    const internal = await post('/api/v1/catalog/datasets', internalDataset);

    datasetId = created.body.id;
    datasetSlug = created.body.slug;
    internalId = internal.body.id;
    await http(baseUrl, 'PUT', `/api/v1/catalog/datasets/${datasetId}/dictionary`, { body: JSON.stringify(dictionary), headers: json });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('has the imported sample and two datasets', () => {
    expect(indicator.fiscalYear).toBe(2564);
    expect(indicator.agency.code).toBe('0411');
    expect(datasetSlug).toMatch(/^[a-z0-9_-]{2,100}$/);
    expect(internalId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('links the sample KPI to a whole dataset', async () => {
    const response = await post(`/api/v1/catalog/datasets/${datasetSlug}/indicators`, { indicatorId: indicator.id });

    expect(response.status).toBe(201);
    expect(response.body.datasetId).toBe(datasetId);
    expect(response.body.field).toBeNull();
    expect(response.body.createdBy).toBe('user:e2e-admin');
    expect(response.body.indicatorStatus).toBe('available');
    expect(response.body.indicator).toEqual({
      id: indicator.id,
      code: indicator.code,
      titleTh: indicator.title,
      fiscalYear: 2564,
      agencyCode: '0411',
    });
    wholeLinkId = response.body.id;
  });

  it('links the KPI to one dictionary field', async () => {
    const response = await post(`/api/v1/catalog/datasets/${datasetId}/indicators`, {
      indicatorId: indicator.id,
      fieldName: 'described_datasets',
      note: 'ผลการดำเนินงานคำนวณจากคอลัมน์นี้',
    });

    expect(response.status).toBe(201);
    expect(response.body.field).toMatchObject({ name: 'described_datasets', labelTh: 'จำนวนชุดข้อมูลที่มีคำอธิบาย' });
    expect(response.body.note).toBe('ผลการดำเนินงานคำนวณจากคอลัมน์นี้');
    fieldLinkId = response.body.id;
  });

  it('shows the KPIs of a dataset', async () => {
    const response = await http(baseUrl, 'GET', `/api/v1/catalog/datasets/${datasetSlug}/indicators`);

    expect(response.status).toBe(200);
    expect(response.body.datasetId).toBe(datasetId);
    expect(response.body.items.map((item: any) => item.id)).toEqual([wholeLinkId, fieldLinkId]);
    expect(response.body.items.map((item: any) => item.indicator.fiscalYear)).toEqual([2564, 2564]);
    expect(response.body.items.map((item: any) => item.field?.name ?? null)).toEqual([null, 'described_datasets']);
  });

  it('shows the data behind a KPI', async () => {
    await post(`/api/v1/catalog/datasets/${internalId}/indicators`, { indicatorId: indicator.id });
    const all = await http(baseUrl, 'GET', `/api/v1/indicators/${indicator.id}/datasets`);
    const onlyPublic = await http(baseUrl, 'GET', `/api/v1/indicators/${indicator.id}/datasets?publicOnly=true`);

    expect(all.status).toBe(200);
    expect(all.body.indicatorStatus).toBe('available');
    expect(all.body.indicator.id).toBe(indicator.id);
    expect(all.body.items.map((item: any) => item.dataset.slug)).toEqual([datasetSlug, datasetSlug, expect.any(String)]);
    expect(all.body.items.map((item: any) => item.dataset.isPublic)).toEqual([true, true, false]);
    expect(all.body.items[0].dataset.titleTh).toBe('จำนวนชุดข้อมูลที่มีคำอธิบายชุดข้อมูลดิจิทัล');
    expect(all.body.items[2].dataset).toMatchObject({ dataCategory: 'ข้อมูลใช้ภายใน', classification: 'ชั้นเผยแพร่ภายในองค์กร' });
    expect(onlyPublic.status).toBe(200);
    expect(onlyPublic.body.items.map((item: any) => item.dataset.id)).toEqual([datasetId, datasetId]);
  });

  it('rejects a duplicate link with 409', async () => {
    const response = await post(`/api/v1/catalog/datasets/${datasetId}/indicators`, { indicatorId: indicator.id });

    expect(response.status).toBe(409);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body.code).toBe('CATALOG_LINK_EXISTS');
  });

  it('rejects an unknown KPI with 404 in Thai or English', async () => {
    const thai = await post(`/api/v1/catalog/datasets/${datasetId}/indicators`, { indicatorId: unknownIndicatorId });
    const english = await post(
      `/api/v1/catalog/datasets/${datasetId}/indicators`,
      { indicatorId: unknownIndicatorId },
      { 'accept-language': 'en' },
    );

    expect(thai.status).toBe(404);
    expect(thai.body.code).toBe('CATALOG_INDICATOR_NOT_FOUND');
    expect(thai.body.detail).toContain('ไม่พบตัวชี้วัด');
    expect(thai.body.errors[0]).toMatchObject({ field: 'indicatorId', rule: 'exists' });
    expect(english.body.detail).toContain('has no indicator');
  });

  it('rejects an unknown field with 422', async () => {
    const response = await post(`/api/v1/catalog/datasets/${datasetId}/indicators`, {
      indicatorId: indicator.id,
      fieldName: 'no_such_field',
    });

    expect(response.status).toBe(422);
    expect(response.body.code).toBe('CATALOG_DICTIONARY_FIELD_NOT_FOUND');
    expect(response.body.errors[0]).toMatchObject({ field: 'fieldName', rule: 'exists' });
  });

  it('rejects bad input with 400 and the field', async () => {
    const badId = await post(`/api/v1/catalog/datasets/${datasetId}/indicators`, { indicatorId: 'kpi-5' });
    const badField = await post(`/api/v1/catalog/datasets/${datasetId}/indicators`, { indicatorId: indicator.id, fieldName: 'Bad Name' });
    const unknownProperty = await post(`/api/v1/catalog/datasets/${datasetId}/indicators`, { indicatorId: indicator.id, weight: 2 });
    const badKpiPath = await http(baseUrl, 'GET', '/api/v1/indicators/not-a-uuid/datasets');
    const badLinkPath = await http(baseUrl, 'DELETE', `/api/v1/catalog/datasets/${datasetId}/indicators/not-a-uuid`);

    expect(badId.status).toBe(400);
    expect(badId.body.errors[0]).toMatchObject({ field: 'indicatorId', rule: 'isUuid' });
    expect(badField.status).toBe(400);
    expect(badField.body.errors[0]).toMatchObject({ field: 'fieldName', rule: 'matches' });
    expect(unknownProperty.status).toBe(400);
    expect(unknownProperty.body.errors[0].field).toBe('weight');
    expect(badKpiPath.status).toBe(400);
    expect(badKpiPath.body.errors[0]).toMatchObject({ field: 'id', rule: 'isUuid' });
    expect(badLinkPath.status).toBe(400);
    expect(badLinkPath.body.errors[0]).toMatchObject({ field: 'linkId', rule: 'isUuid' });
  });

  it('answers 404 for an unknown dataset or KPI', async () => {
    const dataset = await http(baseUrl, 'GET', '/api/v1/catalog/datasets/no-such-dataset/indicators');
    const kpi = await http(baseUrl, 'GET', `/api/v1/indicators/${unknownIndicatorId}/datasets`);

    expect(dataset.status).toBe(404);
    expect(dataset.body.code).toBe('CATALOG_DATASET_NOT_FOUND');
    expect(kpi.status).toBe(404);
    expect(kpi.body.code).toBe('CATALOG_INDICATOR_NOT_FOUND');
  });

  it('removes a link', async () => {
    const removed = await http(baseUrl, 'DELETE', `/api/v1/catalog/datasets/${datasetId}/indicators/${fieldLinkId}`);
    const again = await http(baseUrl, 'DELETE', `/api/v1/catalog/datasets/${datasetId}/indicators/${fieldLinkId}`);
    const list = await http(baseUrl, 'GET', `/api/v1/catalog/datasets/${datasetId}/indicators`);

    expect(removed.status).toBe(204);
    expect(again.status).toBe(404);
    expect(again.body.code).toBe('CATALOG_LINK_NOT_FOUND');
    expect(list.body.items.map((item: any) => item.id)).toEqual([wholeLinkId]);
  });

  it('documents the link routes in OpenAPI', async () => {
    const response = await http(baseUrl, 'GET', '/api/openapi.json');
    const paths = response.body.paths;

    expect(Object.keys(paths['/api/v1/catalog/datasets/{id}/indicators'])).toEqual(expect.arrayContaining(['get', 'post']));
    expect(paths['/api/v1/catalog/datasets/{id}/indicators/{linkId}'].delete.responses['204']).toBeDefined();
    expect(paths['/api/v1/indicators/{id}/datasets'].get.summary).toContain('Datasets behind an indicator');
    expect(paths['/api/v1/catalog/datasets/{id}/indicators'].post.requestBody.content['application/json'].schema.required).toEqual([
      'indicatorId',
    ]);
  });
});
