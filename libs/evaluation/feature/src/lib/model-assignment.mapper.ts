import type { ModelAssignmentResponse } from '@bma-kpi/contracts-evaluation';
import type { ModelAssignmentRecord } from '@bma-kpi/evaluation-data-access';
import type { Accumulation, ScoringModelDefinition } from '@bma-kpi/evaluation-domain';

/**
 * The JSON that the `model` column of an assignment stores: the scoring model definition and the
 * indicator's accumulation. The table has no accumulation column, so it travels inside this JSON.
 */
export interface StoredScoringModel {
  definition: ScoringModelDefinition;
  accumulation: Accumulation;
  /** Starting value of a lower-is-better indicator, or null when none was given. */
  baseline?: number | null;
  /** True when claimed milestone levels need evidence on the agency's catalog artefacts. */
  requiresEvidence?: boolean;
}

/** Accumulation of an indicator without an assigned model: a year-to-date total. */
export const DEFAULT_ACCUMULATION: Accumulation = 'cumulative';

/**
 * Reads the stored JSON of an assignment. A row whose JSON is a bare definition, without the
 * `definition` key, is read as that definition with the default accumulation.
 */
export function readStoredModel(record: ModelAssignmentRecord): StoredScoringModel {
  const stored = (record.model ?? {}) as Partial<StoredScoringModel> & Record<string, unknown>;

  if (typeof stored.definition === 'object' && stored.definition !== null) {
    return {
      definition: stored.definition,
      accumulation: stored.accumulation === 'flow' ? 'flow' : DEFAULT_ACCUMULATION,
      baseline: typeof stored.baseline === 'number' ? stored.baseline : null,
      requiresEvidence: stored.requiresEvidence === true,
    };
  }

  return { definition: stored as unknown as ScoringModelDefinition, accumulation: DEFAULT_ACCUMULATION };
}

/** Maps a stored assignment to its response. */
export function toModelAssignmentResponse(record: ModelAssignmentRecord): ModelAssignmentResponse {
  const stored = readStoredModel(record);

  return {
    indicatorId: record.indicatorId,
    fiscalYear: record.fiscalYear,
    model: stored.definition as unknown as Record<string, unknown>,
    accumulation: stored.accumulation,
    baseline: stored.baseline ?? null,
    requiresEvidence: stored.requiresEvidence === true,
    version: record.version,
    assignedBy: record.assignedBy,
    assignedAt: record.assignedAt,
    supersededAt: record.supersededAt,
  };
}
