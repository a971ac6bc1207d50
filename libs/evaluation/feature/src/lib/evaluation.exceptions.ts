import { EvaluationErrorCode } from '@bma-kpi/contracts-evaluation';
import type { CalendarRejection, ScoreReason, WorkflowRejection } from '@bma-kpi/evaluation-domain';
import { DomainException, ValidationFailedException } from '@bma-kpi/errors';
import { formatThaiDate, toBangkokIsoDate } from '@bma-kpi/util-thai';

/** A stored record that a caller changes with the version it read. */
export type VersionedEntity = 'round' | 'evaluation' | 'scoring model';

const versionedEntityTh: Record<VersionedEntity, string> = {
  round: 'รอบการประเมิน',
  evaluation: 'ผลการประเมิน',
  'scoring model': 'โมเดลการให้คะแนน',
};

/** Bilingual domain exceptions of the evaluation service. */
// Workflow rejections that come from a field of the request rather than from the workflow state.
const rejectedFields: Partial<Record<WorkflowRejection['code'], string>> = {
  REASON_REQUIRED: 'reason',
  COMMENT_REQUIRED: 'partComments',
  INVALID_ACTOR: 'agencyCode',
  INVALID_TIMESTAMP: 'at',
  INVALID_PAYLOAD: 'valueKey',
};

export const EvaluationExceptions = {
  roundNotFound: (fiscalYear: number, quarter: number) =>
    new DomainException(
      EvaluationErrorCode.roundNotFound,
      `No evaluation round exists for fiscal year ${fiscalYear} quarter ${quarter}. Create it first or see the round list.`,
      `ไม่พบรอบการประเมินปีงบประมาณ ${fiscalYear} ไตรมาส ${quarter} โปรดสร้างรอบก่อน หรือดูรายการรอบการประเมิน`,
    ),
  roundExists: (fiscalYear: number, quarter: number) =>
    new DomainException(
      EvaluationErrorCode.roundExists,
      `An evaluation round for fiscal year ${fiscalYear} quarter ${quarter} already exists.`,
      `มีรอบการประเมินปีงบประมาณ ${fiscalYear} ไตรมาส ${quarter} อยู่แล้ว`,
    ),
  roundSignedOff: (fiscalYear: number, quarter: number, signedOffAt: string | null) =>
    new DomainException(
      EvaluationErrorCode.roundSignedOff,
      `The evaluation round of fiscal year ${fiscalYear} quarter ${quarter} is signed off` +
        `${signedOffAt === null ? '' : ` since ${signedOffAt}`}, so it and its evaluations are locked.`,
      `รอบการประเมินปีงบประมาณ ${fiscalYear} ไตรมาส ${quarter} รับรองผลแล้ว` +
        `${signedOffAt === null ? '' : ` เมื่อวันที่ ${formatThaiDate(toBangkokIsoDate(signedOffAt))}`} จึงแก้ไขรอบและผลการประเมินในรอบนี้ไม่ได้`,
      { details: { fiscalYear, quarter, signedOffAt } },
    ),
  indicatorNotFound: (indicatorId: string) =>
    new DomainException(
      EvaluationErrorCode.indicatorNotFound,
      `The indicators service has no indicator ${indicatorId}. See GET /api/v1/indicators.`,
      `ไม่พบตัวชี้วัด ${indicatorId} ในบริการตัวชี้วัด ดูรายการได้ที่ GET /api/v1/indicators`,
      { errors: [{ field: 'indicatorId', rule: 'exists', messageEn: `indicator ${indicatorId} does not exist`, messageTh: `ไม่มีตัวชี้วัด ${indicatorId}` }] },
    ),
  invalidModel: (reason: ScoreReason) =>
    new DomainException(EvaluationErrorCode.invalidModel, reason.en, reason.th, {
      details: reason,
      errors: [{ field: reason.partKey === undefined ? 'model' : `model.parts.${reason.partKey}`, rule: reason.code, messageEn: reason.en, messageTh: reason.th }],
    }),
  malformedModel: (field: string, problem: { th: string; en: string }) =>
    new DomainException(
      EvaluationErrorCode.invalidModel,
      `The scoring model definition is malformed: ${problem.en}. Send an achievement, milestone or weighted definition with its modelVersion.`,
      `นิยามโมเดลการให้คะแนนไม่ถูกต้อง: ${problem.th} โปรดส่งนิยามแบบ achievement, milestone หรือ weighted พร้อม modelVersion`,
      { errors: [{ field, rule: 'modelShape', messageEn: problem.en, messageTh: problem.th }] },
    ),
  /**
   * Builds a 400 naming the field when a field of the action is missing or malformed. A rule of
   * the workflow itself (wrong state, role or agency, signed off) becomes a 409 with the rule in details.
   */
  transitionRejected: (reason: WorkflowRejection) => {
    const field = reason.field ?? rejectedFields[reason.code];

    return field === undefined
      ? new DomainException(EvaluationErrorCode.transitionRejected, reason.en, reason.th, { details: reason })
      : new ValidationFailedException([{ field, rule: reason.code, messageEn: reason.en, messageTh: reason.th }]);
  },
  indicatorWithoutAgency: (indicatorId: string) =>
    new DomainException(
      EvaluationErrorCode.transitionRejected,
      `Indicator ${indicatorId} has no owner agency, so no agency can submit it. Set its agency in the indicators service first.`,
      `ตัวชี้วัด ${indicatorId} ยังไม่ได้ระบุหน่วยงานเจ้าของ จึงยังไม่มีหน่วยงานที่ส่งผลได้ โปรดระบุหน่วยงานในบริการตัวชี้วัดก่อน`,
      { details: { code: 'AGENCY_MISSING' } },
    ),
  versionConflict: (entity: VersionedEntity, expectedVersion: number, actualVersion: number) =>
    new DomainException(
      EvaluationErrorCode.versionConflict,
      `The ${entity} is at version ${actualVersion}, not the expected version ${expectedVersion}. Read it again and retry.`,
      `${versionedEntityTh[entity]}ถูกแก้ไขแล้ว (ฉบับที่ ${actualVersion} ไม่ใช่ฉบับที่ ${expectedVersion}) โปรดอ่านข้อมูลใหม่แล้วลองอีกครั้ง`,
      { details: { expectedVersion, actualVersion } },
    ),
  entryRejected: (rejection: CalendarRejection) =>
    new DomainException(EvaluationErrorCode.entryWindowClosed, rejection.en, rejection.th, {
      // The report's date picks the month, so the date is the field to change.
      errors: [{ field: 'date', rule: rejection.code, messageEn: rejection.en, messageTh: rejection.th }],
      details: { rule: rejection.code, deadline: rejection.deadline, closesAt: rejection.closesAt, opensAt: rejection.opensAt },
    }),
  invalidCalendar: (field: string, rejection: CalendarRejection) =>
    new ValidationFailedException([{ field, rule: rejection.code, messageEn: rejection.en, messageTh: rejection.th }]),
  invalidInput: (field: string, problemTh: string, problemEn: string) =>
    new ValidationFailedException([{ field, rule: 'valid', messageEn: `${field} is invalid: ${problemEn}`, messageTh: `${field} ไม่ถูกต้อง: ${problemTh}` }]),
  /** The indicator named in a request belongs to another fiscal year than the request. */
  wrongFiscalYear: (indicatorId: string, indicatorYear: number, requestedYear: number) =>
    EvaluationExceptions.invalidInput(
      'fiscalYear',
      `ตัวชี้วัด ${indicatorId} เป็นของปีงบประมาณ ${indicatorYear} ไม่ใช่ ${requestedYear}`,
      `indicator ${indicatorId} belongs to fiscal year ${indicatorYear}, not ${requestedYear}`,
    ),
};
