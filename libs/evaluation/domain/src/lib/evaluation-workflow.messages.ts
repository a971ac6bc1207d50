import type {
  WorkflowAction,
  WorkflowRejection,
  WorkflowRejectionCode,
  WorkflowRole,
  WorkflowStatus,
} from './evaluation-workflow.types';

const STATUS_TH: Record<WorkflowStatus, string> = {
  draft: 'ฉบับร่าง',
  submitted: 'ส่งผลแล้ว',
  scored: 'ประเมินแล้ว',
  correctionRequested: 'ขอให้แก้ไขข้อมูล',
  corrected: 'แก้ไขข้อมูลแล้ว',
  appealed: 'ยื่นอุทธรณ์แล้ว',
  signedOff: 'รับรองผลแล้ว',
};

const ACTION_TH: Record<WorkflowAction, string> = {
  submit: 'ส่งผลการดำเนินงาน',
  score: 'ให้คะแนน',
  requestCorrection: 'ขอให้แก้ไขข้อมูล',
  correct: 'แก้ไขข้อมูล',
  appeal: 'ยื่นอุทธรณ์',
  signOff: 'รับรองผล',
};

const ROLE_TH: Record<WorkflowRole, string> = {
  agency: 'หน่วยงาน',
  evaluator: 'ผู้ประเมิน (สยป.)',
};

function rejection(
  code: WorkflowRejectionCode,
  th: string,
  en: string,
  details: Omit<WorkflowRejection, 'code' | 'th' | 'en'> = {},
): WorkflowRejection {
  return { code, th, en, ...details };
}

function listActions(actions: readonly WorkflowAction[]): { th: string; en: string } {
  if (actions.length === 0) {
    return { th: 'ไม่มีขั้นตอนที่ทำได้', en: 'none' };
  }

  return {
    th: actions.map((action) => ACTION_TH[action]).join(', '),
    en: actions.join(', '),
  };
}

/** Builds FORBIDDEN_TRANSITION, listing what the actor's role may do in the status instead. */
export function forbiddenTransition(
  status: WorkflowStatus,
  action: WorkflowAction,
  role: WorkflowRole,
  allowedActions: WorkflowAction[],
): WorkflowRejection {
  const allowed = listActions(allowedActions);

  return rejection(
    'FORBIDDEN_TRANSITION',
    `${ACTION_TH[action]}ไม่ได้ในสถานะ "${STATUS_TH[status]}" ` +
      `ขั้นตอนที่${ROLE_TH[role]}ทำได้ในสถานะนี้: ${allowed.th}`,
    `Action ${action} is not allowed in status ${status}. ` +
      `Actions open to role ${role} in this status: ${allowed.en}.`,
    { allowedActions },
  );
}

/** Builds WRONG_ROLE for an action that only the other role may take. */
export function wrongRole(
  action: WorkflowAction,
  role: WorkflowRole,
  requiredRole: WorkflowRole,
): WorkflowRejection {
  return rejection(
    'WRONG_ROLE',
    `${ROLE_TH[role]}${ACTION_TH[action]}ไม่ได้ ขั้นตอนนี้เป็นของ${ROLE_TH[requiredRole]}`,
    `Role ${role} cannot take action ${action}: only role ${requiredRole} can.`,
    { requiredRole },
  );
}

/** Builds WRONG_AGENCY for an agency user acting on another agency's indicator. */
export function wrongAgency(actorAgency: string, ownerAgency: string): WorkflowRejection {
  return rejection(
    'WRONG_AGENCY',
    `ผู้ใช้ของหน่วยงาน ${actorAgency} ดำเนินการกับตัวชี้วัดของหน่วยงาน ${ownerAgency} ไม่ได้`,
    `A user of agency ${actorAgency} cannot act on an indicator of agency ${ownerAgency}.`,
  );
}

/** Builds ALREADY_SIGNED_OFF for any action on a locked evaluation. */
export function alreadySignedOff(action: WorkflowAction): WorkflowRejection {
  return rejection(
    'ALREADY_SIGNED_OFF',
    `${ACTION_TH[action]}ไม่ได้ เพราะผลการประเมินนี้รับรองแล้วและถูกล็อก`,
    `Action ${action} is not allowed: the evaluation is signed off and locked.`,
  );
}

/** Builds REASON_REQUIRED for an appeal without a reason or a correction request without a message. */
export function reasonRequired(action: 'appeal' | 'requestCorrection'): WorkflowRejection {
  const field =
    action === 'appeal'
      ? { th: 'เหตุผลการอุทธรณ์', en: 'reason' }
      : { th: 'ข้อความขอให้แก้ไข', en: 'message' };

  return rejection(
    'REASON_REQUIRED',
    `${ACTION_TH[action]}ไม่ได้ เพราะไม่มี${field.th} โปรดระบุ${field.th}`,
    `Action ${action} needs a ${field.en}: the ${field.en} is missing or blank.`,
  );
}

/** Builds COMMENT_REQUIRED for a score that leaves parts without a comment. */
export function commentRequired(missingPartKeys: string[]): WorkflowRejection {
  const parts = missingPartKeys.join(', ');

  return rejection(
    'COMMENT_REQUIRED',
    `ให้คะแนนไม่ได้ เพราะยังไม่มีความเห็นของส่วน ${parts} โปรดระบุความเห็นทุกส่วน`,
    `Action score needs a comment on every part: missing for ${parts}.`,
    { missingPartKeys },
  );
}

/** Builds VALUE_NOT_REOPENED for a correction of a value other than the reopened one. */
export function valueNotReopened(valueKey: string, reopenedValueKey: string): WorkflowRejection {
  return rejection(
    'VALUE_NOT_REOPENED',
    `แก้ไข "${valueKey}" ไม่ได้ สยป. เปิดให้แก้ไขเฉพาะ "${reopenedValueKey}"`,
    `Value ${valueKey} is not open for correction: only ${reopenedValueKey} was reopened.`,
    { reopenedValueKey },
  );
}

/** Builds APPEAL_LIMIT_REACHED once the agency has used all its appeals. */
export function appealLimitReached(maxAppeals: number): WorkflowRejection {
  return rejection(
    'APPEAL_LIMIT_REACHED',
    `ยื่นอุทธรณ์ไม่ได้ เพราะยื่นครบ ${maxAppeals} ครั้งแล้ว`,
    `Action appeal is not allowed: the limit of ${maxAppeals} appeal(s) is reached.`,
  );
}

/** Builds one of the INVALID_* rejections for input the workflow cannot read. */
export function invalidInput(
  code: Extract<WorkflowRejectionCode, `INVALID_${string}`>,
  problemTh: string,
  problemEn: string,
  field?: string,
): WorkflowRejection {
  const reason = rejection(code, `ข้อมูลไม่ถูกต้อง: ${problemTh}`, `Invalid input: ${problemEn}.`);

  return field === undefined ? reason : { ...reason, field };
}
