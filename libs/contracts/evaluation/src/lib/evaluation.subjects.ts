/** NATS request/reply subjects of the evaluation service, `<service>.<entity>.<verb>.v1`. */
export const EvaluationSubjects = {
  /** Open the evaluation round of a fiscal year and quarter. */
  roundCreate: 'evaluation.round.create.v1',
  /** Get one round by fiscal year and quarter, with its schedule and current phase. */
  roundGet: 'evaluation.round.get.v1',
  /** List rounds, latest first. */
  roundList: 'evaluation.round.list.v1',
  /** Sign a round off, which locks every evaluation in it. */
  roundSignOff: 'evaluation.round.sign-off.v1',
  /** Choose the scoring model of an indicator for a fiscal year; a new choice supersedes the last. */
  modelAssign: 'evaluation.model.assign.v1',
  /** Get the current scoring model of an indicator and fiscal year, with its history. */
  modelGet: 'evaluation.model.get.v1',
  /** Get the evaluation of an indicator in a round: quarter value, score, flags, state and transitions. */
  evaluationGet: 'evaluation.evaluation.get.v1',
  /** List the stored evaluations of a round, one page at a time, optionally of one agency. */
  evaluationList: 'evaluation.evaluation.list.v1',
  /**
   * List the evaluation of an indicator in each quarter of its fiscal year that has a round, reading
   * the indicator once for all of them.
   */
  evaluationListByIndicator: 'evaluation.evaluation.list-by-indicator.v1',
  /** Apply one workflow action (submit, score, requestCorrection, correct, appeal, signOff). */
  evaluationTransition: 'evaluation.evaluation.transition.v1',
  /** Results of a fiscal year up to a quarter, grouped by agency, plan node or KPI type, with the trend. */
  summaryGet: 'evaluation.summary.get.v1',
  /** Check whether progress for a month of an indicator is accepted now, by the round calendar. */
  progressEntryCheck: 'evaluation.progress-entry.check.v1',
  /** Get the monthly progress deadlines and the round deadlines of a fiscal year, for reminders. */
  calendarGet: 'evaluation.calendar.get.v1',
  /** Check that the service and its database respond. */
  healthCheck: 'evaluation.health.check.v1',
} as const;

export type EvaluationSubject = (typeof EvaluationSubjects)[keyof typeof EvaluationSubjects];

/** JetStream event subjects of the evaluation service, `events.<service>.<entity>.<past-tense>.v1`. */
export const EvaluationEvents = {
  evaluationSubmitted: 'events.evaluation.evaluation.submitted.v1',
  evaluationScored: 'events.evaluation.evaluation.scored.v1',
  evaluationCorrectionRequested: 'events.evaluation.evaluation.correction-requested.v1',
  evaluationCorrected: 'events.evaluation.evaluation.corrected.v1',
  evaluationAppealed: 'events.evaluation.evaluation.appealed.v1',
  evaluationSignedOff: 'events.evaluation.evaluation.signed-off.v1',
  roundSignedOff: 'events.evaluation.round.signed-off.v1',
  /** The indicator or its progress changed after an evaluator scored it, so the score may need redoing. */
  evaluationInputChanged: 'events.evaluation.evaluation.input-changed.v1',
} as const;

export type EvaluationEvent = (typeof EvaluationEvents)[keyof typeof EvaluationEvents];
