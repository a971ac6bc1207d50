import type { Evaluation, EvaluationTransition } from '../../generated/prisma/client';
import type { EvaluationRecord, TransitionRecord } from './evaluation.types';

/** Maps a stored evaluation to its record. */
export function toEvaluationRecord(row: Evaluation): EvaluationRecord {
  return {
    id: row.id,
    roundId: row.roundId,
    indicatorId: row.indicatorId,
    agencyCode: row.agencyCode,
    state: row.state,
    score: row.score,
    // Every write stores an array; the fallback covers a row edited by hand.
    flags: Array.isArray(row.flags) ? row.flags : [],
    reopenedValue: row.reopenedValue,
    inputChangedAt: row.inputChangedAt?.toISOString() ?? null,
    version: row.version,
    createdBy: row.createdBy,
    updatedBy: row.updatedBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Maps a stored transition to its record. */
export function toTransitionRecord(row: EvaluationTransition): TransitionRecord {
  const partComments = row.partComments;

  return {
    id: row.id,
    evaluationId: row.evaluationId,
    version: row.version,
    fromState: row.fromState,
    toState: row.toState,
    action: row.action,
    actor: row.actor,
    role: row.role,
    reason: row.reason,
    comment: row.comment,
    partComments:
      partComments !== null && typeof partComments === 'object' && !Array.isArray(partComments)
        ? (partComments as Record<string, string>)
        : {},
    correlationId: row.correlationId,
    createdAt: row.createdAt.toISOString(),
  };
}
