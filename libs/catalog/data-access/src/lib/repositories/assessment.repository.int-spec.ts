import { VersionConflictError } from '@bma-kpi/database';
import { computeScores, DEFAULT_READINESS_QUESTIONNAIRE } from '@bma-kpi/catalog-domain';

import { buildDatasetInput, openTestCatalogDatabase, testBackends, type TestCatalogDatabase } from '../../testing';
import { AssessmentExistsError } from '../catalog-errors';
import { AssessmentRepository } from './assessment.repository';
import { DatasetRepository } from './dataset.repository';
import { DictionaryRepository } from './dictionary.repository';
import { QuestionnaireRepository } from './questionnaire.repository';

const audit = { actor: 'officer-0411', correlationId: null };
const emptyScores = computeScores(DEFAULT_READINESS_QUESTIONNAIRE, new Map(), null);

describe.each(testBackends)('AssessmentRepository on %s', (backend) => {
  let test: TestCatalogDatabase;
  let sut: AssessmentRepository;
  let questionnaireId = '';
  let assessmentId = '';

  beforeAll(async () => {
    test = await openTestCatalogDatabase(backend);
    sut = new AssessmentRepository(test.db.prisma);
    const published = await new QuestionnaireRepository(test.db.prisma).publish('readiness', DEFAULT_READINESS_QUESTIONNAIRE, 'default', 'f'.repeat(64), audit);

    questionnaireId = published.id;
  });

  afterAll(async () => {
    await test?.dispose();
  });

  const input = (fiscalYear: number) => ({
    kind: 'readiness' as const,
    agencyCode: '0411',
    fiscalYear,
    datasetId: null,
    datasetCategory: null,
    datasetClassification: null,
    questionnaireId,
    scores: emptyScores,
  });

  it('round-trips questionnaire content', async () => {
    const stored = await new QuestionnaireRepository(test.db.prisma).get(questionnaireId);

    expect(stored?.content).toEqual(DEFAULT_READINESS_QUESTIONNAIRE);
    expect(stored?.version).toBe(1);
  });

  it('creates a draft with its scores', async () => {
    const created = await sut.create(input(2568), audit);

    expect(created.status).toBe('draft');
    expect(created.overallScore).toBe(0);
    expect(created.componentScores.map((component) => component.code)).toEqual(['roles', 'process', 'quality', 'measurement', 'classification', 'catalog']);
    assessmentId = created.id;
  });

  it('rejects a second open assessment of the scope', async () => {
    await expect(sut.create(input(2568), audit)).rejects.toBeInstanceOf(AssessmentExistsError);
  });

  it('stores answers with exact decimal points', async () => {
    const answer = { questionCode: 'roles.data-stewards', optionValue: 'partial', points: '2.5', note: null, documents: [], links: ['https://example.org/x'], automatic: false };
    const saved = await sut.update(assessmentId, { expectedVersion: 1, status: 'draft', scores: emptyScores, answers: [answer] }, audit, []);

    expect(saved.version).toBe(2);
    expect(saved.answers[0]?.points).toBe('2.5');
    expect(saved.answers[0]?.links).toEqual(['https://example.org/x']);
  });

  it('rejects a write from a stale version', async () => {
    await expect(sut.update(assessmentId, { expectedVersion: 1, status: 'submitted', scores: emptyScores, submitted: true }, audit, [])).rejects.toBeInstanceOf(
      VersionConflictError,
    );
    expect((await sut.get(assessmentId))?.status).toBe('draft');
  });

  it('finds the accepted assessment of a year', async () => {
    await sut.update(assessmentId, { expectedVersion: 2, status: 'accepted', scores: { ...emptyScores, overall: 55.5 }, reviewed: true }, audit, []);

    expect((await sut.findAccepted('readiness', '0411', 2568, null))?.overallScore).toBe(55.5);
    expect(await sut.findAccepted('readiness', '0411', 2567, null)).toBeNull();
    expect(await sut.acceptedScores(2568)).toEqual([{ kind: 'readiness', agencyCode: '0411', datasetId: null, overallScore: 55.5 }]);
  });

  it('lists personal-data fields with their legal basis', async () => {
    const dataset = await new DatasetRepository(test.db.prisma).create(buildDatasetInput({ slug: 'residents' }), 'seed', null, []);

    await new DictionaryRepository(test.db.prisma).replaceFields(
      dataset.id,
      null,
      [
        { name: 'citizen_id', labelTh: 'เลขประจำตัวประชาชน', dataType: 'text', personalData: true, personalDataLegalBasis: 'publicTask' },
        { name: 'phone', labelTh: 'โทรศัพท์', dataType: 'text', personalData: true },
        { name: 'district', labelTh: 'เขต', dataType: 'text' },
      ],
      'seed',
      null,
      [],
    );

    expect(await sut.personalDataFields(dataset.id)).toEqual([
      { name: 'citizen_id', resourceId: null, legalBasis: 'publicTask' },
      { name: 'phone', resourceId: null, legalBasis: null },
    ]);
  });
});
