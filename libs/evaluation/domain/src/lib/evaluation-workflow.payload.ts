import {
  commentRequired,
  invalidInput,
  reasonRequired,
  valueNotReopened,
} from './evaluation-workflow.messages';
import type {
  PartComment,
  WorkflowPayloads,
  WorkflowRejection,
  WorkflowRequest,
  WorkflowState,
} from './evaluation-workflow.types';

/** The payload fields a transition record keeps, or the rule the payload breaks. */
export type PayloadCheck =
  | {
      status: 'checked';
      reason: string | null;
      partComments: PartComment[];
      valueKey: string | null;
    }
  | { status: 'rejected'; reason: WorkflowRejection };

/** Tells whether a value is a string with at least one non-space character. */
export function isFilled(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * Checks an action's payload against the state and returns what the record keeps. Texts are
 * trimmed, and a blank optional comment is stored as null.
 */
export function checkPayload(state: WorkflowState, request: WorkflowRequest): PayloadCheck {
  const payload: unknown = request.payload;

  if (typeof payload !== 'object' || payload === null) {
    return invalidPayload('ข้อมูลประกอบขั้นตอนต้องเป็นออบเจกต์', 'the payload must be an object', 'body');
  }
  switch (request.action) {
    case 'submit':
    case 'signOff':
      return checkOptionalComment(request.payload.comment, null);
    case 'score':
      return checkScore(state.partKeys, request.payload);
    case 'requestCorrection':
      return checkCorrectionRequest(request.payload);
    case 'correct':
      return checkCorrection(state, request.payload);
    case 'appeal':
      return isFilled(request.payload.reason)
        ? checked(request.payload.reason.trim())
        : { status: 'rejected', reason: reasonRequired('appeal') };
  }
}

function checked(
  reason: string | null,
  valueKey: string | null = null,
  partComments: PartComment[] = [],
): PayloadCheck {
  return { status: 'checked', reason, partComments, valueKey };
}

function invalidPayload(problemTh: string, problemEn: string, field: string): PayloadCheck {
  return { status: 'rejected', reason: invalidInput('INVALID_PAYLOAD', problemTh, problemEn, field) };
}

function checkOptionalComment(comment: unknown, valueKey: string | null): PayloadCheck {
  if (comment === undefined || comment === null) {
    return checked(null, valueKey);
  }
  if (typeof comment !== 'string') {
    return invalidPayload(
      'ความเห็นต้องเป็นข้อความ',
      `the comment must be a string, not ${typeof comment}`,
      'comment',
    );
  }

  return checked(comment.trim() === '' ? null : comment.trim(), valueKey);
}

function checkScore(partKeys: readonly string[], payload: WorkflowPayloads['score']): PayloadCheck {
  const partComments: unknown = payload.partComments;

  if (!Array.isArray(partComments) || !partComments.every(isPartComment)) {
    return invalidPayload(
      'ความเห็นรายส่วนต้องเป็นรายการของ partKey และ comment',
      'partComments must be an array of { partKey, comment } strings',
      'partComments',
    );
  }
  const unknownKeys = partComments
    .map((entry) => entry.partKey)
    .filter((key) => !partKeys.includes(key));
  const seenKeys = partComments.map((entry) => entry.partKey);

  if (unknownKeys.length > 0 || new Set(seenKeys).size !== seenKeys.length) {
    return invalidPayload(
      `ความเห็นรายส่วนต้องใช้ส่วน ${partKeys.join(', ')} ส่วนละไม่เกินหนึ่งรายการ`,
      `partComments may name only the parts ${partKeys.join(', ')}, each at most once`,
      'partComments',
    );
  }
  const missing = partKeys.filter(
    (key) => !partComments.some((entry) => entry.partKey === key && isFilled(entry.comment)),
  );

  if (missing.length > 0) {
    return { status: 'rejected', reason: commentRequired(missing) };
  }
  const trimmed = partKeys.map((partKey) => ({
    partKey,
    comment: (
      partComments.find((entry) => entry.partKey === partKey) as PartComment
    ).comment.trim(),
  }));

  return checked(null, null, trimmed);
}

function isPartComment(entry: unknown): entry is PartComment {
  return (
    typeof entry === 'object' &&
    entry !== null &&
    typeof (entry as PartComment).partKey === 'string' &&
    typeof (entry as PartComment).comment === 'string'
  );
}

function checkCorrectionRequest(payload: WorkflowPayloads['requestCorrection']): PayloadCheck {
  if (!isFilled(payload.valueKey)) {
    return invalidPayload(
      'ต้องระบุค่าที่ขอให้แก้ไข (valueKey)',
      'valueKey must name the value to correct',
      'valueKey',
    );
  }
  if (!isFilled(payload.message)) {
    return { status: 'rejected', reason: reasonRequired('requestCorrection') };
  }

  return checked(payload.message.trim(), payload.valueKey);
}

function checkCorrection(state: WorkflowState, payload: WorkflowPayloads['correct']): PayloadCheck {
  if (!isFilled(payload.valueKey)) {
    return invalidPayload('ต้องระบุค่าที่แก้ไข (valueKey)', 'valueKey must name the corrected value', 'valueKey');
  }
  if (payload.valueKey !== state.reopenedValueKey) {
    return {
      status: 'rejected',
      reason: valueNotReopened(payload.valueKey, String(state.reopenedValueKey)),
    };
  }

  return checkOptionalComment(payload.comment, payload.valueKey);
}
