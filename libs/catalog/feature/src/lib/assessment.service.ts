import { Inject, Injectable } from '@nestjs/common';

import type {
  AssessmentDetail,
  AssessmentListResponse,
  ListAssessmentsRequest,
  ReviewAssessmentRequest,
  SaveAnswersRequest,
  StartAssessmentRequest,
} from '@bma-kpi/contracts-catalog';
import type { AnswerWrite, AssessmentChange, AssessmentRecord, QuestionnaireRecord } from '@bma-kpi/catalog-data-access';
import {
  AssessmentExistsError,
  AssessmentRepository,
  DatasetRepository,
  QuestionnaireRepository,
  VersionConflictError,
} from '@bma-kpi/catalog-data-access';
import { nextAssessmentStatus, statusesAllowing, type AssessmentAction } from '@bma-kpi/catalog-domain';
import { ValidationFailedException } from '@bma-kpi/errors';
import type { OutboxMessage } from '@bma-kpi/messaging';
import { OutboxRelay } from '@bma-kpi/messaging';

import { answerWrites, automaticAnswers, isUnchanged, submissionErrors } from './assessment-answers';
import { assessedDatasetOf, assessmentEventData, mergeAnswers, scoreAnswers, toAssessmentDetail, toAssessmentSummary } from './assessment-response.mapper';
import { planReview, reviewedAnswers, reviewErrors } from './assessment-review';
import { AssessmentExceptions, fieldError } from './assessment.exceptions';
import { CatalogEventFactory } from './catalog-events';
import { CatalogExceptions } from './catalog.exceptions';
import { CATALOG_SERVICE_OPTIONS, type CatalogServiceOptions } from './catalog-service.options';
import { assertEvidenceStored } from './evidence-store.check';
import type { RequestMeta } from './request-meta';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Readiness assessments of agencies and security assessments of datasets: answers with evidence,
 * submission, review and scores. Every change recomputes and stores the scores.
 */
@Injectable()
export class AssessmentService {
  constructor(
    private readonly assessments: AssessmentRepository,
    private readonly questionnaires: QuestionnaireRepository,
    private readonly datasets: DatasetRepository,
    private readonly relay: OutboxRelay,
    @Inject(CATALOG_SERVICE_OPTIONS) private readonly options: CatalogServiceOptions,
  ) {}

  /**
   * Starts a draft on the latest questionnaire of the kind. A security assessment also records the
   * dataset's category and classification.
   */
  async start(request: StartAssessmentRequest, meta: RequestMeta): Promise<AssessmentDetail> {
    const scope = await this.resolveScope(request);
    const questionnaire = await this.questionnaires.latest(request.kind);

    if (questionnaire === null) {
      throw AssessmentExceptions.questionnaireMissing(request.kind);
    }
    const dataset = assessedDatasetOf(scope);
    const automatic = scope.datasetId === null ? [] : automaticAnswers(questionnaire.content, dataset, await this.assessments.personalDataFields(scope.datasetId));
    const scores = scoreAnswers(questionnaire.content, dataset, mergeAnswers([], automatic, meta.actor));

    try {
      const created = await this.assessments.create({ ...scope, kind: request.kind, fiscalYear: request.fiscalYear, questionnaireId: questionnaire.id, scores }, meta);

      if (automatic.length === 0) {
        return toAssessmentDetail(created, null);
      }

      return await this.write(created, 'saveAnswers', { answers: automatic }, meta, () => []);
    } catch (error) {
      if (error instanceof AssessmentExistsError) {
        throw AssessmentExceptions.assessmentExists(error.scopeKey);
      }
      throw error;
    }
  }

  async get(assessmentId: string): Promise<AssessmentDetail> {
    const record = await this.load(assessmentId);

    return toAssessmentDetail(record, await this.previousYear(record));
  }

  async list(request: ListAssessmentsRequest): Promise<AssessmentListResponse> {
    const { agency, ...filter } = request;
    const items = (await this.assessments.list({ ...filter, agencyCode: agency })).map(toAssessmentSummary);

    return { items, total: items.length };
  }

  /** Saves answers of a draft or returned assessment. Each saved answer needs a fresh review. */
  async saveAnswers(request: SaveAnswersRequest, meta: RequestMeta): Promise<AssessmentDetail> {
    const record = await this.load(request.assessmentId);
    const questionnaire = await this.questionnaireOf(record);

    this.assertAllowed(record, 'saveAnswers');
    const { writes, errors } = answerWrites(questionnaire.content, assessedDatasetOf(record), request.answers);

    if (errors.length > 0) {
      throw new ValidationFailedException(errors);
    }
    await assertEvidenceStored(
      this.options.objectStore,
      writes.flatMap((write) => write.documents),
      `POST /api/v1/governance/assessments/${record.id}/evidence`,
    );

    return this.write(record, 'saveAnswers', { answers: [...writes, ...(await this.refreshedChecks(record, questionnaire))] }, meta, () => []);
  }

  /** Submits a draft or returned assessment once every applicable question has an answer with the evidence it needs. */
  async submit(assessmentId: string, meta: RequestMeta): Promise<AssessmentDetail> {
    const record = await this.load(assessmentId);
    const questionnaire = await this.questionnaireOf(record);

    this.assertAllowed(record, 'submit');
    const automatic = await this.refreshedChecks(record, questionnaire);
    const errors = submissionErrors(questionnaire.content, assessedDatasetOf(record), mergeAnswers(record.answers, automatic, meta.actor));

    if (errors.length > 0) {
      throw new ValidationFailedException(errors);
    }

    return this.write(record, 'submit', { answers: automatic, submitted: true }, meta, (saved) => [
      CatalogEventFactory.assessmentSubmitted(assessmentEventData(saved), meta),
    ]);
  }

  /**
   * Records an evaluator's decisions. Accept and reject are final, and requestEvidence returns the
   * assessment to the agency.
   */
  async review(request: ReviewAssessmentRequest, meta: RequestMeta): Promise<AssessmentDetail> {
    const record = await this.load(request.assessmentId);

    this.assertAllowed(record, request.decision);
    const errors = reviewErrors(request, record);

    if (errors.length > 0) {
      throw new ValidationFailedException(errors);
    }
    const plan = planReview(request, record);
    const reason = request.reason ?? null;

    return this.write(record, request.decision, { answerReviews: plan.answerReviews, reviews: plan.reviews, reviewed: true }, meta, (saved) => [
      request.decision === 'requestEvidence'
        ? CatalogEventFactory.assessmentReturned({ ...assessmentEventData(saved), reason, questionCodes: plan.reworkCodes }, meta)
        : CatalogEventFactory.assessmentReviewed({ ...assessmentEventData(saved), decision: request.decision, reason }, meta),
    ]);
  }

  private async write(
    record: AssessmentRecord,
    action: AssessmentAction,
    change: Omit<AssessmentChange, 'expectedVersion' | 'status' | 'scores'>,
    meta: RequestMeta,
    events: (saved: AssessmentRecord) => OutboxMessage[],
  ): Promise<AssessmentDetail> {
    const status = this.assertAllowed(record, action);
    const questionnaire = await this.questionnaireOf(record);
    const merged = mergeAnswers(record.answers, change.answers ?? [], meta.actor);
    const answers = change.answerReviews === undefined ? merged : reviewedAnswers(merged, { answerReviews: change.answerReviews, reviews: [], reworkCodes: [] });
    const scores = scoreAnswers(questionnaire.content, assessedDatasetOf(record), answers);

    try {
      const saved = await this.assessments.update(record.id, { ...change, expectedVersion: record.version, status, scores }, meta, events);

      this.relay.kick();

      return toAssessmentDetail(saved, await this.previousYear(saved));
    } catch (error) {
      throw error instanceof VersionConflictError ? AssessmentExceptions.versionConflict(record.id) : error;
    }
  }

  // Automatic checks read the catalog at each save and submit, so a dictionary fixed meanwhile counts.
  private async refreshedChecks(record: AssessmentRecord, questionnaire: QuestionnaireRecord): Promise<AnswerWrite[]> {
    if (record.datasetId === null) {
      return [];
    }
    const fields = await this.assessments.personalDataFields(record.datasetId);
    const stored = new Map(record.answers.map((answer) => [answer.questionCode, answer]));

    return automaticAnswers(questionnaire.content, assessedDatasetOf(record), fields).filter((write) => !isUnchanged(write, stored.get(write.questionCode)));
  }

  private assertAllowed(record: AssessmentRecord, action: AssessmentAction) {
    const next = nextAssessmentStatus(record.status, action);

    if (next === null) {
      throw AssessmentExceptions.transitionRejected(record.id, record.status, action, statusesAllowing(action));
    }

    return next;
  }

  private async load(id: string): Promise<AssessmentRecord> {
    const record = await this.assessments.get(id);

    if (record === null) {
      throw AssessmentExceptions.assessmentNotFound(id);
    }

    return record;
  }

  private async questionnaireOf(record: AssessmentRecord): Promise<QuestionnaireRecord> {
    const questionnaire = await this.questionnaires.get(record.questionnaireId);

    if (questionnaire === null) {
      throw AssessmentExceptions.questionnaireNotFound(record.questionnaireId);
    }

    return questionnaire;
  }

  private previousYear(record: AssessmentRecord): Promise<AssessmentRecord | null> {
    return this.assessments.findAccepted(record.kind, record.agencyCode, record.fiscalYear - 1, record.datasetId);
  }

  private async resolveScope(request: StartAssessmentRequest) {
    const { agencyCode, dataset: datasetRef, kind } = request;

    if (kind === 'readiness') {
      const errors = [
        ...(agencyCode === undefined ? [fieldError('agencyCode', 'required', 'agencyCode is required for a readiness assessment', 'ต้องระบุ agencyCode สำหรับการประเมินความพร้อม')] : []),
        ...(datasetRef === undefined ? [] : [fieldError('dataset', 'readinessHasNoDataset', 'dataset is only for a security assessment', 'ระบุ dataset ได้เฉพาะการประเมินความมั่นคงปลอดภัย')]),
      ];

      if (errors.length > 0 || agencyCode === undefined) {
        throw new ValidationFailedException(errors);
      }

      return { agencyCode, datasetId: null, datasetCategory: null, datasetClassification: null };
    }
    if (datasetRef === undefined) {
      throw new ValidationFailedException([fieldError('dataset', 'required', 'dataset is required for a security assessment', 'ต้องระบุ dataset สำหรับการประเมินความมั่นคงปลอดภัย')]);
    }
    const dataset = uuidPattern.test(datasetRef) ? await this.datasets.get(datasetRef) : await this.datasets.getBySlug(datasetRef);

    if (dataset === null) {
      throw CatalogExceptions.datasetNotFound(datasetRef);
    }
    if (agencyCode !== undefined && agencyCode !== dataset.agencyCode) {
      throw new ValidationFailedException([
        fieldError('agencyCode', 'matchesDataset', `agencyCode ${agencyCode} is not the dataset's agency ${dataset.agencyCode}`, `agencyCode ${agencyCode} ไม่ตรงกับหน่วยงานเจ้าของชุดข้อมูล ${dataset.agencyCode}`),
      ]);
    }

    return { agencyCode: dataset.agencyCode, datasetId: dataset.id, datasetCategory: dataset.dataCategory, datasetClassification: dataset.classification };
  }
}
