import { diffFields, toJson, toSkipTake, VersionConflictError, writeChangeLog, type AuditContext, type Page, type PageRequest } from '@bma-kpi/database';

import type { Prisma, Recipient } from '../../generated/prisma/client';
import type { NotificationClient } from '../notification-client';
import { runInTransaction } from '../notification-client';

/** Kinds switched off per channel: `{ "<kind>": { "<channel>": false } }`. */
export type MutedKindsMap = Record<string, Record<string, boolean>>;

/** Delivery preferences; a field left undefined keeps its stored value. */
export interface RecipientPreferencesInput {
  language?: 'th' | 'en';
  dailyDigest?: boolean;
  mutedKinds?: MutedKindsMap;
}

/** A recipient to create or replace; optional fields left undefined keep their stored value. */
export interface RecipientInput extends RecipientPreferencesInput {
  id: string;
  type: 'user' | 'client';
  displayName: string;
  agencyCode?: string | null;
  audiences?: string[];
  email?: string | null;
}

/** A stored recipient; instants are ISO 8601 in UTC. */
export interface RecipientRecord {
  id: string;
  type: 'user' | 'client';
  displayName: string;
  agencyCode: string | null;
  audiences: string[];
  email: string | null;
  language: 'th' | 'en';
  dailyDigest: boolean;
  mutedKinds: MutedKindsMap;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Filters of a recipient listing. */
export interface RecipientFilter {
  agencyCode?: string;
  type?: 'user' | 'client';
  audience?: string;
}

function toRecord(row: Recipient): RecipientRecord {
  return {
    id: row.id,
    type: row.type === 'client' ? 'client' : 'user',
    displayName: row.displayName,
    agencyCode: row.agencyCode,
    audiences: row.audiences,
    email: row.email,
    language: row.language === 'en' ? 'en' : 'th',
    dailyDigest: row.dailyDigest,
    mutedKinds: row.mutedKinds as MutedKindsMap,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Columns an input sets; undefined fields are left out, so Prisma keeps their stored values. */
function columnsOf(input: Partial<RecipientInput>): Prisma.RecipientUpdateInput {
  const columns: Prisma.RecipientUpdateInput = {};

  for (const field of ['type', 'displayName', 'agencyCode', 'audiences', 'email', 'language', 'dailyDigest'] as const) {
    if (input[field] !== undefined) {
      Object.assign(columns, { [field]: input[field] });
    }
  }
  if (input.mutedKinds !== undefined) {
    columns.mutedKinds = toJson(input.mutedKinds);
  }

  return columns;
}

/**
 * Stores recipients and their delivery preferences. Every change raises the version by one and is
 * written to the change log; a caller that sends the version it read gets a VersionConflictError
 * instead of overwriting someone else's change.
 */
export class RecipientRepository {
  constructor(private readonly prisma: NotificationClient) {}

  async get(id: string): Promise<RecipientRecord | null> {
    const row = await this.prisma.recipient.findUnique({ where: { id } });

    return row === null ? null : toRecord(row);
  }

  /** Lists recipients ordered by id. */
  async list(filter: RecipientFilter, page: PageRequest): Promise<Page<RecipientRecord>> {
    const where: Prisma.RecipientWhereInput = {
      ...(filter.agencyCode === undefined ? {} : { agencyCode: filter.agencyCode }),
      ...(filter.type === undefined ? {} : { type: filter.type }),
      ...(filter.audience === undefined ? {} : { audiences: { has: filter.audience } }),
    };
    const { skip, take } = toSkipTake(page);
    const [rows, total] = await Promise.all([
      this.prisma.recipient.findMany({ where, orderBy: { id: 'asc' }, skip, take }),
      this.prisma.recipient.count({ where }),
    ]);

    return { items: rows.map(toRecord), total };
  }

  /**
   * Creates the recipient, or replaces the fields the input sets. Throws a VersionConflictError
   * when `expectedVersion` is given and differs from the stored version (0 for a new recipient).
   */
  async upsert(input: RecipientInput, expectedVersion: number | undefined, audit: AuditContext): Promise<RecipientRecord> {
    return runInTransaction(this.prisma, async (tx) => {
      const current = await tx.recipient.findUnique({ where: { id: input.id } });

      if (current === null) {
        return this.create(tx, input, expectedVersion, audit);
      }

      return this.change(tx, current, input, expectedVersion, audit);
    });
  }

  /** Changes some preferences of a recipient; returns null when there is no such recipient. */
  async updatePreferences(id: string, changes: RecipientPreferencesInput, expectedVersion: number | undefined, audit: AuditContext): Promise<RecipientRecord | null> {
    return runInTransaction(this.prisma, async (tx) => {
      const current = await tx.recipient.findUnique({ where: { id } });

      return current === null ? null : this.change(tx, current, changes, expectedVersion, audit);
    });
  }

  private async create(tx: Prisma.TransactionClient, input: RecipientInput, expectedVersion: number | undefined, audit: AuditContext): Promise<RecipientRecord> {
    if (expectedVersion !== undefined) {
      throw new VersionConflictError('Recipient', input.id, expectedVersion, 0);
    }
    const row = await tx.recipient.create({
      data: {
        id: input.id,
        type: input.type,
        displayName: input.displayName,
        agencyCode: input.agencyCode ?? null,
        audiences: input.audiences ?? [],
        email: input.email ?? null,
        language: input.language ?? 'th',
        dailyDigest: input.dailyDigest ?? false,
        mutedKinds: toJson(input.mutedKinds ?? {}),
        createdBy: audit.actor,
      },
    });
    const record = toRecord(row);

    await writeChangeLog(tx, { entity: 'Recipient', entityId: row.id, action: 'create', ...audit, changes: diffFields({}, { ...record, createdAt: undefined, updatedAt: undefined }) });

    return record;
  }

  private async change(
    tx: Prisma.TransactionClient,
    current: Recipient,
    input: Partial<RecipientInput>,
    expectedVersion: number | undefined,
    audit: AuditContext,
  ): Promise<RecipientRecord> {
    if (expectedVersion !== undefined && expectedVersion !== current.version) {
      throw new VersionConflictError('Recipient', current.id, expectedVersion, current.version);
    }
    const { id: _id, ...fields } = input;
    const changes = diffFields(toRecord(current) as unknown as Record<string, unknown>, fields);

    if (Object.keys(changes).length === 0) {
      return toRecord(current);
    }
    // The version in the filter makes a concurrent change of the same row fail here, not vanish.
    const updated = await tx.recipient.updateMany({
      where: { id: current.id, version: current.version },
      data: { ...(columnsOf(fields) as Prisma.RecipientUpdateManyMutationInput), version: { increment: 1 } },
    });

    if (updated.count === 0) {
      const latest = await tx.recipient.findUniqueOrThrow({ where: { id: current.id } });

      throw new VersionConflictError('Recipient', current.id, current.version, latest.version);
    }
    await writeChangeLog(tx, { entity: 'Recipient', entityId: current.id, action: 'update', ...audit, changes });

    return toRecord(await tx.recipient.findUniqueOrThrow({ where: { id: current.id } }));
  }
}
