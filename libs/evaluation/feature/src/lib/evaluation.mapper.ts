import type { EvaluationResponse, RoundResponse, TransitionResponse } from '@bma-kpi/contracts-evaluation';
import type { EvaluationRecord, TransitionInput, TransitionRecord } from '@bma-kpi/evaluation-data-access';
import type { WorkflowTransitionRecord } from '@bma-kpi/evaluation-domain';

import type { EvaluationView } from './evaluation-view';

/** Actions whose record reason is the actor's reason; for the others it is an optional comment. */
const reasonActions = new Set(['appeal', 'requestCorrection']);

/** Maps a domain transition record to the columns that the repository stores. */
export function toTransitionColumns(record: WorkflowTransitionRecord): Pick<TransitionInput, 'action' | 'toState' | 'role' | 'reason' | 'comment' | 'partComments'> {
  const isReason = reasonActions.has(record.action);

  return {
    action: record.action,
    toState: record.to,
    role: record.actor.role,
    reason: isReason ? record.reason : null,
    comment: isReason ? null : record.reason,
    partComments: Object.fromEntries(record.partComments.map((entry) => [entry.partKey, entry.comment])),
  };
}

/** Maps a stored transition to its response. */
export function toTransitionResponse(record: TransitionRecord): TransitionResponse {
  return {
    from: record.fromState,
    to: record.toState,
    action: record.action,
    actor: record.actor,
    role: record.role,
    reason: record.reason,
    comment: record.comment,
    partComments: Object.entries(record.partComments).map(([partKey, comment]) => ({ partKey, comment })),
    at: record.createdAt,
  };
}


function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Builds the response of an evaluation. A stored score comes with the flags stored beside it;
 * without one, the score and flags computed now are returned as a preview.
 */
export function toEvaluationResponse(
  round: RoundResponse,
  indicatorId: string,
  view: EvaluationView,
  stored: { evaluation: EvaluationRecord; transitions: TransitionRecord[] } | null,
): EvaluationResponse {
  const evaluation = stored?.evaluation ?? null;
  const hasStoredScore = evaluation !== null && evaluation.score !== null && evaluation.score !== undefined;

  return {
    id: evaluation?.id ?? null,
    round,
    indicatorId,
    agencyCode: evaluation?.agencyCode ?? view.agencyCode,
    state: evaluation?.state ?? 'draft',
    quarterValue: (hasStoredScore && isRecord(evaluation.score) && isRecord(evaluation.score['quarterValue'])
      ? evaluation.score['quarterValue']
      : view.quarter) as unknown as Record<string, unknown>,
    score: (hasStoredScore ? evaluation.score : view.score) as Record<string, unknown>,
    scoreIsPreview: !hasStoredScore,
    flags: (hasStoredScore ? evaluation.flags : view.flags) as EvaluationResponse['flags'],
    reopenedValue: evaluation?.reopenedValue ?? null,
    inputChangedAt: evaluation?.inputChangedAt ?? null,
    version: evaluation?.version ?? 0,
    transitions: (stored?.transitions ?? []).map(toTransitionResponse),
  };
}
