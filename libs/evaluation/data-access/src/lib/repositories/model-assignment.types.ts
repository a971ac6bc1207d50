/** Input of ModelAssignmentRepository.assign. */
export interface AssignModelInput {
  /** Indicator id of the indicators service. */
  indicatorId: string;
  /** Buddhist-era fiscal year. */
  fiscalYear: number;
  /** Scoring model definition as the evaluation domain describes it; Decimals are stored as text. */
  model: Record<string, unknown>;
  /** Version of the definition format that `model` follows. */
  modelVersion: number;
}

/** A stored scoring model assignment; instants are ISO 8601 in UTC. */
export interface ModelAssignmentRecord {
  id: string;
  indicatorId: string;
  fiscalYear: number;
  model: unknown;
  modelVersion: number;
  /** 1 for the first assignment of the indicator and year. */
  version: number;
  /** When the next version replaced this one; null for the current assignment. */
  supersededAt: string | null;
  assignedBy: string;
  assignedAt: string;
}
