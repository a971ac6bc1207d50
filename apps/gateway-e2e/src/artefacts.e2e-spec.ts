import { createHash, randomBytes } from 'node:crypto';

import { http } from './support/sample-scenario';
import { freePort, startApp, waitFor, type RunningApp } from './support/processes';
import { adminFetch, authHeader } from './support/auth';

jest.setTimeout(120_000);

const json = { 'content-type': 'application/json' };
const maxUploadBytes = 64 * 1024;
const thaiFileName = 'คำสั่งแต่งตั้งคณะทำงานกำกับดูแลข้อมูล ปี 2567.pdf';

/** Builds a small but well-formed PDF with some binary bytes, as scanners produce. */
function pdfBytes(text: string): Buffer {
  return Buffer.concat([
    Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'),
    Buffer.from(`1 0 obj << /Title (${text}) >> endobj\n`, 'utf8'),
    randomBytes(2048),
    Buffer.from('\n%%EOF\n', 'latin1'),
  ]);
}

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function fileForm(bytes: Buffer, fileName: string, type: string): FormData {
  const form = new FormData();

  form.append('file', new Blob([bytes], { type }), fileName);

  return form;
}

/** An agency reporter of the owner agency, who uploads the evidence. */
const officer = { sub: 'officer-0411', roles: ['agency_reporter'], agency: '0411' };

describe('governance artefacts in embedded mode', () => {
  let app: RunningApp;
  let baseUrl = '';
  let artefactId = '';
  let evidenceId = '';
  const order = pdfBytes('คำสั่งแต่งตั้ง');

  const upload = async (id: string, body: FormData | string, headers: Record<string, string> = {}, query = '') =>
    http(baseUrl, 'POST', `/api/v1/catalog/artefacts/${id}/evidence${query}`, { body, headers: { ...(await authHeader(officer)), ...headers } });

  beforeAll(async () => {
    const port = await freePort();

    baseUrl = `http://127.0.0.1:${port}`;
    app = startApp('apps/embedded/src/main.ts', { PORT: String(port), DATA_DIR: 'memory', MAX_UPLOAD_BYTES: String(maxUploadBytes) });
    await waitFor(`${baseUrl}/api/health`, 200, [app]);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('creates an artefact', async () => {
    const response = await http(baseUrl, 'POST', '/api/v1/catalog/artefacts', {
      body: JSON.stringify({ agencyCode: '0411', fiscalYear: 2567, kind: 'appointmentOrder', title: 'คำสั่งแต่งตั้งคณะทำงานกำกับดูแลข้อมูล' }),
      headers: { ...json, ...(await authHeader(officer)) },
    });

    expect(response.status).toBe(201);
    expect(response.body.version).toBe(1);
    expect(response.body.createdBy).toBe('user:officer-0411');
    expect(response.body.evidence).toEqual([]);
    artefactId = response.body.id;
  });

  it('uploads a Thai-named PDF', async () => {
    const response = await upload(artefactId, fileForm(order, thaiFileName, 'application/pdf'));
    const [file] = response.body.evidence;

    expect(response.status).toBe(201);
    expect(file.fileName).toBe(thaiFileName);
    expect(file.sha256).toBe(sha256Of(order));
    expect(file.sizeBytes).toBe(order.length);
    expect(file.contentType).toBe('application/pdf');
    expect(file.uploadedBy).toBe('user:officer-0411');
    evidenceId = file.id;
  });

  it('downloads the file byte-identical', async () => {
    const response = await adminFetch(`${baseUrl}/api/v1/catalog/artefacts/${artefactId}/evidence/${evidenceId}/content`);
    const bytes = Buffer.from(await response.arrayBuffer());

    expect(response.status).toBe(200);
    expect(bytes.equals(order)).toBe(true);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-length')).toBe(String(order.length));
    expect(response.headers.get('etag')).toBe(`"${sha256Of(order)}"`);
    expect(response.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent(thaiFileName)}`);
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const response = await adminFetch(`${baseUrl}/api/v1/catalog/artefacts/${artefactId}/evidence/${evidenceId}/content`, {
      headers: { 'if-none-match': `"${sha256Of(order)}"` },
    });

    expect(response.status).toBe(304);
  });

  it('rejects an evidence id that is not a UUID with 400', async () => {
    const response = await http(baseUrl, 'GET', `/api/v1/catalog/artefacts/${artefactId}/evidence/xyz/content`);

    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(['evidenceId']);
  });

  it('uploads a raw CSV body with ?fileName=', async () => {
    const csv = 'รหัสเขต,ชื่อเขต\n1001,พระนคร\n';
    const response = await upload(artefactId, csv, { 'content-type': 'text/csv; charset=utf-8' }, `?fileName=${encodeURIComponent('รายชื่อเขต.csv')}`);

    expect(response.status).toBe(201);
    expect(response.body.evidence.map((file: any) => file.fileName)).toEqual([thaiFileName, 'รายชื่อเขต.csv']);
    expect(response.body.evidence[1].sha256).toBe(sha256Of(Buffer.from(csv, 'utf8')));
  });

  it('rejects a file over the limit with 413', async () => {
    const tooLarge = pdfBytes('x'.repeat(maxUploadBytes));
    const multipart = await upload(artefactId, fileForm(tooLarge, 'ใหญ่เกิน.pdf', 'application/pdf'));
    const raw = await upload(artefactId, tooLarge.toString('latin1'), { 'content-type': 'application/pdf' }, '?fileName=big.pdf');
    const stored = await http(baseUrl, 'GET', `/api/v1/catalog/artefacts/${artefactId}`);

    expect(multipart.status).toBe(413);
    expect(multipart.body.code).toBe('PAYLOAD_TOO_LARGE');
    expect(raw.status).toBe(413);
    expect(stored.body.evidence).toHaveLength(2);
  });

  it('rejects a type outside the allow-list with 415', async () => {
    const response = await upload(artefactId, fileForm(Buffer.from('MZ\x90\x00'), 'setup.exe', 'application/x-msdownload'));

    expect(response.status).toBe(415);
    expect(response.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('rejects content that is not its declared type with 415', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const response = await upload(artefactId, fileForm(png, 'แอบอ้าง.pdf', 'application/pdf'), { 'accept-language': 'en' });

    expect(response.status).toBe(415);
    expect(response.body.detail).toContain('first bytes');
  });

  it('rejects text in another charset with 415', async () => {
    const response = await upload(artefactId, 'abc', { 'content-type': 'text/plain; charset=tis-620' }, '?fileName=note.txt');

    expect(response.status).toBe(415);
  });

  it('rejects an upload without a file', async () => {
    const form = new FormData();

    form.append('note', 'ไม่มีไฟล์');
    const noFile = await upload(artefactId, form);
    const noName = await upload(artefactId, 'abc', { 'content-type': 'text/plain' });

    expect(noFile.status).toBe(400);
    expect(noFile.body.code).toBe('EMPTY_BODY');
    expect(noName.status).toBe(400);
    expect(noName.body.errors.map((error: any) => error.field)).toEqual(['fileName']);
  });

  it('returns 404 for an unknown artefact', async () => {
    const response = await upload('00000000-0000-4000-8000-000000000000', fileForm(order, 'a.pdf', 'application/pdf'));

    expect(response.status).toBe(404);
    expect(response.body.code).toBe('CATALOG_ARTEFACT_NOT_FOUND');
  });

  it('locks the artefact', async () => {
    const response = await http(baseUrl, 'POST', `/api/v1/catalog/artefacts/${artefactId}/lock`, {
      body: JSON.stringify({ reason: 'ลงนามผลการประเมินรอบไตรมาส 4', evaluationId: 'round-2567-q4' }),
      headers: { ...json, ...(await authHeader({ sub: 'evaluator-spo', roles: ['evaluator'] })) },
    });

    expect(response.status).toBe(200);
    expect(response.body.lockedAt).not.toBeNull();
    expect(response.body.lockedBy).toBe('user:evaluator-spo');
    expect(response.body.lockReason).toBe('ลงนามผลการประเมินรอบไตรมาส 4');
    expect(response.body.lockEvaluationId).toBe('round-2567-q4');
  });

  it('rejects changes to a locked artefact with 409', async () => {
    const uploaded = await upload(artefactId, fileForm(pdfBytes('แก้ไข'), 'แก้ไข.pdf', 'application/pdf'));
    const removed = await http(baseUrl, 'DELETE', `/api/v1/catalog/artefacts/${artefactId}/evidence/${evidenceId}`, { headers: { 'accept-language': 'en' } });

    expect(uploaded.status).toBe(409);
    expect(uploaded.body.code).toBe('CATALOG_ARTEFACT_LOCKED');
    expect(uploaded.body.detail).toContain('ส่งฉบับใหม่');
    expect(removed.status).toBe(409);
    expect(removed.body.detail).toContain('Supersede');
  });

  it('supersedes the locked artefact', async () => {
    const response = await http(baseUrl, 'POST', `/api/v1/catalog/artefacts/${artefactId}/supersede`, {
      body: JSON.stringify({ title: 'คำสั่งแต่งตั้งคณะทำงาน (ฉบับปรับปรุง)', keepEvidence: true }),
      headers: json,
    });
    const revised = pdfBytes('ฉบับปรับปรุง');
    const uploaded = await upload(response.body.id, fileForm(revised, 'ฉบับปรับปรุง.pdf', 'application/pdf'));
    const latest = await http(baseUrl, 'GET', '/api/v1/catalog/artefacts?agency=0411&fiscalYear=2567&latestOnly=true');

    expect(response.status).toBe(201);
    expect(response.body.version).toBe(2);
    expect(response.body.supersedesId).toBe(artefactId);
    expect(response.body.evidence).toHaveLength(2);
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.evidence).toHaveLength(3);
    expect(latest.body.items.map((item: any) => item.version)).toEqual([2]);
  });

  it('rejects a list without a fiscal year', async () => {
    const response = await http(baseUrl, 'GET', '/api/v1/catalog/artefacts?agency=0411');

    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: any) => error.field)).toContain('fiscalYear');
  });
});
