/** Error codes that the evaluation service returns to its clients. */
export const EvaluationErrorCode = {
  roundNotFound: 'EVALUATION_ROUND_NOT_FOUND',
  roundExists: 'EVALUATION_ROUND_EXISTS',
  roundSignedOff: 'EVALUATION_ROUND_SIGNED_OFF',
  indicatorNotFound: 'EVALUATION_INDICATOR_NOT_FOUND',
  invalidModel: 'EVALUATION_INVALID_MODEL',
  transitionRejected: 'EVALUATION_TRANSITION_REJECTED',
  versionConflict: 'EVALUATION_VERSION_CONFLICT',
  /** Progress for a month outside its entry window; `details.rule` names the rule broken. */
  entryWindowClosed: 'EVALUATION_ENTRY_WINDOW_CLOSED',
} as const;

export type EvaluationErrorCode = (typeof EvaluationErrorCode)[keyof typeof EvaluationErrorCode];
