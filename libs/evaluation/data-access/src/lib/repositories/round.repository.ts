import {
  diffFields,
  InvalidInputError,
  insertOutboxEvents,
  isUniqueViolation,
  RecordNotFoundError,
  resolveEvents,
  toSkipTake,
  VersionConflictError,
  writeChangeLog,
  type AuditContext,
  type EventsSource,
} from '@bma-kpi/database';

import type { EvaluationRound, Prisma } from '../../generated/prisma/client';
import { runInTransaction, type EvaluationClient } from '../evaluation-client';
import { RoundExistsError, RoundSignedOffError } from '../evaluation-errors';
import { checkFiscalYear, checkQuarter, checkVersion, instantToIso, parseInstant } from '../input-checks';
import type { CreateRoundInput, RoundListQuery, RoundPage, RoundRecord, RoundWindowsPatch } from './round.types';

/**
 * Stores evaluation rounds, one per fiscal year and quarter. Every write records a ChangeLog row
 * and inserts its outbox events in the same transaction.
 */
export class RoundRepository {
  constructor(private readonly prisma: EvaluationClient) {}

  /** Creates an open round. Throws RoundExistsError when the fiscal year and quarter already have one. */
  async create(input: CreateRoundInput, audit: AuditContext, events: EventsSource<RoundRecord>): Promise<RoundRecord> {
    checkFiscalYear(input.fiscalYear);
    checkQuarter(input.quarter);
    const windows = parseWindows(input);

    try {
      return await runInTransaction(this.prisma, async (tx) => {
        const data = { fiscalYear: input.fiscalYear, quarter: input.quarter, ...windows };
        const row = await tx.evaluationRound.create({ data: { ...data, createdBy: audit.actor, updatedBy: audit.actor } });

        await writeChangeLog(tx, { entity: 'EvaluationRound', entityId: row.id, action: 'create', ...audit, changes: diffFields({}, data) });

        return finish(tx, row, events);
      });
    } catch (error) {
      throw isUniqueViolation(error) ? new RoundExistsError(input.fiscalYear, input.quarter) : error;
    }
  }

  /** Returns a round, or null. */
  async get(id: string): Promise<RoundRecord | null> {
    const row = await this.prisma.evaluationRound.findUnique({ where: { id } });

    return row === null ? null : toRoundRecord(row);
  }

  /** Returns the round of a fiscal year and quarter, or null. */
  async getByPeriod(fiscalYear: number, quarter: number): Promise<RoundRecord | null> {
    checkFiscalYear(fiscalYear);
    checkQuarter(quarter);
    const row = await this.prisma.evaluationRound.findUnique({ where: { fiscalYear_quarter: { fiscalYear, quarter } } });

    return row === null ? null : toRoundRecord(row);
  }

  /** Returns the rounds of a fiscal year, quarter 1 first. A year has at most one round per quarter. */
  async listByFiscalYear(fiscalYear: number): Promise<RoundRecord[]> {
    checkFiscalYear(fiscalYear);
    const rows = await this.prisma.evaluationRound.findMany({ where: { fiscalYear }, orderBy: { quarter: 'asc' } });

    return rows.map(toRoundRecord);
  }

  /** Lists rounds, latest fiscal year and quarter first. */
  async list(query: RoundListQuery): Promise<RoundPage> {
    const { skip, take } = toSkipTake(query);
    const where: Prisma.EvaluationRoundWhereInput = {
      ...(query.fiscalYear === undefined ? {} : { fiscalYear: query.fiscalYear }),
      ...(query.status === undefined ? {} : { status: query.status }),
    };
    const [rows, total] = await Promise.all([
      this.prisma.evaluationRound.findMany({ where, orderBy: [{ fiscalYear: 'desc' }, { quarter: 'desc' }], skip, take }),
      this.prisma.evaluationRound.count({ where }),
    ]);

    return { items: rows.map(toRoundRecord), total };
  }

  /** Changes the entry and review window overrides of an open round. */
  async updateWindows(
    id: string,
    patch: RoundWindowsPatch,
    expectedVersion: number,
    audit: AuditContext,
    events: EventsSource<RoundRecord>,
  ): Promise<RoundRecord> {
    checkVersion('expectedVersion', expectedVersion);

    return runInTransaction(this.prisma, async (tx) => {
      const current = await loadOpenRound(tx, id, expectedVersion);
      const windows = parseWindows({
        entryDeadline: patch.entryDeadline === undefined ? instantToIso(current.entryDeadline) : patch.entryDeadline,
        reviewUntil: patch.reviewUntil === undefined ? instantToIso(current.reviewUntil) : patch.reviewUntil,
      });
      const row = await bumpVersion(tx, current, expectedVersion, { ...windows, updatedBy: audit.actor });

      await writeChangeLog(tx, { entity: 'EvaluationRound', entityId: id, action: 'update', ...audit, changes: diffFields(current, windows) });

      return finish(tx, row, events);
    });
  }

  /**
   * Signs a round off, which locks it and its evaluations. Throws VersionConflictError when the
   * round is not at `expectedVersion` and RoundSignedOffError when it is already signed off.
   */
  async signOff(id: string, expectedVersion: number, audit: AuditContext, events: EventsSource<RoundRecord>): Promise<RoundRecord> {
    checkVersion('expectedVersion', expectedVersion);

    return runInTransaction(this.prisma, async (tx) => {
      const current = await loadOpenRound(tx, id, expectedVersion);
      const signOff = { status: 'signedOff' as const, signedOffAt: new Date(), signedOffBy: audit.actor };
      const row = await bumpVersion(tx, current, expectedVersion, { ...signOff, updatedBy: audit.actor });

      await writeChangeLog(tx, { entity: 'EvaluationRound', entityId: id, action: 'update', ...audit, changes: diffFields(current, signOff) });

      return finish(tx, row, events);
    });
  }
}

// Reads the round for an update and checks the version first, so that a caller with a stale
// copy learns that before it learns anything from that copy.
async function loadOpenRound(tx: Prisma.TransactionClient, id: string, expectedVersion: number): Promise<EvaluationRound> {
  const current = await tx.evaluationRound.findUnique({ where: { id } });

  if (current === null) {
    throw new RecordNotFoundError('EvaluationRound', id);
  }
  if (current.version !== expectedVersion) {
    throw new VersionConflictError('EvaluationRound', id, expectedVersion, current.version);
  }
  if (current.status === 'signedOff') {
    throw new RoundSignedOffError(id, current.signedOffAt);
  }

  return current;
}

// The version condition in the WHERE clause catches a concurrent writer that read the same version.
async function bumpVersion(
  tx: Prisma.TransactionClient,
  current: EvaluationRound,
  expectedVersion: number,
  data: Prisma.EvaluationRoundUpdateManyMutationInput,
): Promise<EvaluationRound> {
  const updated = await tx.evaluationRound.updateMany({
    where: { id: current.id, version: expectedVersion, status: 'open' },
    data: { ...data, version: { increment: 1 } },
  });

  if (updated.count === 0) {
    const stored = await tx.evaluationRound.findUniqueOrThrow({ where: { id: current.id } });

    throw new VersionConflictError('EvaluationRound', current.id, expectedVersion, stored.version);
  }

  return tx.evaluationRound.findUniqueOrThrow({ where: { id: current.id } });
}

async function finish(tx: Prisma.TransactionClient, row: EvaluationRound, events: EventsSource<RoundRecord>): Promise<RoundRecord> {
  const round = toRoundRecord(row);

  await insertOutboxEvents(tx, resolveEvents(events, round));

  return round;
}

function parseWindows(input: RoundWindowsPatch): { entryDeadline: Date | null; reviewUntil: Date | null } {
  const entryDeadline = parseInstant('entryDeadline', input.entryDeadline) ?? null;
  const reviewUntil = parseInstant('reviewUntil', input.reviewUntil) ?? null;

  if (entryDeadline !== null && reviewUntil !== null && reviewUntil < entryDeadline) {
    throw new InvalidInputError(
      'reviewUntil',
      `${reviewUntil.toISOString()} is before entryDeadline ${entryDeadline.toISOString()}; the review period ends after data entry.`,
    );
  }

  return { entryDeadline, reviewUntil };
}

/** Maps a stored round to its record. */
export function toRoundRecord(row: EvaluationRound): RoundRecord {
  return {
    id: row.id,
    fiscalYear: row.fiscalYear,
    quarter: row.quarter,
    entryDeadline: instantToIso(row.entryDeadline),
    reviewUntil: instantToIso(row.reviewUntil),
    status: row.status,
    signedOffAt: instantToIso(row.signedOffAt),
    signedOffBy: row.signedOffBy,
    version: row.version,
    createdBy: row.createdBy,
    updatedBy: row.updatedBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
