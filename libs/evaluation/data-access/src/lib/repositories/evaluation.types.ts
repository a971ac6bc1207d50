import type { Page, PageRequest } from '@bma-kpi/database';

/** Input of EvaluationRepository.getOrCreate: the round and indicator, and the values of a new evaluation. */
export interface EvaluationKeyInput {
  roundId: string;
  /** Indicator id of the indicators service. */
  indicatorId: string;
  /** BMA code of the agency that owns the indicator. */
  agencyCode: string;
  /** Workflow state of a new evaluation, as the evaluation domain names it. */
  initialState: string;
}

/**
 * One workflow step for EvaluationRepository.applyTransition. The caller has checked with the
 * domain rules that the step is allowed from the state it read at `expectedVersion`.
 */
export interface TransitionInput {
  /** Version of the evaluation that the caller read. */
  expectedVersion: number;
  action: string;
  toState: string;
  /** Role in which the actor acts, e.g. agency or evaluator. */
  role: string;
  /** Why the actor acts: an appeal's reason or a correction request's message. */
  reason?: string | null;
  /** Overall comment of the evaluator. */
  comment?: string | null;
  /** Comments per weighted part, as part key → text. */
  partComments?: Record<string, string>;
  /** New scoring result; undefined keeps the stored one and null removes it. Decimals are stored as text. */
  score?: unknown;
  /** New consistency flags; undefined keeps the stored ones. */
  flags?: unknown[];
  /** Name of the value that a correction request reopens; undefined keeps it and null closes it. */
  reopenedValue?: string | null;
}

/** A stored evaluation; instants are ISO 8601 in UTC. */
export interface EvaluationRecord {
  id: string;
  roundId: string;
  indicatorId: string;
  agencyCode: string;
  state: string;
  score: unknown;
  flags: unknown[];
  reopenedValue: string | null;
  /** When the indicator or its progress changed after the stored score; null while the score is current. */
  inputChangedAt: string | null;
  version: number;
  createdBy: string;
  updatedBy: string;
  createdAt: string;
  updatedAt: string;
}

/** Fields of a stored evaluation that a summary reads. */
export interface EvaluationOutcomeRecord {
  indicatorId: string;
  state: string;
  score: unknown;
  flags: unknown[];
}

/** A stored workflow step of an evaluation. */
export interface TransitionRecord {
  id: string;
  evaluationId: string;
  /** Version of the evaluation that this step produced. */
  version: number;
  fromState: string;
  toState: string;
  action: string;
  actor: string;
  role: string;
  reason: string | null;
  comment: string | null;
  partComments: Record<string, string>;
  correlationId: string | null;
  createdAt: string;
}

/** The evaluation after a transition, and the transition row. */
export interface TransitionResult {
  evaluation: EvaluationRecord;
  transition: TransitionRecord;
}

/** The evaluation that getOrCreate returns, and whether this call created it. */
export interface GetOrCreateResult {
  evaluation: EvaluationRecord;
  created: boolean;
}

/** Filters and page of EvaluationRepository.listByRound. */
export interface EvaluationListQuery extends PageRequest {
  agencyCode?: string;
  state?: string;
}

export type EvaluationPage = Page<EvaluationRecord>;
