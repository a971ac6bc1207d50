import {
  diffFields,
  insertOutboxEvents,
  RecordNotFoundError,
  resolveEvents,
  toJson,
  toNullableJson,
  toSkipTake,
  VersionConflictError,
  writeChangeLog,
  type AuditContext,
  type EventsSource,
} from '@bma-kpi/database';

import type { Evaluation, Prisma } from '../../generated/prisma/client';
import { runInTransaction, type EvaluationClient } from '../evaluation-client';
import { RoundSignedOffError } from '../evaluation-errors';
import { checkText, checkUuid, checkVersion } from '../input-checks';
import { toEvaluationRecord, toTransitionRecord } from './evaluation.mapper';
import type {
  EvaluationKeyInput,
  EvaluationListQuery,
  EvaluationOutcomeRecord,
  EvaluationPage,
  EvaluationRecord,
  GetOrCreateResult,
  TransitionInput,
  TransitionRecord,
  TransitionResult,
} from './evaluation.types';

/**
 * Stores the evaluation of each indicator in each round and the workflow steps that moved it.
 * A transition updates the evaluation, appends its step, records a ChangeLog row and inserts its
 * outbox events in one transaction. Evaluations of a signed-off round cannot change.
 */
export class EvaluationRepository {
  constructor(private readonly prisma: EvaluationClient) {}

  /**
   * Returns the evaluation of an indicator in a round, creating it in `initialState` when there
   * is none. Creating throws RecordNotFoundError for an unknown round and RoundSignedOffError for
   * a signed-off one. Concurrent calls create one evaluation and all return it.
   */
  async getOrCreate(input: EvaluationKeyInput, audit: AuditContext): Promise<GetOrCreateResult> {
    checkUuid('roundId', input.roundId);
    checkUuid('indicatorId', input.indicatorId);
    checkText('agencyCode', input.agencyCode);
    checkText('initialState', input.initialState);
    const existing = await this.getByKey(input.roundId, input.indicatorId);

    if (existing !== null) {
      return { evaluation: existing, created: false };
    }

    return runInTransaction(this.prisma, async (tx) => {
      await lockOpenRound(tx, input.roundId);
      const data = { roundId: input.roundId, indicatorId: input.indicatorId, agencyCode: input.agencyCode, state: input.initialState };
      // skipDuplicates inserts with ON CONFLICT DO NOTHING, so a concurrent creator's row wins
      // without aborting this transaction.
      const inserted = await tx.evaluation.createMany({ data: [{ ...data, createdBy: audit.actor, updatedBy: audit.actor }], skipDuplicates: true });
      const row = await tx.evaluation.findUniqueOrThrow({ where: { roundId_indicatorId: { roundId: input.roundId, indicatorId: input.indicatorId } } });

      if (inserted.count > 0) {
        await writeChangeLog(tx, { entity: 'Evaluation', entityId: row.id, action: 'create', ...audit, changes: diffFields({}, data) });
      }

      return { evaluation: toEvaluationRecord(row), created: inserted.count > 0 };
    });
  }

  /** Returns an evaluation, or null. */
  async get(id: string): Promise<EvaluationRecord | null> {
    const row = await this.prisma.evaluation.findUnique({ where: { id } });

    return row === null ? null : toEvaluationRecord(row);
  }

  /** Returns the evaluation of an indicator in a round, or null. */
  async getByKey(roundId: string, indicatorId: string): Promise<EvaluationRecord | null> {
    const row = await this.prisma.evaluation.findUnique({ where: { roundId_indicatorId: { roundId, indicatorId } } });

    return row === null ? null : toEvaluationRecord(row);
  }

  /** Returns the evaluations of an indicator in the given rounds with one query. A round without one is left out. */
  async listByIndicator(indicatorId: string, roundIds: readonly string[]): Promise<EvaluationRecord[]> {
    if (roundIds.length === 0) {
      return [];
    }
    const rows = await this.prisma.evaluation.findMany({ where: { indicatorId, roundId: { in: [...roundIds] } } });

    return rows.map(toEvaluationRecord);
  }

  /** Returns the state, score and flags of every evaluation of a round, for summaries; the round's size bounds it. */
  async listOutcomes(roundId: string): Promise<EvaluationOutcomeRecord[]> {
    checkUuid('roundId', roundId);
    const rows = await this.prisma.evaluation.findMany({
      where: { roundId },
      select: { indicatorId: true, state: true, score: true, flags: true },
    });

    return rows.map((row) => ({ ...row, flags: Array.isArray(row.flags) ? row.flags : [] }));
  }

  /** Lists the evaluations of a round, optionally of one agency or state, ordered by agency code and indicator id. */
  async listByRound(roundId: string, query: EvaluationListQuery): Promise<EvaluationPage> {
    const { skip, take } = toSkipTake(query);
    const where: Prisma.EvaluationWhereInput = {
      roundId,
      ...(query.agencyCode === undefined ? {} : { agencyCode: query.agencyCode }),
      ...(query.state === undefined ? {} : { state: query.state }),
    };
    const [rows, total] = await Promise.all([
      this.prisma.evaluation.findMany({ where, orderBy: [{ agencyCode: 'asc' }, { indicatorId: 'asc' }], skip, take }),
      this.prisma.evaluation.count({ where }),
    ]);

    return { items: rows.map(toEvaluationRecord), total };
  }

  /** Returns the workflow steps of an evaluation, oldest first. */
  async transitions(evaluationId: string): Promise<TransitionRecord[]> {
    const rows = await this.prisma.evaluationTransition.findMany({ where: { evaluationId }, orderBy: { version: 'asc' } });

    return rows.map(toTransitionRecord);
  }

  /**
   * Moves an evaluation to `input.toState` and stores the new score, flags and reopened value.
   * Throws RecordNotFoundError for an unknown evaluation, VersionConflictError when it is not at
   * `input.expectedVersion`, and RoundSignedOffError when its round is signed off. The outbox
   * events are built from the result inside the transaction.
   */
  async applyTransition(
    id: string,
    input: TransitionInput,
    audit: AuditContext,
    events: EventsSource<TransitionResult>,
  ): Promise<TransitionResult> {
    checkTransition(input);

    return runInTransaction(this.prisma, async (tx) => {
      const current = await tx.evaluation.findUnique({ where: { id } });

      if (current === null) {
        throw new RecordNotFoundError('Evaluation', id);
      }
      if (current.version !== input.expectedVersion) {
        throw new VersionConflictError('Evaluation', id, input.expectedVersion, current.version);
      }
      await lockOpenRound(tx, current.roundId);
      const evaluation = await updateEvaluation(tx, current, input, audit);
      const transition = await appendTransition(tx, current, input, audit);
      const result = { evaluation: toEvaluationRecord(evaluation), transition: toTransitionRecord(transition) };

      await insertOutboxEvents(tx, resolveEvents(events, result));

      return result;
    });
  }
}

function checkTransition(input: TransitionInput): void {
  checkVersion('expectedVersion', input.expectedVersion);
  checkText('action', input.action);
  checkText('toState', input.toState);
  checkText('role', input.role);
}

// FOR SHARE keeps a concurrent sign-off of the round waiting until this transaction ends, so no
// evaluation changes after its round is signed off.
async function lockOpenRound(tx: Prisma.TransactionClient, roundId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ status: string; signedOffAt: Date | string | null }[]>`
    SELECT status::text AS status, "signedOffAt" FROM "EvaluationRound" WHERE id = ${roundId}::uuid FOR SHARE`;
  const [round] = rows;

  if (round === undefined) {
    throw new RecordNotFoundError('EvaluationRound', roundId);
  }
  if (round.status === 'signedOff') {
    throw new RoundSignedOffError(roundId, round.signedOffAt === null ? null : new Date(round.signedOffAt));
  }
}

// The version condition catches a concurrent transition that read the same version.
async function updateEvaluation(
  tx: Prisma.TransactionClient,
  current: Evaluation,
  input: TransitionInput,
  audit: AuditContext,
): Promise<Evaluation> {
  const next = { state: input.toState, score: input.score, flags: input.flags, reopenedValue: input.reopenedValue };
  const updated = await tx.evaluation.updateMany({
    where: { id: current.id, version: input.expectedVersion },
    data: {
      state: next.state,
      score: toNullableJson(next.score),
      flags: next.flags === undefined ? undefined : toJson(next.flags),
      reopenedValue: next.reopenedValue,
      // A new score is computed from the current data, so the data no longer differs from it.
      inputChangedAt: next.score === undefined ? undefined : null,
      version: { increment: 1 },
      updatedBy: audit.actor,
    },
  });

  if (updated.count === 0) {
    const stored = await tx.evaluation.findUniqueOrThrow({ where: { id: current.id } });

    throw new VersionConflictError('Evaluation', current.id, input.expectedVersion, stored.version);
  }
  const changes = diffFields(current, { ...next, version: input.expectedVersion + 1 });

  await writeChangeLog(tx, { entity: 'Evaluation', entityId: current.id, action: 'update', ...audit, changes });

  return tx.evaluation.findUniqueOrThrow({ where: { id: current.id } });
}

async function appendTransition(
  tx: Prisma.TransactionClient,
  current: Evaluation,
  input: TransitionInput,
  audit: AuditContext,
) {
  return tx.evaluationTransition.create({
    data: {
      evaluationId: current.id,
      version: input.expectedVersion + 1,
      fromState: current.state,
      toState: input.toState,
      action: input.action,
      actor: audit.actor,
      role: input.role,
      reason: input.reason ?? null,
      comment: input.comment ?? null,
      partComments: toJson(input.partComments ?? {}),
      correlationId: audit.correlationId,
    },
  });
}
