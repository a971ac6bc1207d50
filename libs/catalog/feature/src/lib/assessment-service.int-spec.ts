import type {
  AssessmentReturnedEvent,
  AssessmentReviewedEvent,
  AssessmentSubmittedEvent,
  CatalogMessages,
  CreateQuestionnaireRequest,
} from '@bma-kpi/contracts-catalog';
import { CatalogEvents, CatalogSubjects } from '@bma-kpi/contracts-catalog';
import type { DomainException } from '@bma-kpi/errors';
import type { ServiceClient } from '@bma-kpi/messaging';

import { catalogTestTransports, eventually, startCatalogService, type CatalogTestTransport, type RunningCatalogService } from '../testing/catalog-test-transport';

jest.setTimeout(60_000);

const scale = [
  { value: 'no', labelTh: 'ไม่มี', labelEn: 'No', points: 0 },
  { value: 'partly', labelTh: 'บางส่วน', labelEn: 'Partly', points: 1 },
  { value: 'yes', labelTh: 'มี', labelEn: 'Yes', points: 2 },
];

const question = (code: string, weight: number) => ({ code, textTh: `คำถาม ${code}`, textEn: `Question ${code}`, weight, evidence: 'none' as const, options: scale });

/** A small questionnaire whose scores are easy to check by hand. */
const questionnaire: CreateQuestionnaireRequest = {
  kind: 'readiness',
  titleTh: 'แบบทดสอบ',
  titleEn: 'Test questionnaire',
  components: [
    { code: 'roles', nameTh: 'บทบาท', nameEn: 'Roles', weight: 1, questions: [question('r1', 1), question('r2', 3)] },
    { code: 'catalog', nameTh: 'บัญชีข้อมูล', nameEn: 'Catalog', weight: 3, questions: [question('c1', 1)] },
  ],
};

describe.each(catalogTestTransports)('assessments over %s', (_name, openTransport) => {
  let transport: CatalogTestTransport;
  let running: RunningCatalogService;
  let sut: ServiceClient<CatalogMessages>;
  const officer = { correlationId: 'assessment-int-spec', actor: 'officer-0411' };
  const evaluator = { correlationId: 'assessment-int-spec', actor: 'evaluator' };
  const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as DomainException);
  let questionnaireId = '';
  let assessmentId = '';

  beforeAll(async () => {
    transport = await openTransport();
    running = await startCatalogService(transport, { objectStore: await transport.objectStore() });
    sut = running.client;
  });

  afterAll(async () => {
    await running?.close();
    await transport?.cleanUp();
  });

  it('publishes questionnaire versions in order', async () => {
    const first = await sut.request(CatalogSubjects.questionnaireCreate, questionnaire, officer);
    const second = await sut.request(CatalogSubjects.questionnaireCreate, { ...questionnaire, titleEn: 'Test questionnaire, edited' }, officer);

    expect(first.version).toBe(1);
    expect(second.version).toBe(2);
    expect(first.source).toBe('custom');
    questionnaireId = second.id;
  });

  it('keeps an earlier version unchanged', async () => {
    const list = await sut.request(CatalogSubjects.questionnaireList, { kind: 'readiness' }, officer);

    expect(list.items.map((item) => [item.version, item.titleEn])).toEqual([
      [2, 'Test questionnaire, edited'],
      [1, 'Test questionnaire'],
    ]);
  });

  it('starts on the latest version', async () => {
    const started = await sut.request(CatalogSubjects.assessmentStart, { kind: 'readiness', fiscalYear: 2568, agencyCode: '0411' }, officer);

    expect(started.questionnaireId).toBe(questionnaireId);
    expect(started.scores.overall).toBe(0);
    assessmentId = started.id;
  });

  it('rejects a dataset in a readiness request', async () => {
    const error = await failure(sut.request(CatalogSubjects.assessmentStart, { kind: 'readiness', fiscalYear: 2569, agencyCode: '0411', dataset: 'x' }, officer));

    expect(error?.code).toBe('VALIDATION_FAILED');
    expect(error?.extra.errors?.[0]?.field).toBe('dataset');
  });

  it('scores saved answers with weights', async () => {
    const saved = await sut.request(
      CatalogSubjects.assessmentSaveAnswers,
      { assessmentId, answers: [{ questionCode: 'r1', optionValue: 'yes' }, { questionCode: 'r2', optionValue: 'partly' }] },
      officer,
    );

    // roles: (1 × 2/2 + 3 × 1/2) / 4 = 62.5; catalog unanswered = 0; overall (62.5 + 3 × 0) / 4
    expect(saved.scores.components.map((component) => component.score)).toEqual([62.5, 0]);
    expect(saved.scores.overall).toBe(15.63);
    expect(saved.answers.map((answer) => answer.answeredBy)).toEqual(['officer-0411', 'officer-0411']);
  });

  it('rejects a submission with an unanswered question', async () => {
    const error = await failure(sut.request(CatalogSubjects.assessmentSubmit, { assessmentId }, officer));

    expect(error?.code).toBe('VALIDATION_FAILED');
    expect(error?.extra.errors?.map((item) => item.field)).toEqual(['answers.c1']);
  });

  it('submits and relays assessment.submitted', async () => {
    await sut.request(CatalogSubjects.assessmentSaveAnswers, { assessmentId, answers: [{ questionCode: 'c1', optionValue: 'yes' }] }, officer);
    await sut.request(CatalogSubjects.assessmentSubmit, { assessmentId }, officer);
    await eventually(async () => (await transport.events(CatalogEvents.assessmentSubmitted)).length >= 1);
    const [event] = await transport.events<AssessmentSubmittedEvent>(CatalogEvents.assessmentSubmitted);

    expect(event?.data).toMatchObject({ assessmentId, kind: 'readiness', agencyCode: '0411', fiscalYear: 2568, datasetId: null, submissionCount: 1 });
    expect(event?.data.overallScore).toBe(90.63);
    expect(event?.actor).toBe('officer-0411');
  });

  it('rejects answers while submitted', async () => {
    const error = await failure(sut.request(CatalogSubjects.assessmentSaveAnswers, { assessmentId, answers: [{ questionCode: 'c1', optionValue: 'no' }] }, officer));

    expect(error?.code).toBe('CATALOG_ASSESSMENT_TRANSITION_REJECTED');
  });

  it('requires a reason to return an assessment', async () => {
    const error = await failure(sut.request(CatalogSubjects.assessmentReview, { assessmentId, decision: 'requestEvidence' }, evaluator));

    expect(error?.extra.errors?.[0]?.field).toBe('reason');
  });

  it('returns it and relays assessment.returned', async () => {
    await sut.request(
      CatalogSubjects.assessmentReview,
      { assessmentId, decision: 'requestEvidence', reason: 'ขอหลักฐาน', answers: [{ questionCode: 'r2', decision: 'requestEvidence', reason: 'ไม่มีไฟล์' }] },
      evaluator,
    );
    await eventually(async () => (await transport.events(CatalogEvents.assessmentReturned)).length >= 1);
    const [event] = await transport.events<AssessmentReturnedEvent>(CatalogEvents.assessmentReturned);

    expect(event?.data.questionCodes).toEqual(['r2']);
    expect(event?.data.reason).toBe('ขอหลักฐาน');
    expect(event?.data.status).toBe('returned');
  });

  it('rejects it for good and frees the scope', async () => {
    await sut.request(CatalogSubjects.assessmentSubmit, { assessmentId }, officer);
    const rejected = await sut.request(CatalogSubjects.assessmentReview, { assessmentId, decision: 'reject', reason: 'ข้อมูลไม่ตรงกับความจริง' }, evaluator);
    const again = await sut.request(CatalogSubjects.assessmentStart, { kind: 'readiness', fiscalYear: 2568, agencyCode: '0411' }, officer);

    expect(rejected.status).toBe('rejected');
    expect(again.status).toBe('draft');
    expect(again.id).not.toBe(assessmentId);
  });

  it('relays assessment.reviewed with the decision', async () => {
    await eventually(async () => (await transport.events(CatalogEvents.assessmentReviewed)).length >= 1);
    const [event] = await transport.events<AssessmentReviewedEvent>(CatalogEvents.assessmentReviewed);

    expect(event?.data.decision).toBe('reject');
    expect(event?.data.submissionCount).toBe(2);
    expect(event?.actor).toBe('evaluator');
  });

  it('keeps a rejected assessment out of the scorecard', async () => {
    const scorecard = await sut.request(CatalogSubjects.scorecardGet, { agency: '0411', fiscalYear: 2568 }, officer);

    expect(scorecard.agencies[0]?.assessments.readiness).toBeNull();
  });

  it('rejects evidence that is not in the object store', async () => {
    const list = await sut.request(CatalogSubjects.assessmentList, { agency: '0411', status: 'draft' }, officer);
    const document = { sha256: 'a'.repeat(64), fileName: 'plan.pdf', contentType: 'application/pdf', sizeBytes: 10 };
    const error = await failure(
      sut.request(CatalogSubjects.assessmentSaveAnswers, { assessmentId: list.items[0]?.id ?? '', answers: [{ questionCode: 'r1', optionValue: 'yes', documents: [document] }] }, officer),
    );

    expect(list.total).toBe(1);
    expect(error?.code).toBe('CATALOG_EVIDENCE_OBJECT_MISSING');
  });
});
