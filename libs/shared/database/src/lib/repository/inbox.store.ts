import { InvalidInputError } from './repository-errors';

/** Outcome of InboxStore.handleOnce: the work's result, or a skip because the event id was known. */
export type InboxOutcome<T> = { handled: true; result: T } | { handled: false };

/**
 * The part of a service's transaction client that InboxStore writes with. Every service that
 * consumes events maps an `InboxEvent` model with the same columns, so each generated client matches.
 */
export interface InboxTransaction {
  inboxEvent: {
    createMany(args: { data: { eventId: string; subject: string }[]; skipDuplicates: boolean }): PromiseLike<{ count: number }>;
  };
}

/** The part of a service's client that InboxStore reads with. */
export interface InboxReader {
  inboxEvent: {
    findUnique(args: { where: { eventId: string }; select: { eventId: true } }): PromiseLike<{ eventId: string } | null>;
  };
}

/** Runs work in one write transaction of the service's database. */
export type Transact<TX> = <T>(work: (tx: TX) => Promise<T>) => Promise<T>;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

/**
 * Records the ids of events from other services that a service has handled, so that a JetStream
 * redelivery of an event has no second effect.
 */
export class InboxStore<TX extends InboxTransaction> {
  constructor(
    private readonly transact: Transact<TX>,
    private readonly reader: InboxReader,
  ) {}

  /**
   * Runs `work` and records `eventId` in one transaction. When the id is already recorded, it
   * skips the work. `work` must write through the transaction client it receives, so that its
   * changes commit or roll back with the inbox row. When `work` throws, nothing is recorded and a
   * redelivery runs it again.
   *
   * On PostgreSQL, a second transaction that inserts the same id waits until the first one ends,
   * then skips the work when the first committed and runs it when the first rolled back.
   */
  async handleOnce<T>(eventId: string, subject: string, work: (tx: TX) => Promise<T>): Promise<InboxOutcome<T>> {
    checkEventId(eventId);
    if (subject.trim() === '') {
      throw new InvalidInputError('subject', 'empty; expected the subject of the event.');
    }

    return this.transact(async (tx): Promise<InboxOutcome<T>> => {
      const inserted = await tx.inboxEvent.createMany({ data: [{ eventId, subject }], skipDuplicates: true });

      if (inserted.count === 0) {
        return { handled: false };
      }

      return { handled: true, result: await work(tx) };
    });
  }

  /** True when an event with this id has been handled. */
  async isHandled(eventId: string): Promise<boolean> {
    checkEventId(eventId);
    const row = await this.reader.inboxEvent.findUnique({ where: { eventId }, select: { eventId: true } });

    return row !== null;
  }
}

function checkEventId(eventId: string): void {
  if (!uuidPattern.test(eventId)) {
    throw new InvalidInputError('eventId', `${eventId}; expected a UUID.`);
  }
}
