import { randomUUID } from 'node:crypto';
import type { OutboxMessage, OutboxStore } from '@bma-kpi/messaging';

/** Options of OutboxRepository. */
export interface OutboxRepositoryOptions {
  /**
   * Seconds that fetched events stay reserved for this instance; another instance fetches them only
   * afterwards. Must exceed the time a relay needs to publish one batch. Default 60.
   */
  claimSeconds?: number;
  /** Name of this relay instance in `claimedBy`; default a random UUID per repository. */
  instanceId?: string;
}

/** Maximum length of the message stored in `lastError`, because publish errors can embed whole payloads. */
const maxErrorLength = 2000;

/** Changes that OutboxRepository makes to outbox rows through Prisma. */
export type OutboxRowUpdate =
  | { where: { id: { in: string[] } }; data: { sentAt: Date; claimedBy: null; claimedUntil: null } }
  | { where: { id: string }; data: { attempts: { increment: number }; lastError: string } };

/**
 * The part of a service's PrismaClient that OutboxRepository uses. Every service schema maps an
 * `OutboxEvent` model with the same columns to its `outbox` table, so each generated client matches.
 */
export interface OutboxClient {
  $queryRaw<T = unknown>(query: TemplateStringsArray, ...values: unknown[]): PromiseLike<T>;
  outboxEvent: {
    updateMany(args: OutboxRowUpdate): PromiseLike<unknown>;
  };
}

interface PendingRow {
  id: string;
  subject: string;
  payload: unknown;
  correlationId: string | null;
  sequence: bigint | number | string;
}

/** Outbox table of one service, read by the outbox relay. */
export class OutboxRepository implements OutboxStore {
  private readonly claimSeconds: number;
  private readonly instanceId: string;

  constructor(
    private readonly prisma: OutboxClient,
    options: OutboxRepositoryOptions = {},
  ) {
    this.claimSeconds = options.claimSeconds ?? 60;
    this.instanceId = options.instanceId ?? randomUUID();
  }

  /**
   * Reserves and returns up to `limit` unsent events in insertion order: unclaimed ones, ones whose
   * claim expired, and ones this instance fetched before but has not marked sent.
   *
   * FOR UPDATE SKIP LOCKED lets relay instances on one PostgreSQL database reserve disjoint
   * batches at the same moment, and the stored claim keeps an event reserved after this statement
   * commits, so two instances do not send it twice. PGlite has one connection, where the same SQL
   * runs without contention.
   */
  async fetchPending(limit: number): Promise<OutboxMessage[]> {
    if (!Number.isInteger(limit) || limit < 1) {
      return [];
    }
    const rows = await this.prisma.$queryRaw<PendingRow[]>`
      UPDATE outbox AS o
      SET "claimedBy" = ${this.instanceId}, "claimedUntil" = now() + make_interval(secs => ${this.claimSeconds})
      FROM (
        SELECT id FROM outbox
        WHERE "sentAt" IS NULL
          AND ("claimedUntil" IS NULL OR "claimedUntil" < now() OR "claimedBy" = ${this.instanceId})
        ORDER BY sequence
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED
      ) AS picked
      WHERE o.id = picked.id
      RETURNING o.id::text AS id, o.subject, o.payload, o."correlationId", o.sequence`;

    // RETURNING does not keep the subquery's order.
    return rows
      .sort((a, b) => compareBigInt(BigInt(a.sequence), BigInt(b.sequence)))
      .map((row) => ({ id: row.id, subject: row.subject, payload: row.payload, correlationId: row.correlationId }));
  }

  /** Counts the events not yet published, claimed ones included: the outbox backlog that health checks report. */
  async countPending(): Promise<number> {
    const rows = await this.prisma.$queryRaw<{ pending: bigint | number }[]>`SELECT count(*) AS pending FROM outbox WHERE "sentAt" IS NULL`;

    return Number(rows[0]?.pending ?? 0);
  }

  async markSent(ids: string[]): Promise<void> {
    if (ids.length === 0) {
      return;
    }
    await this.prisma.outboxEvent.updateMany({
      where: { id: { in: ids } },
      data: { sentAt: new Date(), claimedBy: null, claimedUntil: null },
    });
  }

  /**
   * Counts a failed publish and keeps its error message. The event stays reserved for this
   * instance, which retries it first on its next fetch, so events keep their order.
   */
  async markFailed(id: string, error: string): Promise<void> {
    await this.prisma.outboxEvent.updateMany({
      where: { id },
      data: { attempts: { increment: 1 }, lastError: error.slice(0, maxErrorLength) },
    });
  }
}

function compareBigInt(a: bigint, b: bigint): number {
  if (a === b) {
    return 0;
  }

  return a < b ? -1 : 1;
}
