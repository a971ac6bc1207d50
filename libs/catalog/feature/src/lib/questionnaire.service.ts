import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

import type {
  AssessmentKindName,
  CreateQuestionnaireRequest,
  ListQuestionnairesRequest,
  QuestionnaireListResponse,
  QuestionnaireResponse,
} from '@bma-kpi/contracts-catalog';
import { CatalogErrorCode, CreateQuestionnaireRequest as CreateQuestionnaireClass } from '@bma-kpi/contracts-catalog';
import type { QuestionnaireRecord } from '@bma-kpi/catalog-data-access';
import { QuestionnaireRepository, QuestionnaireVersionTakenError } from '@bma-kpi/catalog-data-access';
import {
  DEFAULT_READINESS_QUESTIONNAIRE,
  DEFAULT_SECURITY_CHECKLIST,
  validateQuestionnaire,
  type QuestionnaireContent,
} from '@bma-kpi/catalog-domain';
import { canonicalJson } from '@bma-kpi/database';
import { DomainException, ValidationFailedException } from '@bma-kpi/errors';

import { AssessmentExceptions } from './assessment.exceptions';
import type { RequestMeta } from './request-meta';

const defaults: Record<AssessmentKindName, QuestionnaireContent> = {
  readiness: DEFAULT_READINESS_QUESTIONNAIRE,
  security: DEFAULT_SECURITY_CHECKLIST,
};

/** Keeps only the fields a questionnaire stores, so the content hash ignores anything else. */
function contentOf(request: CreateQuestionnaireRequest | QuestionnaireContent): QuestionnaireContent {
  return {
    titleTh: request.titleTh,
    titleEn: request.titleEn,
    components: request.components.map((component) => ({
      code: component.code,
      nameTh: component.nameTh,
      nameEn: component.nameEn,
      weight: component.weight,
      questions: component.questions.map((question) => ({
        code: question.code,
        textTh: question.textTh,
        textEn: question.textEn,
        weight: question.weight,
        evidence: question.evidence,
        options: question.options.map(({ value, labelTh, labelEn, points }) => ({ value, labelTh, labelEn, points })),
        appliesTo: question.appliesTo ?? null,
        autoCheck: question.autoCheck ?? null,
      })),
    })),
  };
}

/** Maps a stored questionnaire version to its response. */
export function toQuestionnaireResponse(record: QuestionnaireRecord): QuestionnaireResponse {
  return {
    id: record.id,
    kind: record.kind,
    version: record.version,
    titleTh: record.titleTh,
    titleEn: record.titleEn,
    source: record.source,
    components: record.content.components.map((component) => ({
      ...component,
      questions: component.questions.map((question) => ({ ...question, appliesTo: question.appliesTo ?? null, autoCheck: question.autoCheck ?? null })),
    })),
    createdBy: record.createdBy,
    createdAt: record.createdAt,
  };
}

/** Publishes and reads questionnaire versions; a published version never changes. */
@Injectable()
export class QuestionnaireService {
  constructor(private readonly questionnaires: QuestionnaireRepository) {}

  /** Validates the cross-field rules and publishes the content as the next version of its kind. */
  async create(request: CreateQuestionnaireRequest, meta: RequestMeta): Promise<QuestionnaireResponse> {
    return toQuestionnaireResponse(await this.publish(request.kind, contentOf(request), 'custom', meta));
  }

  /**
   * Publishes the data file that ships with the service as the next version of the kind. When the
   * latest version already has the same content, returns it and publishes nothing.
   */
  async loadDefault(kind: AssessmentKindName, meta: RequestMeta): Promise<QuestionnaireResponse> {
    const content = contentOf(defaults[kind]);
    // The shipped file passes through the same checks as a posted questionnaire, so an edit that
    // breaks a rule is reported instead of stored.
    const errors = validateSync(plainToInstance(CreateQuestionnaireClass, { kind, ...content }), { whitelist: true, forbidNonWhitelisted: true });

    if (errors.length > 0) {
      const broken = errors.map((error) => error.property).join(', ');

      throw new Error(`The shipped default ${kind} questionnaire is invalid at ${broken}. Fix its data file in libs/catalog/domain/src/lib/assessment.`);
    }
    const latest = await this.questionnaires.latest(kind);

    if (latest !== null && latest.contentSha256 === contentHash(content)) {
      return toQuestionnaireResponse(latest);
    }

    return toQuestionnaireResponse(await this.publish(kind, content, 'default', meta));
  }

  async get(id: string): Promise<QuestionnaireResponse> {
    const record = await this.questionnaires.get(id);

    if (record === null) {
      throw AssessmentExceptions.questionnaireNotFound(id);
    }

    return toQuestionnaireResponse(record);
  }

  async list(request: ListQuestionnairesRequest): Promise<QuestionnaireListResponse> {
    const items = (await this.questionnaires.list(request.kind)).map(toQuestionnaireResponse);

    return { items, total: items.length };
  }

  private async publish(kind: AssessmentKindName, content: QuestionnaireContent, source: 'default' | 'custom', meta: RequestMeta): Promise<QuestionnaireRecord> {
    const errors = validateQuestionnaire(kind, content);

    if (errors.length > 0) {
      throw new ValidationFailedException(errors);
    }
    try {
      return await this.questionnaires.publish(kind, content, source, contentHash(content), meta);
    } catch (error) {
      if (error instanceof QuestionnaireVersionTakenError) {
        throw new DomainException(
          CatalogErrorCode.versionConflict,
          `Another ${kind} questionnaire version was published at the same time. Send the request again.`,
          `มีการเผยแพร่แบบประเมินประเภท ${kind} ฉบับอื่นในเวลาเดียวกัน โปรดส่งคำขออีกครั้ง`,
        );
      }
      throw error;
    }
  }
}

function contentHash(content: QuestionnaireContent): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}
