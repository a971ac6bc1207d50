import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import { runInTransaction } from '../evaluation-client';
import { checkText, checkUuid } from '../input-checks';

/** Outcome of InboxRepository.handleOnce: the work's result, or a skip because the event id was known. */
export type InboxOutcome<T> = { handled: true; result: T } | { handled: false };

/**
 * Records the ids of events from other services that this service has handled, so that a
 * JetStream redelivery of an event has no second effect.
 */
export class InboxRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Runs `work` and records `eventId` in one transaction. When the id is already recorded, it
   * skips the work. `work` must write through the transaction client it receives, so that its
   * changes commit or roll back with the inbox row. When `work` throws, nothing is recorded and a
   * redelivery runs it again.
   *
   * On PostgreSQL, a second transaction that inserts the same id waits until the first one ends,
   * then skips the work when the first committed and runs it when the first rolled back.
   */
  async handleOnce<T>(
    eventId: string,
    subject: string,
    work: (tx: Prisma.TransactionClient) => Promise<T>,
  ): Promise<InboxOutcome<T>> {
    checkUuid('eventId', eventId);
    checkText('subject', subject);

    return runInTransaction(this.prisma, async (tx): Promise<InboxOutcome<T>> => {
      const inserted = await tx.inboxEvent.createMany({ data: [{ eventId, subject }], skipDuplicates: true });

      if (inserted.count === 0) {
        return { handled: false };
      }

      return { handled: true, result: await work(tx) };
    });
  }

  /** True when an event with this id has been handled. */
  async isHandled(eventId: string): Promise<boolean> {
    checkUuid('eventId', eventId);
    const row = await this.prisma.inboxEvent.findUnique({ where: { eventId }, select: { eventId: true } });

    return row !== null;
  }
}
