import type { AssessmentStatusName } from '@bma-kpi/contracts-catalog';
import { CatalogErrorCode } from '@bma-kpi/contracts-catalog';
import { DomainException, type FieldError } from '@bma-kpi/errors';

/** Builds one field error with its Thai and English message. */
export function fieldError(field: string, rule: string, messageEn: string, messageTh: string): FieldError {
  return { field, rule, messageEn, messageTh };
}

/** Bilingual domain exceptions of questionnaires and assessments. */
export const AssessmentExceptions = {
  questionnaireNotFound: (id: string) =>
    new DomainException(
      CatalogErrorCode.questionnaireNotFound,
      `No questionnaire version has id ${id}. See GET /api/v1/governance/questionnaires.`,
      `ไม่พบแบบประเมินฉบับ ${id} ดูรายการได้ที่ GET /api/v1/governance/questionnaires`,
    ),
  questionnaireMissing: (kind: string) =>
    new DomainException(
      CatalogErrorCode.questionnaireMissing,
      `No ${kind} questionnaire is published yet. An administrator publishes one with POST /api/v1/governance/questionnaires/defaults.`,
      `ยังไม่มีแบบประเมินประเภท ${kind} ผู้ดูแลระบบเผยแพร่ได้ที่ POST /api/v1/governance/questionnaires/defaults`,
      { errors: [fieldError('kind', 'questionnairePublished', `no ${kind} questionnaire is published`, `ยังไม่มีแบบประเมินประเภท ${kind}`)] },
    ),
  assessmentNotFound: (id: string) =>
    new DomainException(
      CatalogErrorCode.assessmentNotFound,
      `No assessment has id ${id}. See GET /api/v1/governance/assessments.`,
      `ไม่พบการประเมิน ${id} ดูรายการได้ที่ GET /api/v1/governance/assessments`,
    ),
  assessmentExists: (scope: string) =>
    new DomainException(
      CatalogErrorCode.assessmentExists,
      `An assessment of ${scope} already exists and is not rejected. Continue it instead; see GET /api/v1/governance/assessments.`,
      `มีการประเมินของ ${scope} อยู่แล้วและยังไม่ถูกปฏิเสธ โปรดทำต่อจากรายการเดิม ดูได้ที่ GET /api/v1/governance/assessments`,
    ),
  transitionRejected: (id: string, status: AssessmentStatusName, action: string, allowed: readonly string[]) =>
    new DomainException(
      CatalogErrorCode.assessmentTransitionRejected,
      `Assessment ${id} is ${status}, so it cannot ${action}; that is allowed only when it is ${allowed.join(' or ')}.`,
      `การประเมิน ${id} อยู่ในสถานะ ${status} จึงทำ ${action} ไม่ได้ ทำได้เฉพาะสถานะ ${allowed.join(' หรือ ')}`,
      {
        errors: [fieldError('status', 'transition', `status is ${status}; ${action} needs ${allowed.join(' or ')}`, `สถานะ ${status} ทำ ${action} ไม่ได้`)],
        details: { assessmentId: id, status, action, allowedStatuses: allowed },
      },
    ),
  versionConflict: (id: string) =>
    new DomainException(
      CatalogErrorCode.versionConflict,
      `Assessment ${id} changed while this request was handled. Reload it and apply the change again.`,
      `การประเมิน ${id} ถูกแก้ไขระหว่างดำเนินการ โปรดโหลดใหม่แล้วทำรายการอีกครั้ง`,
    ),
};
