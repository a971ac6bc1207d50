import type { Prisma, PrismaClient } from '../../generated/prisma/client';

/** A write sent with an Idempotency-Key. */
export interface IdempotencyRequest {
  owner: string;
  key: string;
  method: string;
  route: string;
  requestHash: string;
}

/**
 * Decision on a keyed write: run it (`run`), return the first result (`replay`), reject a different
 * request under a used key (`conflict`), or reject it while the first is still running (`running`).
 */
export type IdempotencyStart =
  | { kind: 'run'; id: string }
  | { kind: 'replay'; status: number; response: unknown }
  | { kind: 'conflict' }
  | { kind: 'running' };

/** First results of keyed writes, kept for the retention that the gateway configures. */
export class IdempotencyRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Claims the key for this request or reports how it was used. A claim older than `staleAfterMs`
   * without a result belongs to a gateway that died mid-request, so the caller takes it over.
   */
  async begin(request: IdempotencyRequest, now: Date, staleAfterMs: number): Promise<IdempotencyStart> {
    const inserted = await this.prisma.idempotencyRecord.createMany({ data: [{ ...request, createdAt: now }], skipDuplicates: true });
    const row = await this.prisma.idempotencyRecord.findUnique({ where: { owner_key: { owner: request.owner, key: request.key } } });

    if (row === null) {
      // The key was released between the insert and the read, so it is free again.
      return this.begin(request, now, staleAfterMs);
    }
    if (inserted.count === 1) {
      return { kind: 'run', id: row.id };
    }
    if (row.requestHash !== request.requestHash || row.method !== request.method || row.route !== request.route) {
      return { kind: 'conflict' };
    }
    if (row.status !== null) {
      return { kind: 'replay', status: row.status, response: row.response };
    }

    return this.takeOverIfStale(row.id, row.createdAt, now, staleAfterMs);
  }

  private async takeOverIfStale(id: string, createdAt: Date, now: Date, staleAfterMs: number): Promise<IdempotencyStart> {
    if (now.getTime() - createdAt.getTime() < staleAfterMs) {
      return { kind: 'running' };
    }
    const taken = await this.prisma.idempotencyRecord.updateMany({ where: { id, status: null, createdAt }, data: { createdAt: now } });

    return taken.count === 1 ? { kind: 'run', id } : { kind: 'running' };
  }

  /** Stores the first result, which later replays return. `response` is stored as JSON. */
  async complete(id: string, status: number, response: unknown, now: Date): Promise<void> {
    const json = response === undefined ? null : (JSON.parse(JSON.stringify(response)) as Prisma.InputJsonValue | null);

    await this.prisma.idempotencyRecord.update({
      where: { id },
      data: { status, completedAt: now, ...(json === null ? {} : { response: json }) },
    });
  }

  /** Frees a key whose request could not run (a service was down), so that a retry runs it. */
  async release(id: string): Promise<void> {
    await this.prisma.idempotencyRecord.deleteMany({ where: { id, status: null } });
  }

  /** Deletes keys claimed before `before` and returns how many were deleted. */
  async purgeBefore(before: Date): Promise<number> {
    const removed = await this.prisma.idempotencyRecord.deleteMany({ where: { createdAt: { lt: before } } });

    return removed.count;
  }
}
