import {
  insertOutboxEvents,
  isUniqueViolation,
  RecordNotFoundError,
  resolveEvents,
  toJson,
  VersionConflictError,
  writeChangeLog,
  writeTransactionOptions,
  type AuditContext,
  type EventsSource,
} from '@bma-kpi/database';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import { AssessmentExistsError } from '../catalog-errors';
import { assessmentInclude, assessmentScopeKey, toAssessmentRecord } from './assessment.mapper';
import type {
  AcceptedAssessmentScore,
  AnswerWrite,
  AssessmentChange,
  AssessmentFilter,
  AssessmentRecord,
  CreateAssessmentInput,
  PersonalDataField,
} from './assessment.types';

/**
 * Stores readiness and security assessments with their answers and review history. Every write
 * checks the version it read, records a ChangeLog row and inserts its outbox events in the same
 * transaction.
 */
export class AssessmentRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** Creates a draft. Throws AssessmentExistsError when its scope already has an assessment that is not rejected. */
  async create(input: CreateAssessmentInput, audit: AuditContext): Promise<AssessmentRecord> {
    const openScopeKey = assessmentScopeKey(input.kind, input.agencyCode, input.fiscalYear, input.datasetId);

    try {
      return await this.prisma.$transaction(async (tx) => {
        const { scores, ...fields } = input;
        const row = await tx.assessment.create({
          data: {
            ...fields,
            openScopeKey,
            overallScore: scores.overall,
            componentScores: toJson(scores.components),
            createdBy: audit.actor,
          },
          include: assessmentInclude,
        });

        await writeChangeLog(tx, {
          entity: 'Assessment',
          entityId: row.id,
          action: 'create',
          ...audit,
          changes: { scope: { from: null, to: openScopeKey }, questionnaireId: { from: null, to: input.questionnaireId } },
        });

        return toAssessmentRecord(row);
      }, writeTransactionOptions);
    } catch (error) {
      throw isUniqueViolation(error) ? new AssessmentExistsError(openScopeKey) : error;
    }
  }

  async get(id: string): Promise<AssessmentRecord | null> {
    const row = await this.prisma.assessment.findUnique({ where: { id }, include: assessmentInclude });

    return row === null ? null : toAssessmentRecord(row);
  }

  /** Lists assessments that match every filter given, newest fiscal year first. */
  async list(filter: AssessmentFilter): Promise<AssessmentRecord[]> {
    const rows = await this.prisma.assessment.findMany({
      where: { kind: filter.kind, agencyCode: filter.agencyCode, fiscalYear: filter.fiscalYear, datasetId: filter.datasetId, status: filter.status },
      include: assessmentInclude,
      orderBy: [{ fiscalYear: 'desc' }, { agencyCode: 'asc' }, { createdAt: 'asc' }],
    });

    return rows.map(toAssessmentRecord);
  }

  /** Returns the accepted assessment of the scope, or null. Used for the previous fiscal year's comparison. */
  async findAccepted(kind: AssessmentRecord['kind'], agencyCode: string, fiscalYear: number, datasetId: string | null): Promise<AssessmentRecord | null> {
    const row = await this.prisma.assessment.findFirst({
      where: { kind, agencyCode, fiscalYear, datasetId, status: 'accepted' },
      include: assessmentInclude,
      orderBy: { reviewedAt: 'desc' },
    });

    return row === null ? null : toAssessmentRecord(row);
  }

  /** Returns the overall scores of the accepted assessments of a fiscal year, of one agency or all. */
  async acceptedScores(fiscalYear: number, agencyCode?: string): Promise<AcceptedAssessmentScore[]> {
    const rows = await this.prisma.assessment.findMany({
      where: { fiscalYear, status: 'accepted', ...(agencyCode === undefined ? {} : { agencyCode }) },
      select: { kind: true, agencyCode: true, datasetId: true, overallScore: true },
    });

    return rows.map((row) => ({ ...row, overallScore: row.overallScore === null ? null : row.overallScore.toNumber() }));
  }

  /** Lists the dictionary fields of a dataset (and of its resources) that are flagged as personal data. */
  async personalDataFields(datasetId: string): Promise<PersonalDataField[]> {
    const rows = await this.prisma.dictionaryField.findMany({
      where: { datasetId, personalData: true },
      select: { name: true, resourceId: true, personalDataLegalBasis: true },
      orderBy: [{ resourceId: 'asc' }, { position: 'asc' }],
    });

    return rows.map((row) => ({ name: row.name, resourceId: row.resourceId, legalBasis: row.personalDataLegalBasis }));
  }

  /**
   * Applies one change: status, scores, answers, answer reviews and review history. Throws
   * VersionConflictError when another write changed the assessment since `expectedVersion`.
   */
  async update(id: string, change: AssessmentChange, audit: AuditContext, events: EventsSource<AssessmentRecord>): Promise<AssessmentRecord> {
    return this.prisma.$transaction(async (tx) => {
      const before = await tx.assessment.findUnique({ where: { id }, select: { version: true, status: true, submissionCount: true } });

      if (before === null) {
        throw new RecordNotFoundError('Assessment', id);
      }
      const updated = await tx.assessment.updateMany({ where: { id, version: change.expectedVersion }, data: assessmentData(change, before.submissionCount) });

      if (updated.count === 0) {
        throw new VersionConflictError('Assessment', id, change.expectedVersion, before.version);
      }
      await writeAnswers(tx, id, change.answers ?? [], audit.actor);
      for (const review of change.answerReviews ?? []) {
        await tx.assessmentAnswer.update({
          where: { assessmentId_questionCode: { assessmentId: id, questionCode: review.questionCode } },
          data: { reviewStatus: review.reviewStatus, reviewReason: review.reviewReason },
        });
      }
      if ((change.reviews ?? []).length > 0) {
        await tx.assessmentReview.createMany({ data: (change.reviews ?? []).map((review) => ({ ...review, assessmentId: id, reviewedBy: audit.actor })) });
      }
      await writeChangeLog(tx, { entity: 'Assessment', entityId: id, action: 'update', ...audit, changes: changeSummary(before.status, change) });
      const assessment = toAssessmentRecord(await tx.assessment.findUniqueOrThrow({ where: { id }, include: assessmentInclude }));

      await insertOutboxEvents(tx, resolveEvents(events, assessment));

      return assessment;
    }, writeTransactionOptions);
  }
}

function assessmentData(change: AssessmentChange, submissionCount: number): Prisma.AssessmentUpdateManyMutationInput {
  const now = new Date();

  return {
    status: change.status,
    // A rejected assessment frees its scope, so the agency can start a new one.
    ...(change.status === 'rejected' ? { openScopeKey: null } : {}),
    overallScore: change.scores.overall,
    componentScores: toJson(change.scores.components),
    version: { increment: 1 },
    ...(change.submitted ? { submissionCount: submissionCount + 1, submittedAt: now } : {}),
    ...(change.reviewed ? { reviewedAt: now } : {}),
  };
}

async function writeAnswers(tx: Prisma.TransactionClient, assessmentId: string, answers: readonly AnswerWrite[], actor: string): Promise<void> {
  for (const answer of answers) {
    // A changed answer needs a fresh review, so its review state is reset.
    const data = {
      ...answer,
      documents: toJson(answer.documents),
      links: toJson(answer.links),
      reviewStatus: 'pending',
      reviewReason: null,
      answeredBy: actor,
      answeredAt: new Date(),
    };

    await tx.assessmentAnswer.upsert({
      where: { assessmentId_questionCode: { assessmentId, questionCode: answer.questionCode } },
      create: { ...data, assessmentId },
      update: data,
    });
  }
}

function changeSummary(statusBefore: string, change: AssessmentChange): Record<string, { from: unknown; to: unknown }> {
  return {
    status: { from: statusBefore, to: change.status },
    overallScore: { from: null, to: change.scores.overall },
    ...(change.answers === undefined ? {} : { answers: { from: null, to: change.answers.map((answer) => `${answer.questionCode}=${answer.optionValue}`) } }),
    ...(change.reviews === undefined ? {} : { reviews: { from: null, to: change.reviews.map((review) => `${review.questionCode ?? '*'}:${review.decision}`) } }),
  };
}
