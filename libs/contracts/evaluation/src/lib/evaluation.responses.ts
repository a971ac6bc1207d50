/** An evaluation round with its schedule; dates are `YYYY-MM-DD` (Bangkok), instants ISO 8601. */
export interface RoundResponse {
  id: string;
  fiscalYear: number;
  quarter: number;
  status: 'open' | 'signedOff';
  /** Phase now: before the quarter, entry, review, overdue (review over, not signed off) or signedOff. */
  phase: 'upcoming' | 'entry' | 'review' | 'overdue' | 'signedOff';
  entryDeadline: string;
  reviewUntil: string;
  signedOffAt: string | null;
  signedOffBy: string | null;
  version: number;
}

/** A page of rounds, latest first. */
export interface RoundPage {
  items: RoundResponse[];
  total: number;
}

/** One version of an indicator's scoring model. */
export interface ModelAssignmentResponse {
  indicatorId: string;
  fiscalYear: number;
  model: Record<string, unknown>;
  accumulation: 'cumulative' | 'flow';
  /** Starting value of a lower-is-better indicator, or null. */
  baseline: number | null;
  /** True when claimed milestone levels need evidence on the agency's catalog artefacts. */
  requiresEvidence: boolean;
  version: number;
  assignedBy: string;
  assignedAt: string;
  supersededAt: string | null;
}

/** The current scoring model of an indicator and year, null when none was chosen, and every earlier one. */
export interface ModelResponse {
  current: ModelAssignmentResponse | null;
  history: ModelAssignmentResponse[];
}

/** One consistency flag for evaluators, in Thai and English. */
export interface FlagResponse {
  code: string;
  messageTh: string;
  messageEn: string;
  progressIds: string[];
}

/** One recorded workflow step: who, when, why. */
export interface TransitionResponse {
  from: string;
  to: string;
  action: string;
  actor: string;
  role: string;
  reason: string | null;
  comment: string | null;
  partComments: { partKey: string; comment: string }[];
  at: string;
}

/** The evaluation of one indicator in one round. */
export interface EvaluationResponse {
  /** Null until the first workflow action stores the evaluation. */
  id: string | null;
  round: RoundResponse;
  indicatorId: string;
  agencyCode: string | null;
  state: string;
  /** The quarter's value from monthly progress, or why it is incomplete. */
  quarterValue: Record<string, unknown>;
  /** The score under the indicator's model: stored at the last `score`, otherwise computed now as a preview. */
  score: Record<string, unknown> | null;
  scoreIsPreview: boolean;
  flags: FlagResponse[];
  /** The value a correction reopened for the agency, or null. */
  reopenedValue: string | null;
  /**
   * When the indicator or its progress changed after the stored score, which may then need scoring
   * again. Null while the stored score is current or when there is none.
   */
  inputChangedAt: string | null;
  version: number;
  transitions: TransitionResponse[];
}

/** The evaluation of one quarter, or null when that quarter of the fiscal year has no round. */
export interface QuarterEvaluationResponse {
  quarter: number;
  evaluation: EvaluationResponse | null;
}

/** The evaluations of one indicator in the four quarters of its fiscal year, quarter 1 first. */
export interface IndicatorEvaluationsResponse {
  indicatorId: string;
  /** The indicator's fiscal year in the Buddhist era, e.g. 2564. */
  fiscalYear: number;
  quarters: QuarterEvaluationResponse[];
}

/** An accepted progress entry with the month's window. */
export interface ProgressEntryResponse {
  accepted: true;
  /** Month of the entry, `YYYY-MM`. */
  month: string;
  fiscalYear: number;
  quarter: number;
  /** Last day, `YYYY-MM-DD` in Bangkok, of the month's entry window. */
  deadline: string;
  /** True when the window had closed and an evaluator's correction request reopened the month. */
  reopened: boolean;
}

/** Health of the evaluation service. */
export interface EvaluationHealthResponse {
  status: 'ok';
  service: 'evaluation';
  database: 'postgres' | 'pglite';
  /** Events of other services that failed every delivery and wait for an operator. */
  deadLetters: number;
  /** Events stored in the outbox and not yet published to the event stream. */
  outboxBacklog: number;
  /** Events in the stream that the service's durable consumer has not yet received; null when it cannot be read. */
  consumerLag: number | null;
}
