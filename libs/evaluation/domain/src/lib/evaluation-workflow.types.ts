/** Role of a workflow actor: the reporting agency, or the evaluation department (สยป.). */
export type WorkflowRole = 'agency' | 'evaluator';

/**
 * Status of one indicator's evaluation for one quarter. `correctionRequested` reopens exactly one
 * value for the agency. `signedOff` locks the evaluation for good.
 */
export type WorkflowStatus =
  'draft' | 'submitted' | 'scored' | 'correctionRequested' | 'corrected' | 'appealed' | 'signedOff';

/** Step that an actor requests from the workflow. */
export type WorkflowAction =
  'submit' | 'score' | 'requestCorrection' | 'correct' | 'appeal' | 'signOff';

/** User who takes an action. An agency user may act only for their own agency. */
export type WorkflowActor =
  { role: 'agency'; userId: string; agencyCode: string } | { role: 'evaluator'; userId: string };

/** The workflow state of one indicator and quarter, as stored between transitions. */
export interface WorkflowState {
  status: WorkflowStatus;
  /** Agency that reports the indicator, the only agency whose users may act as `agency`. */
  agencyCode: string;
  /** Keys of the indicator's scored parts. A score needs a comment on each of them. */
  partKeys: readonly string[];
  /** Appeals the agency has made so far. */
  appealCount: number;
  /** Key of the value a correction request reopened, set only in `correctionRequested`. */
  reopenedValueKey: string | null;
}

/** The evaluator's comment on one scored part. */
export interface PartComment {
  partKey: string;
  comment: string;
}

/** Payload of each action. Value keys are chosen by the caller, such as `actual` or `progress:2020-10`. */
export interface WorkflowPayloads {
  submit: { comment?: string };
  score: { partComments: readonly PartComment[] };
  requestCorrection: { valueKey: string; message: string };
  correct: { valueKey: string; comment?: string };
  appeal: { reason: string };
  signOff: { comment?: string };
}

/** One request to move the workflow: action, actor, payload and the instant the caller passes in. */
export type WorkflowRequest = {
  [TAction in WorkflowAction]: {
    action: TAction;
    actor: WorkflowActor;
    payload: WorkflowPayloads[TAction];
    /** ISO 8601 timestamp with `Z` or an offset, stored in UTC in the record. */
    at: string;
  };
}[WorkflowAction];

/** Record of one transition: actor, statuses before and after, instant and reason. */
export interface WorkflowTransitionRecord {
  from: WorkflowStatus;
  to: WorkflowStatus;
  action: WorkflowAction;
  actor: WorkflowActor;
  /** Appeal reason, correction message, or the optional comment of the other actions. */
  reason: string | null;
  /** Comments per part for `score`, empty for other actions. */
  partComments: PartComment[];
  /** The value reopened (`requestCorrection`) or corrected (`correct`), null for other actions. */
  valueKey: string | null;
  /** ISO timestamp in UTC. */
  at: string;
}

/** Stable codes of the workflow rules, for callers to branch on instead of the text. */
export type WorkflowRejectionCode =
  | 'FORBIDDEN_TRANSITION'
  | 'WRONG_ROLE'
  | 'WRONG_AGENCY'
  | 'ALREADY_SIGNED_OFF'
  | 'REASON_REQUIRED'
  | 'COMMENT_REQUIRED'
  | 'VALUE_NOT_REOPENED'
  | 'APPEAL_LIMIT_REACHED'
  | 'INVALID_STATE'
  | 'INVALID_ACTION'
  | 'INVALID_ACTOR'
  | 'INVALID_PAYLOAD'
  | 'INVALID_OPTIONS'
  | 'INVALID_TIMESTAMP';

/** The workflow rule a request breaks, in Thai and English, with the data a caller can act on. */
export interface WorkflowRejection {
  code: WorkflowRejectionCode;
  th: string;
  en: string;
  /** Actions the actor's role may take in the current status, for FORBIDDEN_TRANSITION. */
  allowedActions?: WorkflowAction[];
  /** Role that may take the action, for WRONG_ROLE. */
  requiredRole?: WorkflowRole;
  /** Value that the open correction request reopened, for VALUE_NOT_REOPENED. */
  reopenedValueKey?: string;
  /** Parts scored without a comment, for COMMENT_REQUIRED. */
  missingPartKeys?: string[];
  /** Request field at fault, for INVALID_PAYLOAD. */
  field?: string;
}

/** The next state and its record, or the rule the request breaks. */
export type WorkflowTransitionResult =
  | { status: 'applied'; state: WorkflowState; record: WorkflowTransitionRecord }
  | { status: 'rejected'; reason: WorkflowRejection };

/** Settings of the workflow. */
export interface WorkflowOptions {
  /** Maximum number of appeals per indicator and quarter, 0 or more. */
  maxAppeals: number;
}

/** Values an agency may edit: all of them, only the reopened one, or none. */
export type EditableValues =
  { scope: 'all' } | { scope: 'only'; valueKeys: [string] } | { scope: 'none' };
