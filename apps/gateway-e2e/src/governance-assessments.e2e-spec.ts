import { createHash } from 'node:crypto';

import { http } from './support/sample-scenario';
import { freePort, startApp, waitFor, type RunningApp } from './support/processes';

jest.setTimeout(180_000);

const json = { 'content-type': 'application/json' };
const agency = '0411';
const evaluator = { ...json, 'x-actor': 'evaluator-syp' };
const officer = { ...json, 'x-actor': 'officer-0411' };

interface Question {
  code: string;
  evidence: 'none' | 'document' | 'link';
  options: { value: string; points: number }[];
  autoCheck: string | null;
  appliesTo: unknown;
}

interface EvidenceFile {
  sha256: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

const internalDataset = {
  data_type: 'ข้อมูลสถิติ',
  title: 'ทะเบียนผู้รับเบี้ยยังชีพผู้สูงอายุ',
  owner_org: agency,
  maintainer: 'กลุ่มงานสวัสดิการ',
  maintainer_email: 'welfare@bangkok.go.th',
  tag_string: 'สวัสดิการ',
  notes: 'รายชื่อผู้รับเบี้ยยังชีพ',
  objective: ['พันธกิจหน่วยงาน'],
  update_frequency_unit: 'เดือน',
  geo_coverage: 'จังหวัด',
  data_source: 'สำนักพัฒนาสังคม',
  data_format: ['CSV'],
  data_category: 'ข้อมูลใช้ภายใน',
  data_classification: 'ชั้นเผยแพร่ภายในองค์กร',
  license_id: 'Open Data Common',
};

function dictionaryField(name: string, personalData: boolean, personalDataLegalBasis?: string) {
  return { name, labelTh: name, type: 'text', required: true, primaryKey: false, allowedValues: [], personalData, personalDataLegalBasis };
}

describe('governance assessments in embedded mode', () => {
  let app: RunningApp;
  let baseUrl = '';
  let readiness: { id: string; components: { questions: Question[] }[] };
  let previousId = '';
  let assessmentId = '';
  let evidence: EvidenceFile;
  let datasetId = '';
  let securityId = '';

  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = officer) =>
    http(baseUrl, method, `/api/v1/governance${path}`, { body: body === undefined ? undefined : JSON.stringify(body), headers });

  const questionsOf = (questionnaire: { components: { questions: Question[] }[] }) => questionnaire.components.flatMap((component) => component.questions);

  /** Answers every question with the option at `pick` (0 = first), attaching the evidence each one needs. */
  function answersFor(questions: Question[], pick: (question: Question) => number, file?: EvidenceFile) {
    return questions
      .filter((question) => question.autoCheck === null)
      .map((question) => ({
        questionCode: question.code,
        optionValue: question.options[pick(question)].value,
        ...(question.evidence === 'document' && file !== undefined ? { documents: [file] } : {}),
        ...(question.evidence === 'link' ? { links: ['https://data.bangkok.go.th/organization/0411'] } : {}),
      }));
  }

  beforeAll(async () => {
    const port = await freePort();

    baseUrl = `http://127.0.0.1:${port}`;
    app = startApp('apps/embedded/src/main.ts', { PORT: String(port), DATA_DIR: 'memory' });
    await waitFor(`${baseUrl}/api/health`, 200, [app]);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('rejects an assessment before a questionnaire exists', async () => {
    const response = await call('POST', '/assessments', { kind: 'readiness', fiscalYear: 2567, agencyCode: agency });

    expect(response.status).toBe(422);
    expect(response.body.code).toBe('CATALOG_QUESTIONNAIRE_MISSING');
  });

  it('loads the default questionnaire once', async () => {
    const first = await call('POST', '/questionnaires/defaults', { kind: 'readiness' }, { ...json, 'x-actor': 'admin' });
    const second = await call('POST', '/questionnaires/defaults', { kind: 'readiness' }, { ...json, 'x-actor': 'admin' });

    expect(first.status).toBe(201);
    expect(first.body.version).toBe(1);
    expect(first.body.source).toBe('default');
    expect(second.body.id).toBe(first.body.id);
    readiness = first.body;
  });

  it('rejects a questionnaire with a repeated question code', async () => {
    const question = { code: 'q1', textTh: 'ถาม', textEn: 'Q', weight: 1, evidence: 'none', options: [{ value: 'yes', labelTh: 'ใช่', labelEn: 'Yes', points: 1 }] };
    const response = await call('POST', '/questionnaires', {
      kind: 'readiness',
      titleTh: 'ทดสอบ',
      titleEn: 'Test',
      components: [{ code: 'c', nameTh: 'ค', nameEn: 'C', weight: 1, questions: [question, question] }],
    });

    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(['components[0].questions[0].code', 'components[0].questions[1].code']);
  });

  it('accepts the previous fiscal year with low answers', async () => {
    const started = await call('POST', '/assessments', { kind: 'readiness', fiscalYear: 2567, agencyCode: agency });

    previousId = started.body.id;
    await call('PUT', `/assessments/${previousId}/answers`, { answers: answersFor(questionsOf(readiness), () => 0) });
    const submitted = await call('POST', `/assessments/${previousId}/submit`);
    const accepted = await call('POST', `/assessments/${previousId}/review`, { decision: 'accept' }, evaluator);

    expect(submitted.status).toBe(200);
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('accepted');
    expect(accepted.body.scores.overall).toBe(0);
  });

  it('starts a draft for the fiscal year', async () => {
    const response = await call('POST', '/assessments', { kind: 'readiness', fiscalYear: 2568, agencyCode: agency });

    expect(response.status).toBe(201);
    expect(response.body.status).toBe('draft');
    expect(response.body.questionnaireVersion).toBe(1);
    assessmentId = response.body.id;
  });

  it('rejects a second assessment of the same scope', async () => {
    const response = await call('POST', '/assessments', { kind: 'readiness', fiscalYear: 2568, agencyCode: agency });

    expect(response.status).toBe(409);
    expect(response.body.code).toBe('CATALOG_ASSESSMENT_EXISTS');
  });

  it('rejects an unknown question, naming the field', async () => {
    const response = await call('PUT', `/assessments/${assessmentId}/answers`, { answers: [{ questionCode: 'no.such.question', optionValue: 'yes' }] });

    expect(response.status).toBe(400);
    expect(response.body.errors[0].field).toBe('answers[0].questionCode');
    expect(response.body.errors[0].rule).toBe('exists');
  });

  it('rejects an answer off the scale, naming the field', async () => {
    const response = await call('PUT', `/assessments/${assessmentId}/answers`, { answers: [{ questionCode: 'roles.working-group', optionValue: 'maybe' }] });

    expect(response.status).toBe(400);
    expect(response.body.errors[0].field).toBe('answers[0].optionValue');
    expect(response.body.errors[0].message).toContain('ไม่อยู่ในตัวเลือก');
  });

  it('rejects a review of a draft, naming the status', async () => {
    const response = await call('POST', `/assessments/${assessmentId}/review`, { decision: 'accept' }, evaluator);

    expect(response.status).toBe(409);
    expect(response.body.code).toBe('CATALOG_ASSESSMENT_TRANSITION_REJECTED');
    expect(response.body.errors[0].field).toBe('status');
  });

  it('uploads an evidence file', async () => {
    const bytes = Buffer.from('%PDF-1.7\nคำสั่งแต่งตั้งคณะทำงาน\n%%EOF\n', 'utf8');
    const form = new FormData();

    form.append('file', new Blob([bytes], { type: 'application/pdf' }), 'คำสั่ง.pdf');
    const response = await http(baseUrl, 'POST', `/api/v1/governance/assessments/${assessmentId}/evidence`, { body: form, headers: { 'x-actor': 'officer-0411' } });

    expect(response.status).toBe(201);
    expect(response.body.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    evidence = response.body;
  });

  it('rejects a submission without the required evidence', async () => {
    await call('PUT', `/assessments/${assessmentId}/answers`, { answers: answersFor(questionsOf(readiness), (question) => question.options.length - 1) });
    const response = await call('POST', `/assessments/${assessmentId}/submit`);

    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain('answers.roles.working-group.documents');
  });

  it('submits with evidence and scores 100', async () => {
    await call('PUT', `/assessments/${assessmentId}/answers`, { answers: answersFor(questionsOf(readiness), (question) => question.options.length - 1, evidence) });
    const response = await call('POST', `/assessments/${assessmentId}/submit`);

    expect(response.status).toBe(200);
    expect(response.body.status).toBe('submitted');
    expect(response.body.submissionCount).toBe(1);
    expect(response.body.scores.overall).toBe(100);
  });

  it('returns the assessment for more evidence', async () => {
    const response = await call(
      'POST',
      `/assessments/${assessmentId}/review`,
      { decision: 'requestEvidence', reason: 'แนบแผนฉบับที่ลงนามแล้ว', answers: [{ questionCode: 'process.development-plan', decision: 'requestEvidence', reason: 'ไฟล์ไม่ใช่แผน' }] },
      evaluator,
    );
    const answer = response.body.answers.find((item: { questionCode: string }) => item.questionCode === 'process.development-plan');

    expect(response.status).toBe(200);
    expect(response.body.status).toBe('returned');
    expect(answer.reviewStatus).toBe('evidenceRequested');
    expect(answer.reviewReason).toBe('ไฟล์ไม่ใช่แผน');
  });

  it('resubmits after changing the answer', async () => {
    const changed = answersFor(questionsOf(readiness), (question) => question.options.length - 1, evidence).filter((answer) => answer.questionCode === 'process.development-plan');
    const saved = await call('PUT', `/assessments/${assessmentId}/answers`, { answers: changed });
    const response = await call('POST', `/assessments/${assessmentId}/submit`);

    expect(saved.body.answers.find((item: { questionCode: string }) => item.questionCode === 'process.development-plan').reviewStatus).toBe('pending');
    expect(response.status).toBe(200);
    expect(response.body.submissionCount).toBe(2);
  });

  it('accepts with one rejected answer and keeps the history', async () => {
    const response = await call(
      'POST',
      `/assessments/${assessmentId}/review`,
      { decision: 'accept', answers: [{ questionCode: 'roles.working-group', decision: 'reject', reason: 'คำสั่งหมดอายุ' }] },
      evaluator,
    );

    expect(response.status).toBe(200);
    expect(response.body.status).toBe('accepted');
    // roles: working group (weight 2) earns 0 of 3 → 33.33; the other five components stay 100.
    expect(response.body.scores.components.find((component: { code: string }) => component.code === 'roles').score).toBe(33.33);
    expect(response.body.scores.overall).toBe(88.89);
    expect(response.body.reviews.map((review: { round: number; decision: string; questionCode: string | null }) => [review.round, review.questionCode, review.decision])).toEqual([
      [1, 'process.development-plan', 'requestEvidence'],
      [1, null, 'requestEvidence'],
      [2, 'roles.working-group', 'reject'],
      [2, null, 'accept'],
    ]);
  });

  it('compares with the previous fiscal year', async () => {
    const response = await call('GET', `/assessments/${assessmentId}`);

    expect(response.body.comparison.previousAssessmentId).toBe(previousId);
    expect(response.body.comparison.previousOverall).toBe(0);
    expect(response.body.comparison.overallDelta).toBe(88.89);
    expect(response.body.comparison.components[0]).toEqual({ code: 'roles', previousScore: 0, delta: 33.33 });
  });

  it('checks personal-data fields in a security assessment', async () => {
    await call('POST', '/questionnaires/defaults', { kind: 'security' }, { ...json, 'x-actor': 'admin' });
    const dataset = await http(baseUrl, 'POST', '/api/v1/catalog/datasets', { body: JSON.stringify(internalDataset), headers: officer });

    datasetId = dataset.body.id;
    await http(baseUrl, 'PUT', `/api/v1/catalog/datasets/${datasetId}/dictionary`, {
      body: JSON.stringify({ fields: [dictionaryField('citizen_id', true), dictionaryField('district', false)] }),
      headers: officer,
    });
    const response = await call('POST', '/assessments', { kind: 'security', fiscalYear: 2568, dataset: datasetId });
    const automatic = response.body.answers.find((answer: { questionCode: string }) => answer.questionCode === 'personal-data.legal-basis');

    expect(response.status).toBe(201);
    expect(response.body.agencyCode).toBe(agency);
    expect(response.body.datasetClassification).toBe('ชั้นเผยแพร่ภายในองค์กร');
    expect(automatic.optionValue).toBe('notMet');
    expect(automatic.note).toContain('citizen_id');
    securityId = response.body.id;
  });

  it('rejects a legal basis on a field that is not personal data', async () => {
    const response = await http(baseUrl, 'PUT', `/api/v1/catalog/datasets/${datasetId}/dictionary`, {
      body: JSON.stringify({ fields: [dictionaryField('district', false, 'consent')] }),
      headers: officer,
    });

    expect(response.status).toBe(400);
    expect(response.body.errors[0].field).toBe('fields.0.personalDataLegalBasis');
  });

  it('accepts the security checklist once the legal basis is set', async () => {
    await http(baseUrl, 'PUT', `/api/v1/catalog/datasets/${datasetId}/dictionary`, {
      body: JSON.stringify({ fields: [dictionaryField('citizen_id', true, 'publicTask'), dictionaryField('district', false)] }),
      headers: officer,
    });
    const checklist = await call('GET', `/questionnaires?kind=security`);
    const questions = questionsOf(checklist.body.items[0]).filter((question) => question.code !== 'personal-data.notice');
    const saved = await call('PUT', `/assessments/${securityId}/answers`, { answers: answersFor(questions, (question) => question.options.length - 1, evidence) });
    const submitted = await call('POST', `/assessments/${securityId}/submit`);
    const accepted = await call('POST', `/assessments/${securityId}/review`, { decision: 'accept' }, evaluator);

    expect(saved.body.answers.find((answer: { questionCode: string }) => answer.questionCode === 'personal-data.legal-basis').optionValue).toBe('met');
    expect(submitted.status).toBe(200);
    expect(accepted.body.status).toBe('accepted');
    expect(accepted.body.scores.overall).toBe(100);
  });

  it('shows both scores in the scorecard', async () => {
    const response = await http(baseUrl, 'GET', `/api/v1/catalog/scorecard?agency=${agency}&fiscalYear=2568`);

    expect(response.status).toBe(200);
    expect(response.body.agencies[0].assessments).toEqual({
      readiness: 88.89,
      security: { averageScore: 100, assessedDatasets: 1, datasets: 1 },
      dataQuality: { completeness: null, validity: null, uniqueness: null, encoding: null, timeliness: null, overall: null, assessedDatasets: 0, notAssessedDatasets: 1 },
    });
  });

  it('shows null scores for an unassessed agency', async () => {
    const response = await http(baseUrl, 'GET', '/api/v1/catalog/scorecard?agency=9999&fiscalYear=2568');

    expect(response.body.agencies[0].assessments.readiness).toBeNull();
    expect(response.body.agencies[0].assessments.security.averageScore).toBeNull();
  });

  it('documents the routes in OpenAPI', async () => {
    const response = await http(baseUrl, 'GET', '/api/openapi.json');
    const paths = Object.keys(response.body.paths);

    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/governance/questionnaires',
        '/api/v1/governance/questionnaires/defaults',
        '/api/v1/governance/assessments/{id}/answers',
        '/api/v1/governance/assessments/{id}/review',
      ]),
    );
    expect(response.body.paths['/api/v1/governance/assessments/{id}/review'].post.summary).toContain('ผู้ประเมิน');
  });
});
