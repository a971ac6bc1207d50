import {
  diffFields,
  InvalidInputError,
  insertOutboxEvents,
  resolveEvents,
  toJson,
  VersionConflictError,
  writeChangeLog,
  type AuditContext,
  type EventsSource,
} from '@bma-kpi/database';

import type { Prisma, ScoringModelAssignment } from '../../generated/prisma/client';
import { runInTransaction, type EvaluationClient } from '../evaluation-client';
import { checkFiscalYear, checkUuid, instantToIso } from '../input-checks';
import type { AssignModelInput, ModelAssignmentRecord } from './model-assignment.types';

/**
 * Maximum number of indicators that one listCurrent call accepts. It keeps the IN list far below
 * PostgreSQL's limit of 65,535 bind parameters per statement.
 */
const maxIndicatorsPerLookup = 10_000;

/**
 * Stores the scoring model of each indicator and fiscal year in versions. A new assignment
 * supersedes the current one, which stays readable as history. Every assignment records a
 * ChangeLog row and inserts its outbox events in the same transaction.
 */
export class ModelAssignmentRepository {
  constructor(private readonly prisma: EvaluationClient) {}

  /**
   * Stores a new version of the indicator's model for the fiscal year and marks the current one
   * superseded. `expectedVersion` is the current version the caller read, or null when it read
   * none. A different current version throws VersionConflictError, with version 0 standing for
   * none, and undefined skips the check.
   */
  async assign(
    input: AssignModelInput,
    expectedVersion: number | null | undefined,
    audit: AuditContext,
    events: EventsSource<ModelAssignmentRecord>,
  ): Promise<ModelAssignmentRecord> {
    checkAssignment(input);

    return runInTransaction(this.prisma, async (tx) => {
      await lockIndicatorYear(tx, input.indicatorId, input.fiscalYear);
      const current = await findCurrent(tx, input.indicatorId, input.fiscalYear);
      const currentVersion = current?.version ?? null;

      if (expectedVersion !== undefined && expectedVersion !== currentVersion) {
        const key = `${input.indicatorId}/${input.fiscalYear}`;

        throw new VersionConflictError('ScoringModelAssignment', key, expectedVersion ?? 0, currentVersion ?? 0);
      }
      const row = await supersedeAndInsert(tx, input, current, audit.actor);
      const data = { indicatorId: row.indicatorId, fiscalYear: row.fiscalYear, model: input.model, modelVersion: row.modelVersion, version: row.version };

      await writeChangeLog(tx, { entity: 'ScoringModelAssignment', entityId: row.id, action: 'create', ...audit, changes: diffFields({}, data) });
      const record = toModelAssignmentRecord(row);

      await insertOutboxEvents(tx, resolveEvents(events, record));

      return record;
    });
  }

  /** Returns the current assignment of an indicator for a fiscal year, or null when it has none. */
  async current(indicatorId: string, fiscalYear: number): Promise<ModelAssignmentRecord | null> {
    checkUuid('indicatorId', indicatorId);
    checkFiscalYear(fiscalYear);
    const row = await findCurrent(this.prisma, indicatorId, fiscalYear);

    return row === null ? null : toModelAssignmentRecord(row);
  }

  /** Returns the current assignments of many indicators for a fiscal year and leaves out indicators without one. */
  async listCurrent(indicatorIds: readonly string[], fiscalYear: number): Promise<ModelAssignmentRecord[]> {
    checkFiscalYear(fiscalYear);
    if (indicatorIds.length > maxIndicatorsPerLookup) {
      throw new InvalidInputError('indicatorIds', `${indicatorIds.length} ids; expected at most ${maxIndicatorsPerLookup} per call.`);
    }
    indicatorIds.forEach((id) => checkUuid('indicatorIds', id));
    const rows = await this.prisma.scoringModelAssignment.findMany({
      where: { fiscalYear, indicatorId: { in: [...indicatorIds] }, supersededAt: null },
      orderBy: [{ indicatorId: 'asc' }],
    });

    return rows.map(toModelAssignmentRecord);
  }

  /** Returns every assignment of an indicator for a fiscal year, oldest version first. */
  async history(indicatorId: string, fiscalYear: number): Promise<ModelAssignmentRecord[]> {
    checkUuid('indicatorId', indicatorId);
    checkFiscalYear(fiscalYear);
    const rows = await this.prisma.scoringModelAssignment.findMany({
      where: { indicatorId, fiscalYear },
      orderBy: [{ version: 'asc' }],
    });

    return rows.map(toModelAssignmentRecord);
  }
}

function checkAssignment(input: AssignModelInput): void {
  checkUuid('indicatorId', input.indicatorId);
  checkFiscalYear(input.fiscalYear);
  if (!Number.isInteger(input.modelVersion) || input.modelVersion < 1) {
    throw new InvalidInputError('modelVersion', `${input.modelVersion}; expected an integer of at least 1.`);
  }
}

// Serialises assignments of one indicator and year until the transaction ends. A row lock cannot
// do this for the first assignment, because there is no row yet. PGlite runs one transaction at
// a time, so there the lock is always free.
async function lockIndicatorYear(tx: Prisma.TransactionClient, indicatorId: string, fiscalYear: number): Promise<void> {
  const key = `evaluation.ScoringModelAssignment:${indicatorId}:${fiscalYear}`;

  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
}

async function findCurrent(
  client: EvaluationClient,
  indicatorId: string,
  fiscalYear: number,
): Promise<ScoringModelAssignment | null> {
  return client.scoringModelAssignment.findFirst({ where: { indicatorId, fiscalYear }, orderBy: { version: 'desc' } });
}

async function supersedeAndInsert(
  tx: Prisma.TransactionClient,
  input: AssignModelInput,
  current: ScoringModelAssignment | null,
  actor: string,
): Promise<ScoringModelAssignment> {
  if (current !== null) {
    await tx.scoringModelAssignment.update({ where: { id: current.id }, data: { supersededAt: new Date() } });
  }

  return tx.scoringModelAssignment.create({
    data: {
      indicatorId: input.indicatorId,
      fiscalYear: input.fiscalYear,
      model: toJson(input.model),
      modelVersion: input.modelVersion,
      version: (current?.version ?? 0) + 1,
      assignedBy: actor,
    },
  });
}

/** Maps a stored assignment to its record. */
export function toModelAssignmentRecord(row: ScoringModelAssignment): ModelAssignmentRecord {
  return {
    id: row.id,
    indicatorId: row.indicatorId,
    fiscalYear: row.fiscalYear,
    model: row.model,
    modelVersion: row.modelVersion,
    version: row.version,
    supersededAt: instantToIso(row.supersededAt),
    assignedBy: row.assignedBy,
    assignedAt: row.assignedAt.toISOString(),
  };
}
