import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';

import { http } from './support/sample-scenario';
import { freePort, startApp, waitFor, type RunningApp } from './support/processes';
import { adminFetch, authHeader } from './support/auth';

jest.setTimeout(120_000);

const json = { 'content-type': 'application/json' };

const dataset = {
  data_type: 'ข้อมูลสถิติ',
  title: 'จำนวนนักเรียนโรงเรียนสังกัดกรุงเทพมหานคร',
  owner_org: 'education-department',
  maintainer: 'กลุ่มงานสารสนเทศ',
  maintainer_email: 'edu@bangkok.go.th',
  tag_string: 'การศึกษา,นักเรียน',
  notes: 'จำนวนนักเรียนรายโรงเรียน',
  objective: ['พันธกิจหน่วยงาน'],
  update_frequency_unit: 'ปี',
  geo_coverage: 'จังหวัด',
  data_source: 'สำนักการศึกษา',
  data_format: ['CSV'],
  data_category: 'ข้อมูลสาธารณะ',
  data_classification: 'เปิดเผย',
  license_id: 'Open Data Common',
};

const studentsCsv = Buffer.from('\uFEFFรหัสโรงเรียน,จำนวนนักเรียน\r\n1001,532\r\n1002,418\r\n', 'utf8');

function fileForm(bytes: Buffer, fileName: string, type: string, fields: Record<string, string> = {}): FormData {
  const form = new FormData();

  for (const [name, value] of Object.entries(fields)) {
    form.append(name, value);
  }
  form.append('file', new Blob([bytes], { type }), fileName);

  return form;
}

describe('dataset resources in embedded mode', () => {
  let app: RunningApp;
  let baseUrl = '';
  let publicBaseUrl = '';
  let datasetId = '';
  let linkId = '';
  let fileResourceId = '';

  beforeAll(async () => {
    const port = await freePort();

    baseUrl = `http://127.0.0.1:${port}`;
    // An intranet host without a top-level domain, as BMA's internal servers have.
    publicBaseUrl = `http://kpi-gateway:${port}`;
    app = startApp('apps/embedded/src/main.ts', {
      PORT: String(port),
      DATA_DIR: 'memory',
      MAX_UPLOAD_BYTES: String(64 * 1024),
      PUBLIC_BASE_URL: `${publicBaseUrl}/`,
    });
    await waitFor(`${baseUrl}/api/health`, 200, [app]);
    const created = await http(baseUrl, 'POST', '/api/v1/catalog/datasets', { body: JSON.stringify(dataset), headers: json });

    datasetId = created.body.id;
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('adds a link resource', async () => {
    const body = { expectedVersion: 1, resource: { name: 'ข้อมูลบน data.bangkok.go.th', url: 'https://data.bangkok.go.th/dataset/students.csv', format: 'CSV' } };
    const response = await http(baseUrl, 'POST', `/api/v1/catalog/datasets/${datasetId}/resources`, { body: JSON.stringify(body), headers: json });

    expect(response.status).toBe(201);
    expect(response.body.version).toBe(2);
    expect(response.body.resources.map((resource: { name: string }) => resource.name)).toEqual(['ข้อมูลบน data.bangkok.go.th']);
    linkId = response.body.resources[0].id;
  });

  it('rejects resource fields that break the thai_gdc rules', async () => {
    const body = { resource: { name: 'ลิงก์เสีย', url: 'not a url', format: 'CSV', metadata: { resource_positional_accuracy: '1 m' } } };
    const response = await http(baseUrl, 'POST', `/api/v1/catalog/datasets/${datasetId}/resources`, { body: JSON.stringify(body), headers: { ...json, 'accept-language': 'en' } });

    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(['resource.url', 'resource.resource_positional_accuracy']);
  });

  it('rejects a stale dataset version', async () => {
    const body = { expectedVersion: 1, resource: { name: 'ซ้ำ', url: 'https://data.bangkok.go.th/x.csv', format: 'CSV' } };
    const response = await http(baseUrl, 'POST', `/api/v1/catalog/datasets/${datasetId}/resources`, { body: JSON.stringify(body), headers: json });

    expect(response.status).toBe(409);
    expect(response.body.code).toBe('CATALOG_VERSION_CONFLICT');
  });

  it('uploads a CSV file as a resource', async () => {
    const response = await http(baseUrl, 'POST', `/api/v1/catalog/datasets/${datasetId}/resources/upload`, {
      body: fileForm(studentsCsv, 'นักเรียน-2567.csv', 'text/csv', { name: 'จำนวนนักเรียน ปีการศึกษา 2567' }),
    });
    const resource = response.body.resources[1];

    expect(response.status).toBe(201);
    expect(resource.name).toBe('จำนวนนักเรียน ปีการศึกษา 2567');
    expect(resource.format).toBe('CSV');
    expect(resource.sha256).toBe(createHash('sha256').update(studentsCsv).digest('hex'));
    expect(resource.sizeBytes).toBe(studentsCsv.length);
    expect(resource.url).toBe(`${publicBaseUrl}/api/v1/catalog/datasets/${datasetId}/resources/${resource.id}/content`);
    fileResourceId = resource.id;
  });

  it('downloads the uploaded file byte-identical', async () => {
    const response = await adminFetch(`${baseUrl}/api/v1/catalog/datasets/${datasetId}/resources/${fileResourceId}/content`);

    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(studentsCsv);
    expect(response.headers.get('etag')).toBe(`"${createHash('sha256').update(studentsCsv).digest('hex')}"`);
  });

  it('builds addresses from PUBLIC_BASE_URL, not from the Host header', async () => {
    // fetch drops a Host header, so this request goes through node:http.
    const authorization = await authHeader();
    const body = await new Promise<string>((resolve, reject) => {
      const url = new URL(`${baseUrl}/api/v1/catalog/catalog.jsonld`);
      const request = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, headers: { host: 'attacker.example', ...authorization } }, (response) => {
        const chunks: Buffer[] = [];

        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      });

      request.on('error', reject);
      request.end();
    });
    const document = JSON.parse(body) as { '@id': string };

    expect(document['@id']).toBe(`${publicBaseUrl}/api/v1/catalog`);
  });

  it('keeps a data dictionary per resource', async () => {
    const path = `/api/v1/catalog/datasets/${datasetId}/resources/${fileResourceId}/dictionary`;
    const imported = await http(baseUrl, 'POST', `${path}/csv`, {
      body: 'ฟิลด์,ป้ายกำกับ,ประเภท\nschool_code,รหัสโรงเรียน,text\nstudents,จำนวนนักเรียน,int\n',
      headers: { 'content-type': 'text/csv; charset=utf-8' },
    });
    const read = await http(baseUrl, 'GET', path);
    const exported = await http(baseUrl, 'GET', `${path}.csv`);
    const datasetDictionary = await http(baseUrl, 'GET', `/api/v1/catalog/datasets/${datasetId}/dictionary`);

    expect(imported.status).toBe(200);
    expect(read.body.resourceId).toBe(fileResourceId);
    expect(read.body.fields.map((field: { name: string }) => field.name)).toEqual(['school_code', 'students']);
    expect(exported.body).toContain('จำนวนนักเรียน');
    expect(datasetDictionary.body.fields).toEqual([]);
    expect(datasetDictionary.body.resourceId).toBeNull();
  });

  it('reports a dictionary of a resource that is not the dataset\'s', async () => {
    const response = await http(baseUrl, 'GET', `/api/v1/catalog/datasets/${datasetId}/resources/00000000-0000-4000-8000-000000000000/dictionary`);

    expect(response.status).toBe(404);
    expect(response.body.code).toBe('CATALOG_RESOURCE_NOT_FOUND');
  });

  it('serves files of public datasets on the public route only', async () => {
    const internal = await http(baseUrl, 'POST', '/api/v1/catalog/datasets', {
      body: JSON.stringify({ ...dataset, title: 'รายชื่อนักเรียนรายบุคคล', data_category: 'ข้อมูลส่วนบุคคล', data_classification: 'ลับ' }),
      headers: json,
    });
    const uploaded = await http(baseUrl, 'POST', `/api/v1/catalog/datasets/${internal.body.id}/resources/upload`, {
      body: fileForm(studentsCsv, 'students.csv', 'text/csv'),
    });
    const secretFile = uploaded.body.resources[0].id as string;
    const publicFile = await fetch(`${baseUrl}/api/v1/catalog/public/datasets/${datasetId}/resources/${fileResourceId}/content`);
    const hidden = await http(baseUrl, 'GET', `/api/v1/catalog/public/datasets/${internal.body.id}/resources/${secretFile}/content`);

    expect(publicFile.status).toBe(200);
    expect(Buffer.from(await publicFile.arrayBuffer())).toEqual(studentsCsv);
    expect(hidden.status).toBe(404);
    expect(hidden.body.code).toBe('CATALOG_DATASET_NOT_FOUND');
  });

  it('has no file to download for a link', async () => {
    const response = await http(baseUrl, 'GET', `/api/v1/catalog/datasets/${datasetId}/resources/${linkId}/content`);

    expect(response.status).toBe(404);
  });

  it('rejects a CSV that is not UTF-8', async () => {
    const response = await http(baseUrl, 'POST', `/api/v1/catalog/datasets/${datasetId}/resources/upload`, {
      body: fileForm(Buffer.from([0xaa, 0xd7, 0xe8, 0xcd, 0x2c, 0x31, 0x0a]), 'tis620.csv', 'text/csv'),
    });

    expect(response.status).toBe(422);
    expect(response.body.code).toBe('INVALID_ENCODING');
  });

  it('rejects a file type that is not data', async () => {
    const response = await http(baseUrl, 'POST', `/api/v1/catalog/datasets/${datasetId}/resources/upload`, {
      body: fileForm(Buffer.from('MZ\x90\x00', 'latin1'), 'setup.exe', 'application/x-msdownload'),
    });

    expect(response.status).toBe(415);
  });

  it('rejects an upload to an unknown dataset', async () => {
    const response = await http(baseUrl, 'POST', '/api/v1/catalog/datasets/no-such-dataset/resources/upload', {
      body: fileForm(studentsCsv, 'students.csv', 'text/csv'),
    });

    expect(response.status).toBe(404);
  });

  it('lists both resources in the CKAN package', async () => {
    const response = await http(baseUrl, 'GET', `/api/v1/catalog/datasets/${datasetId}/ckan`);

    expect(response.body.resources.map((resource: { name: string }) => resource.name)).toEqual([
      'ข้อมูลบน data.bangkok.go.th',
      'จำนวนนักเรียน ปีการศึกษา 2567',
    ]);
  });

  it('renames a resource', async () => {
    const body = { resource: { name: 'ลิงก์ข้อมูลนักเรียน', url: 'https://data.bangkok.go.th/dataset/students.csv', format: 'CSV' } };
    const response = await http(baseUrl, 'PUT', `/api/v1/catalog/datasets/${datasetId}/resources/${linkId}`, { body: JSON.stringify(body), headers: json });

    expect(response.status).toBe(200);
    expect(response.body.resources[0].name).toBe('ลิงก์ข้อมูลนักเรียน');
  });

  it('removes a resource', async () => {
    const response = await http(baseUrl, 'DELETE', `/api/v1/catalog/datasets/${datasetId}/resources/${linkId}`);
    const again = await http(baseUrl, 'DELETE', `/api/v1/catalog/datasets/${datasetId}/resources/${linkId}`);

    expect(response.status).toBe(200);
    expect(response.body.resources.map((resource: { id: string }) => resource.id)).toEqual([fileResourceId]);
    expect(again.status).toBe(404);
    expect(again.body.code).toBe('CATALOG_RESOURCE_NOT_FOUND');
  });

  it('documents the resource routes', async () => {
    const response = await http(baseUrl, 'GET', '/api/openapi.json');

    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/catalog/datasets/{id}/resources', '/api/v1/catalog/datasets/{id}/resources/upload']),
    );
    expect(response.body.components.schemas.AddResourceBody.properties.resource.$ref).toBe('#/components/schemas/ResourceFieldsRequest');
    expect(response.body.components.schemas.ResourceFieldsRequest.required).toEqual(['name', 'format']);
  });
});
