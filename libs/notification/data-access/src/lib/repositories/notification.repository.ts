import { toJson, toSkipTake, type Page, type PageRequest } from '@bma-kpi/database';

import type { Notification } from '../../generated/prisma/client';
import type { NotificationClient } from '../notification-client';

/** A notification to store for one recipient, with the channels to deliver it on. */
export interface NotificationInput {
  recipientId: string;
  kind: string;
  agencyCode: string | null;
  language: 'th' | 'en';
  subject: string;
  text: string;
  variables: Record<string, string | number>;
  /** Id of the event or reminder that caused it. */
  sourceId: string;
  /** False keeps the notification out of the recipient's inbox; true when omitted. */
  inInbox?: boolean;
  /** Deliveries besides the inbox: e-mail addresses or webhook ids per channel. */
  deliveries: DeliveryInput[];
}

/** One delivery to create with a notification. */
export interface DeliveryInput {
  channel: 'email' | 'webhook';
  target: string;
  /** Bangkok date of the daily digest that carries it; sent as soon as possible when omitted. */
  digestOn?: string;
}

/** A stored notification; instants are ISO 8601 in UTC. */
export interface NotificationRecord extends Omit<NotificationInput, 'deliveries' | 'inInbox'> {
  id: string;
  createdAt: string;
  readAt: string | null;
  acknowledgedAt: string | null;
}

/** Maps a stored notification row to its record. */
export function toNotificationRecord(row: Notification): NotificationRecord {
  return {
    id: row.id,
    recipientId: row.recipientId,
    kind: row.kind,
    agencyCode: row.agencyCode,
    language: row.language === 'en' ? 'en' : 'th',
    subject: row.subject,
    text: row.text,
    variables: row.variables as Record<string, string | number>,
    sourceId: row.sourceId,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
    acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
  };
}

/**
 * Stores notifications and their deliveries. A notification is unique per source, recipient and
 * kind, so handling an event or a reminder twice stores it once.
 */
export class NotificationRepository {
  constructor(private readonly prisma: NotificationClient) {}

  /**
   * Stores a notification with a pending delivery per channel, unless the same source, recipient
   * and kind are stored already. Returns the notification and whether this call created it.
   */
  async createOnce(input: NotificationInput): Promise<{ notification: NotificationRecord; created: boolean }> {
    const key = { sourceId: input.sourceId, recipientId: input.recipientId, kind: input.kind };
    const inserted = await this.prisma.notification.createMany({
      data: [{ ...key, agencyCode: input.agencyCode, language: input.language, subject: input.subject, text: input.text, variables: toJson(input.variables), inInbox: input.inInbox ?? true }],
      skipDuplicates: true,
    });
    const row = await this.prisma.notification.findUniqueOrThrow({ where: { sourceId_recipientId_kind: key } });

    if (inserted.count > 0 && input.deliveries.length > 0) {
      await this.prisma.delivery.createMany({
        data: input.deliveries.map(({ channel, target, digestOn }) => ({
          notificationId: row.id,
          channel,
          target,
          ...(digestOn === undefined ? { status: 'pending', nextAttemptAt: new Date() } : { status: 'digest', digestOn: new Date(`${digestOn}T00:00:00Z`) }),
        })),
        skipDuplicates: true,
      });
    }

    return { notification: toNotificationRecord(row), created: inserted.count > 0 };
  }

  /** Lists a recipient's inbox, newest first; `unreadOnly` leaves out what was read. */
  async inbox(recipientId: string, query: PageRequest & { unreadOnly?: boolean }): Promise<Page<NotificationRecord>> {
    const where = { recipientId, inInbox: true, ...(query.unreadOnly === true ? { readAt: null } : {}) };
    const { skip, take } = toSkipTake(query);
    const [rows, total] = await Promise.all([
      this.prisma.notification.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], skip, take }),
      this.prisma.notification.count({ where }),
    ]);

    return { items: rows.map(toNotificationRecord), total };
  }

  /**
   * Marks a recipient's notification read, and acknowledged when asked. Only the first time is
   * kept. Returns null when the notification is not the recipient's.
   */
  async markRead(id: string, recipientId: string, acknowledge: boolean, at = new Date()): Promise<NotificationRecord | null> {
    const owned = await this.prisma.notification.findFirst({ where: { id, recipientId } });

    if (owned === null) {
      return null;
    }
    const row = await this.prisma.notification.update({
      where: { id },
      data: { readAt: owned.readAt ?? at, ...(acknowledge ? { acknowledgedAt: owned.acknowledgedAt ?? at } : {}) },
    });

    return toNotificationRecord(row);
  }
}
