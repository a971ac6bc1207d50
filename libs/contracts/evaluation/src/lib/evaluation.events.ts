import type { EvaluationEvents } from './evaluation.subjects';

/** Envelope of every evaluation event: who caused it, when, and under which request. */
export interface EvaluationEventEnvelope<TSubject extends string, TData> {
  eventId: string;
  subject: TSubject;
  /** ISO 8601 instant. */
  occurredAt: string;
  correlationId: string | null;
  actor: string;
  data: TData;
}

/** The evaluation an event is about, with its round and the agency that owns the indicator. */
export interface EvaluationEventKey {
  evaluationId: string;
  roundId: string;
  fiscalYear: number;
  quarter: number;
  indicatorId: string;
  agencyCode: string;
}

/** Data of every evaluation workflow event: the evaluation, its round and the step just stored. */
export interface EvaluationTransitionEventData extends EvaluationEventKey {
  action: string;
  role: string;
  from: string;
  to: string;
  /** Appeal reason or correction message; null for the other actions. */
  reason: string | null;
  /** The value a correction request reopened or a correction changed; null for the other actions. */
  valueKey: string | null;
  /** Evaluation version after the step. */
  version: number;
  /** The stored score after a `score` step; null for the other actions. */
  score: Record<string, unknown> | null;
}

/** An agency submitted its progress for evaluation. */
export type EvaluationSubmittedEvent = EvaluationEventEnvelope<typeof EvaluationEvents.evaluationSubmitted, EvaluationTransitionEventData>;

/** An evaluator scored an evaluation. */
export type EvaluationScoredEvent = EvaluationEventEnvelope<typeof EvaluationEvents.evaluationScored, EvaluationTransitionEventData>;

/** An evaluator reopened one value for the agency to correct. */
export type EvaluationCorrectionRequestedEvent = EvaluationEventEnvelope<
  typeof EvaluationEvents.evaluationCorrectionRequested,
  EvaluationTransitionEventData
>;

/** The agency corrected the reopened value. */
export type EvaluationCorrectedEvent = EvaluationEventEnvelope<typeof EvaluationEvents.evaluationCorrected, EvaluationTransitionEventData>;

/** The agency appealed a score. */
export type EvaluationAppealedEvent = EvaluationEventEnvelope<typeof EvaluationEvents.evaluationAppealed, EvaluationTransitionEventData>;

/** An evaluator signed one evaluation off, which locks it. */
export type EvaluationSignedOffEvent = EvaluationEventEnvelope<typeof EvaluationEvents.evaluationSignedOff, EvaluationTransitionEventData>;

/** A round was signed off, which locks every evaluation in it. */
export type RoundSignedOffEvent = EvaluationEventEnvelope<
  typeof EvaluationEvents.roundSignedOff,
  { roundId: string; fiscalYear: number; quarter: number; signedOffAt: string; signedOffBy: string; version: number }
>;

/** The indicator or its progress changed after the evaluation was scored; the stored score stays until rescored. */
export type EvaluationInputChangedEvent = EvaluationEventEnvelope<
  typeof EvaluationEvents.evaluationInputChanged,
  EvaluationEventKey & {
    /** `progress` for a new progress note, `indicator` for changed indicator fields. */
    cause: 'progress' | 'indicator';
    changedAt: string;
    /** Id of the indicators service's event that reported the change. */
    sourceEventId: string;
  }
>;

/** Any event of the evaluation service. */
export type EvaluationServiceEvent =
  | EvaluationSubmittedEvent
  | EvaluationScoredEvent
  | EvaluationCorrectionRequestedEvent
  | EvaluationCorrectedEvent
  | EvaluationAppealedEvent
  | EvaluationSignedOffEvent
  | RoundSignedOffEvent
  | EvaluationInputChangedEvent;
