import { bangkokDateOfInstant } from './bangkok-day';
import {
  alreadySignedOff,
  appealLimitReached,
  forbiddenTransition,
  invalidInput,
  wrongAgency,
  wrongRole,
} from './evaluation-workflow.messages';
import { checkPayload, isFilled } from './evaluation-workflow.payload';
import type {
  EditableValues,
  WorkflowAction,
  WorkflowActor,
  WorkflowOptions,
  WorkflowRejection,
  WorkflowRequest,
  WorkflowRole,
  WorkflowState,
  WorkflowStatus,
  WorkflowTransitionResult,
} from './evaluation-workflow.types';

/** The role that may take each action. */
export const WORKFLOW_ACTION_ROLES: Readonly<Record<WorkflowAction, WorkflowRole>> = {
  submit: 'agency',
  score: 'evaluator',
  requestCorrection: 'evaluator',
  correct: 'agency',
  appeal: 'agency',
  signOff: 'evaluator',
};

/**
 * The allowed transitions: status → action → next status. Scoring is possible after a submission,
 * a correction or an appeal. A correction may be requested before or after a score, and again
 * after a correction. Only a scored evaluation can be appealed or signed off.
 */
export const WORKFLOW_TRANSITIONS: Readonly<
  Record<WorkflowStatus, Readonly<Partial<Record<WorkflowAction, WorkflowStatus>>>>
> = {
  draft: { submit: 'submitted' },
  submitted: { score: 'scored', requestCorrection: 'correctionRequested' },
  scored: { requestCorrection: 'correctionRequested', appeal: 'appealed', signOff: 'signedOff' },
  correctionRequested: { correct: 'corrected' },
  corrected: { score: 'scored', requestCorrection: 'correctionRequested' },
  appealed: { score: 'scored' },
  signedOff: {},
};

/** Default workflow settings. */
export const DEFAULT_WORKFLOW_OPTIONS: WorkflowOptions = {
  // NOTE: no BMA rule on repeated appeals was found, so one appeal per indicator and quarter is assumed.
  maxAppeals: 1,
};

const STATUSES = Object.keys(WORKFLOW_TRANSITIONS) as WorkflowStatus[];
const ACTIONS = Object.keys(WORKFLOW_ACTION_ROLES) as WorkflowAction[];

/** Creates the draft state of a new evaluation. */
export function initialWorkflowState(
  agencyCode: string,
  partKeys: readonly string[],
): WorkflowState {
  return {
    status: 'draft',
    agencyCode,
    partKeys: [...partKeys],
    appealCount: 0,
    reopenedValueKey: null,
  };
}

/** Returns the actions a role may take in a status, in the order of WORKFLOW_ACTION_ROLES. */
export function allowedActions(status: WorkflowStatus, role: WorkflowRole): WorkflowAction[] {
  const transitions = WORKFLOW_TRANSITIONS[status] ?? {};

  return ACTIONS.filter(
    (action) => WORKFLOW_ACTION_ROLES[action] === role && transitions[action] !== undefined,
  );
}

/**
 * Returns the values the agency may edit: all of them in a draft, only the reopened value while
 * a correction is requested, and none in any other status or in an invalid state.
 */
export function editableValues(state: WorkflowState): EditableValues {
  if (findStateError(state) !== null) {
    return { scope: 'none' };
  }
  if (state.status === 'draft') {
    return { scope: 'all' };
  }
  if (state.status === 'correctionRequested' && state.reopenedValueKey !== null) {
    return { scope: 'only', valueKeys: [state.reopenedValueKey] };
  }

  return { scope: 'none' };
}

/**
 * Applies an action to a workflow state. Returns the next state and the record of the transition,
 * or the first rule the request breaks. Checks run in this order: valid input, sign-off lock,
 * role, agency, allowed transition, appeal limit, payload. Malformed state, request, payload or
 * options come back as INVALID_* rejections instead of exceptions.
 */
export function transitionWorkflow(
  state: WorkflowState,
  request: WorkflowRequest,
  options: WorkflowOptions = DEFAULT_WORKFLOW_OPTIONS,
): WorkflowTransitionResult {
  const rejection =
    findInputError(state, request, options) ?? findRuleError(state, request, options);

  if (rejection !== null) {
    return { status: 'rejected', reason: rejection };
  }
  const payload = checkPayload(state, request);

  if (payload.status === 'rejected') {
    return payload;
  }
  const to = WORKFLOW_TRANSITIONS[state.status][request.action] as WorkflowStatus;
  const next: WorkflowState = {
    ...state,
    status: to,
    appealCount: request.action === 'appeal' ? state.appealCount + 1 : state.appealCount,
    reopenedValueKey: request.action === 'requestCorrection' ? payload.valueKey : null,
  };

  return {
    status: 'applied',
    state: next,
    record: {
      from: state.status,
      to,
      action: request.action,
      actor: copyActor(request.actor),
      reason: payload.reason,
      partComments: payload.partComments,
      valueKey: payload.valueKey,
      at: new Date(request.at).toISOString(),
    },
  };
}

function findRuleError(
  state: WorkflowState,
  { action, actor }: WorkflowRequest,
  options: WorkflowOptions,
): WorkflowRejection | null {
  const requiredRole = WORKFLOW_ACTION_ROLES[action];

  if (state.status === 'signedOff') {
    return alreadySignedOff(action);
  }
  if (actor.role !== requiredRole) {
    return wrongRole(action, actor.role, requiredRole);
  }
  if (actor.role === 'agency' && actor.agencyCode !== state.agencyCode) {
    return wrongAgency(actor.agencyCode, state.agencyCode);
  }
  if (WORKFLOW_TRANSITIONS[state.status][action] === undefined) {
    return forbiddenTransition(
      state.status,
      action,
      actor.role,
      allowedActions(state.status, actor.role),
    );
  }
  if (action === 'appeal' && state.appealCount >= options.maxAppeals) {
    return appealLimitReached(options.maxAppeals);
  }

  return null;
}

function findInputError(
  state: WorkflowState,
  request: WorkflowRequest,
  options: WorkflowOptions,
): WorkflowRejection | null {
  if (typeof state !== 'object' || state === null) {
    return invalidInput('INVALID_STATE', 'ไม่มีสถานะการประเมิน', 'the workflow state is missing');
  }
  if (typeof request !== 'object' || request === null) {
    return invalidInput('INVALID_ACTION', 'ไม่มีคำขอดำเนินการ', 'the workflow request is missing');
  }
  if (!Number.isInteger(options?.maxAppeals) || options.maxAppeals < 0) {
    return invalidInput(
      'INVALID_OPTIONS',
      `ค่าตั้ง maxAppeals "${String(options?.maxAppeals)}" ต้องเป็นจำนวนเต็มตั้งแต่ 0`,
      `option maxAppeals "${String(options?.maxAppeals)}" must be an integer of 0 or more`,
    );
  }
  if (!ACTIONS.includes(request.action)) {
    return invalidInput(
      'INVALID_ACTION',
      `ไม่รู้จักขั้นตอน "${String(request.action)}" ให้ใช้ ${ACTIONS.join(', ')}`,
      `unknown action "${String(request.action)}", expected one of ${ACTIONS.join(', ')}`,
    );
  }

  return findStateError(state) ?? findActorError(request.actor) ?? findTimestampError(request.at);
}

function findStateError(state: WorkflowState): WorkflowRejection | null {
  const partKeys: unknown = state.partKeys;
  const validParts =
    Array.isArray(partKeys) &&
    partKeys.length > 0 &&
    partKeys.every((key) => isFilled(key)) &&
    new Set(partKeys).size === partKeys.length;
  const reopenedValid =
    state.status === 'correctionRequested'
      ? isFilled(state.reopenedValueKey)
      : state.reopenedValueKey === null;
  const valid =
    STATUSES.includes(state.status) &&
    isFilled(state.agencyCode) &&
    validParts &&
    Number.isInteger(state.appealCount) &&
    state.appealCount >= 0 &&
    reopenedValid;

  return valid
    ? null
    : invalidInput(
        'INVALID_STATE',
        'สถานะการประเมินที่บันทึกไว้ไม่สมบูรณ์ (สถานะ รหัสหน่วยงาน ส่วนที่ประเมิน จำนวนอุทธรณ์ หรือค่าที่เปิดให้แก้ไข)',
        'the stored workflow state needs a known status, an agency code, unique non-blank part keys, ' +
          'an appeal count of 0 or more, and a reopened value key exactly in correctionRequested',
      );
}

function findActorError(actor: WorkflowActor): WorkflowRejection | null {
  const valid =
    typeof actor === 'object' &&
    actor !== null &&
    isFilled(actor.userId) &&
    (actor.role === 'evaluator' || (actor.role === 'agency' && isFilled(actor.agencyCode)));

  return valid
    ? null
    : invalidInput(
        'INVALID_ACTOR',
        'ผู้ดำเนินการต้องมีรหัสผู้ใช้ บทบาท agency หรือ evaluator และรหัสหน่วยงานเมื่อเป็น agency',
        'the actor needs a user id, the role agency or evaluator, and an agency code for role agency',
      );
}

function findTimestampError(at: string): WorkflowRejection | null {
  return bangkokDateOfInstant(at) !== null
    ? null
    : invalidInput(
        'INVALID_TIMESTAMP',
        `เวลา "${String(at)}" ต้องเป็น ISO 8601 พร้อมเขตเวลา เช่น 2021-01-20T10:00:00+07:00`,
        `timestamp "${String(at)}" must be ISO 8601 with Z or an offset, such as 2021-01-20T10:00:00+07:00`,
      );
}

function copyActor(actor: WorkflowActor): WorkflowActor {
  return actor.role === 'agency'
    ? { role: 'agency', userId: actor.userId, agencyCode: actor.agencyCode }
    : { role: 'evaluator', userId: actor.userId };
}
