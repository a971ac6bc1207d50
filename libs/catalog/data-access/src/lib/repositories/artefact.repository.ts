import {
  insertOutboxEvents,
  isUniqueViolation,
  RecordNotFoundError,
  resolveEvents,
  writeChangeLog,
  writeTransactionOptions,
  type AuditContext,
  type EventsSource,
} from '@bma-kpi/database';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import { ArtefactLockedError, ArtefactSupersededError } from '../catalog-errors';
import type {
  ArtefactLockInput,
  ArtefactRecord,
  CreateArtefactInput,
  EvidenceFileInput,
  SupersedeArtefactInput,
} from './artefact.types';
import {
  artefactInclude,
  insertArtefact,
  insertEvidence,
  loadArtefact,
  toArtefactRecord,
} from './artefact.writes';

/**
 * Stores data governance artefacts (appointment orders, database development plans, catalog
 * submissions, evidence of use) in versions, with their evidence files. Every write records
 * ChangeLog rows and inserts its outbox events in the same transaction.
 */
export class ArtefactRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** Creates version 1 of an artefact, with its evidence files. */
  async create(
    input: CreateArtefactInput,
    actor: string,
    correlationId: string | null,
    events: EventsSource<ArtefactRecord>,
  ): Promise<ArtefactRecord> {
    return this.write(events, async (tx) => insertArtefact(tx, input, { actor, correlationId }));
  }

  /** Attaches an evidence file; throws ArtefactLockedError when the artefact is locked. */
  async addEvidence(
    artefactId: string,
    file: EvidenceFileInput,
    actor: string,
    correlationId: string | null,
    events: EventsSource<ArtefactRecord>,
  ): Promise<ArtefactRecord> {
    return this.write(events, async (tx) => {
      await lockUnlocked(tx, artefactId);
      await insertEvidence(tx, artefactId, file, { actor, correlationId });

      return artefactId;
    });
  }

  /** Detaches an evidence file; throws ArtefactLockedError when its artefact is locked. */
  async removeEvidence(
    artefactId: string,
    evidenceId: string,
    actor: string,
    correlationId: string | null,
    events: EventsSource<ArtefactRecord>,
  ): Promise<ArtefactRecord> {
    return this.write(events, async (tx) => {
      await lockUnlocked(tx, artefactId);
      const deleted = await tx.evidenceFile.deleteMany({ where: { id: evidenceId, artefactId } });

      if (deleted.count === 0) {
        throw new RecordNotFoundError('EvidenceFile', evidenceId);
      }
      await writeChangeLog(
        tx,
        auditEntry('EvidenceFile', evidenceId, 'delete', { actor, correlationId }),
      );

      return artefactId;
    });
  }

  /**
   * Stores a new version of an artefact that replaces `oldId`, with the old version's agency,
   * fiscal year and kind and its version + 1. Locked artefacts can be superseded. Throws
   * ArtefactSupersededError when `oldId` already has a newer version.
   */
  async supersede(
    oldId: string,
    next: SupersedeArtefactInput,
    actor: string,
    correlationId: string | null,
    events: EventsSource<ArtefactRecord>,
  ): Promise<ArtefactRecord> {
    try {
      return await this.write(events, async (tx) => {
        const old = await loadArtefact(tx, oldId);

        if (old.supersededById !== null) {
          throw new ArtefactSupersededError(oldId);
        }
        const { agencyCode, fiscalYear, kind } = old;
        const input = {
          ...next,
          agencyCode,
          fiscalYear,
          kind,
          version: old.version + 1,
          supersedesId: oldId,
        };

        return insertArtefact(tx, input, { actor, correlationId });
      });
    } catch (error) {
      // Two concurrent supersedes of one version: the unique supersedesId rejects the second.
      throw isUniqueViolation(error) ? new ArtefactSupersededError(oldId) : error;
    }
  }

  /**
   * Locks an artefact because a signed-off evaluation references it; its evidence is fixed from
   * then on. Locking a locked artefact changes nothing and inserts no events.
   */
  async lock(
    id: string,
    lock: ArtefactLockInput,
    actor: string,
    correlationId: string | null,
    events: EventsSource<ArtefactRecord>,
  ): Promise<ArtefactRecord> {
    return this.prisma.$transaction(async (tx) => {
      const lockedAt = new Date();
      const updated = await tx.governanceArtefact.updateMany({
        where: { id, lockedAt: null },
        data: { lockedAt, lockedBy: actor, lockReason: lock.reason, lockEvaluationId: lock.evaluationId ?? null },
      });
      const artefact = await loadArtefact(tx, id);

      if (updated.count > 0) {
        const entry = auditEntry('GovernanceArtefact', id, 'update', { actor, correlationId });

        await writeChangeLog(tx, {
          ...entry,
          changes: {
            lockedAt: { from: null, to: lockedAt.toISOString() },
            lockReason: { from: null, to: lock.reason },
            lockEvaluationId: { from: null, to: lock.evaluationId ?? null },
          },
        });
        await insertOutboxEvents(tx, resolveEvents(events, artefact));
      }

      return artefact;
    }, writeTransactionOptions);
  }

  /** Returns an artefact with its evidence, or null. */
  async get(id: string): Promise<ArtefactRecord | null> {
    const row = await this.prisma.governanceArtefact.findUnique({
      where: { id },
      include: artefactInclude,
    });

    return row === null ? null : toArtefactRecord(row);
  }

  /** Lists every version of an agency's artefacts of a fiscal year, by kind and version. */
  async listByAgency(agencyCode: string, fiscalYear: number): Promise<ArtefactRecord[]> {
    const rows = await this.prisma.governanceArtefact.findMany({
      where: { agencyCode, fiscalYear },
      include: artefactInclude,
      orderBy: [{ kind: 'asc' }, { version: 'asc' }, { createdAt: 'asc' }],
    });

    return rows.map(toArtefactRecord);
  }

  // Runs `work` in a write transaction, then inserts the events built from the artefact it returns the id of.
  private async write(
    events: EventsSource<ArtefactRecord>,
    work: (tx: Prisma.TransactionClient) => Promise<string>,
  ): Promise<ArtefactRecord> {
    return this.prisma.$transaction(async (tx) => {
      const artefact = await loadArtefact(tx, await work(tx));

      await insertOutboxEvents(tx, resolveEvents(events, artefact));

      return artefact;
    }, writeTransactionOptions);
  }
}

/** Locks the artefact row against a concurrent lock(); throws unless the artefact exists and is unlocked. */
async function lockUnlocked(tx: Prisma.TransactionClient, artefactId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ lockedAt: Date | null }[]>`
    SELECT "lockedAt" FROM "GovernanceArtefact" WHERE id::text = ${artefactId} FOR UPDATE`;
  const [row] = rows;

  if (row === undefined) {
    throw new RecordNotFoundError('GovernanceArtefact', artefactId);
  }
  if (row.lockedAt !== null) {
    throw new ArtefactLockedError(artefactId, new Date(row.lockedAt));
  }
}

function auditEntry(
  entity: string,
  entityId: string,
  action: 'update' | 'delete',
  audit: AuditContext,
) {
  return { entity, entityId, action, ...audit, changes: {} };
}
