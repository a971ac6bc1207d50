import { isUniqueViolation, writeChangeLog, type AuditContext } from '@bma-kpi/database';

import type { Subscription } from '../../generated/prisma/client';
import type { NotificationClient } from '../notification-client';
import { runInTransaction } from '../notification-client';

/** A subscription to store; `*` in agencyCode or kind stands for every agency or kind. */
export interface SubscriptionInput {
  recipientId: string;
  agencyCode: string;
  kind: string;
  channel: 'email' | 'inbox';
}

/** A stored subscription; createdAt is ISO 8601 in UTC. */
export interface SubscriptionRecord extends SubscriptionInput {
  id: string;
  createdAt: string;
}

/** Outcome of SubscriptionRepository.create: the new row, or the one that already had the same key. */
export type SubscriptionCreation = { created: true; subscription: SubscriptionRecord } | { created: false; existing: SubscriptionRecord };

function toRecord(row: Subscription): SubscriptionRecord {
  return {
    id: row.id,
    recipientId: row.recipientId,
    agencyCode: row.agencyCode,
    kind: row.kind,
    channel: row.channel === 'email' ? 'email' : 'inbox',
    createdAt: row.createdAt.toISOString(),
  };
}

/** Stores subscriptions, unique per recipient, agency, kind and channel. */
export class SubscriptionRepository {
  constructor(private readonly prisma: NotificationClient) {}

  /** Lists a recipient's subscriptions, oldest first. */
  async list(recipientId: string): Promise<SubscriptionRecord[]> {
    const rows = await this.prisma.subscription.findMany({ where: { recipientId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });

    return rows.map(toRecord);
  }

  /** Stores a subscription unless the recipient has one with the same key, which is then returned. */
  async create(input: SubscriptionInput, audit: AuditContext): Promise<SubscriptionCreation> {
    try {
      const subscription = await runInTransaction(this.prisma, async (tx) => {
        const row = await tx.subscription.create({ data: { ...input, createdBy: audit.actor } });

        await writeChangeLog(tx, { entity: 'Subscription', entityId: row.id, action: 'create', ...audit, changes: changesOf(input) });

        return toRecord(row);
      });

      return { created: true, subscription };
    } catch (error) {
      // The unique key decides, so two concurrent requests cannot both create the row.
      if (!isUniqueViolation(error)) {
        throw error;
      }
      const existing = await this.prisma.subscription.findUniqueOrThrow({
        where: { recipientId_agencyCode_kind_channel: input },
      });

      return { created: false, existing: toRecord(existing) };
    }
  }

  /** Removes a recipient's subscription; returns false when the recipient has none with this id. */
  async delete(recipientId: string, id: string, audit: AuditContext): Promise<boolean> {
    return runInTransaction(this.prisma, async (tx) => {
      const row = await tx.subscription.findFirst({ where: { id, recipientId } });

      if (row === null) {
        return false;
      }
      await tx.subscription.delete({ where: { id } });
      await writeChangeLog(tx, { entity: 'Subscription', entityId: id, action: 'delete', ...audit, changes: swapped(changesOf(toRecord(row))) });

      return true;
    });
  }
}

function changesOf(input: SubscriptionInput): Record<string, { from: unknown; to: unknown }> {
  return Object.fromEntries(
    (['recipientId', 'agencyCode', 'kind', 'channel'] as const).map((field) => [field, { from: null, to: input[field] }]),
  );
}

/** Turns the changes of a create into those of a delete: every value goes from itself to null. */
function swapped(changes: Record<string, { from: unknown; to: unknown }>): Record<string, { from: unknown; to: unknown }> {
  return Object.fromEntries(Object.entries(changes).map(([field, change]) => [field, { from: change.to, to: null }]));
}
