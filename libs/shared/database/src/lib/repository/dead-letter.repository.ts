import type { DeadLetter } from '@bma-kpi/messaging';

/** An event that could not be handled, with its raw payload. */
export interface DeadLetterInput {
  eventId: string | null;
  subject: string;
  payload: string;
  error: string;
  deliveries: number;
  streamSequence: number | null;
}

/** A stored dead letter; instants are ISO 8601 in UTC. */
export interface DeadLetterRecord extends DeadLetterInput {
  id: string;
  createdAt: string;
}

interface DeadLetterRow {
  id: string;
  eventId: string | null;
  subject: string;
  payload: string;
  error: string;
  deliveries: number;
  streamSequence: bigint | null;
  createdAt: Date;
}

/**
 * The part of a service's PrismaClient that DeadLetterRepository uses. Every service that consumes
 * events maps a `DeadLetterEvent` model with the same columns, so each generated client matches.
 */
export interface DeadLetterClient {
  deadLetterEvent: {
    create(args: { data: Omit<DeadLetterRow, 'id' | 'createdAt'> }): PromiseLike<DeadLetterRow>;
    count(): PromiseLike<number>;
  };
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

/** Stores the events that failed every allowed delivery, for operators to inspect. */
export class DeadLetterRepository {
  constructor(private readonly prisma: DeadLetterClient) {}

  async record(input: DeadLetterInput): Promise<DeadLetterRecord> {
    const row = await this.prisma.deadLetterEvent.create({
      data: {
        // A malformed message may carry no id or a broken one; the payload keeps whatever it had.
        eventId: input.eventId !== null && uuidPattern.test(input.eventId) ? input.eventId : null,
        subject: input.subject,
        payload: input.payload,
        error: input.error,
        deliveries: input.deliveries,
        streamSequence: input.streamSequence === null ? null : BigInt(input.streamSequence),
      },
    });

    return { ...row, streamSequence: row.streamSequence === null ? null : Number(row.streamSequence), createdAt: row.createdAt.toISOString() };
  }

  /** Stores a letter as the event consumer hands it over. */
  async recordLetter(letter: DeadLetter): Promise<DeadLetterRecord> {
    return this.record({
      eventId: letter.event?.eventId ?? null,
      subject: letter.subject,
      payload: letter.rawData,
      error: letter.error,
      deliveries: letter.deliveries,
      streamSequence: letter.streamSequence,
    });
  }

  /** Returns the number of dead letters, for health reports. */
  async count(): Promise<number> {
    return this.prisma.deadLetterEvent.count();
  }
}
