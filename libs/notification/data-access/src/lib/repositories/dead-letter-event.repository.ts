import { toSkipTake, type Page, type PageRequest } from '@bma-kpi/database';

import type { DeadLetterEvent, Prisma } from '../../generated/prisma/client';
import type { NotificationClient } from '../notification-client';

/** A stored dead letter with its replay time; instants are ISO 8601 in UTC. */
export interface DeadLetterEventRecord {
  id: string;
  eventId: string | null;
  subject: string;
  payload: string;
  error: string;
  deliveries: number;
  streamSequence: number | null;
  createdAt: string;
  replayedAt: string | null;
}

/** Filters of a dead-letter listing. */
export interface DeadLetterFilter {
  /** True for replayed letters only, false for those still waiting. */
  replayed?: boolean;
  subject?: string;
}

function toRecord(row: DeadLetterEvent): DeadLetterEventRecord {
  return {
    id: row.id,
    eventId: row.eventId,
    subject: row.subject,
    payload: row.payload,
    error: row.error,
    deliveries: row.deliveries,
    streamSequence: row.streamSequence === null ? null : Number(row.streamSequence),
    createdAt: row.createdAt.toISOString(),
    replayedAt: row.replayedAt?.toISOString() ?? null,
  };
}

/**
 * Reads the notification service's dead letters for operators and marks replays. The event consumer
 * writes them through DeadLetterRepository of @bma-kpi/database, which every service shares.
 */
export class DeadLetterEventRepository {
  constructor(private readonly prisma: NotificationClient) {}

  /** Lists dead letters newest first. */
  async list(filter: DeadLetterFilter, page: PageRequest): Promise<Page<DeadLetterEventRecord>> {
    const where: Prisma.DeadLetterEventWhereInput = {
      ...(filter.replayed === undefined ? {} : { replayedAt: filter.replayed ? { not: null } : null }),
      ...(filter.subject === undefined ? {} : { subject: filter.subject }),
    };
    const { skip, take } = toSkipTake(page);
    const [rows, total] = await Promise.all([
      this.prisma.deadLetterEvent.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], skip, take }),
      this.prisma.deadLetterEvent.count({ where }),
    ]);

    return { items: rows.map(toRecord), total };
  }

  async get(id: string): Promise<DeadLetterEventRecord | null> {
    const row = await this.prisma.deadLetterEvent.findUnique({ where: { id } });

    return row === null ? null : toRecord(row);
  }

  /** Records that a replay of the letter succeeded at `at`; returns null when there is no such letter. */
  async markReplayed(id: string, at = new Date()): Promise<DeadLetterEventRecord | null> {
    const updated = await this.prisma.deadLetterEvent.updateMany({ where: { id }, data: { replayedAt: at } });

    return updated.count === 0 ? null : this.get(id);
  }
}
