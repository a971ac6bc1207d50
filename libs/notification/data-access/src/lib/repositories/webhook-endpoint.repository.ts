import { diffFields, toSkipTake, VersionConflictError, writeChangeLog, type AuditContext, type Page, type PageRequest } from '@bma-kpi/database';

import type { Prisma, WebhookEndpoint } from '../../generated/prisma/client';
import type { NotificationClient } from '../notification-client';
import { runInTransaction } from '../notification-client';

/** Fields of a webhook endpoint that its owner changes; undefined keeps the stored value. */
export interface WebhookEndpointChanges {
  url?: string;
  kinds?: string[];
  agencyCodes?: string[];
  description?: string | null;
  active?: boolean;
}

/** A webhook endpoint to store, with its secret already sealed for storage. */
export interface WebhookEndpointInput extends WebhookEndpointChanges {
  recipientId: string;
  url: string;
  sealedSecret: string;
}

/** A stored webhook endpoint without its secrets; instants are ISO 8601 in UTC. */
export interface WebhookEndpointRecord {
  id: string;
  recipientId: string;
  url: string;
  description: string | null;
  kinds: string[];
  agencyCodes: string[];
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  secretRotatedAt: string | null;
  previousSecretUntil: string | null;
}

/** The sealed signing secrets of an endpoint, as stored. */
export interface WebhookEndpointSecrets {
  secret: string;
  previousSecret: string | null;
  previousSecretUntil: Date | null;
}

function toRecord(row: WebhookEndpoint): WebhookEndpointRecord {
  return {
    id: row.id,
    recipientId: row.recipientId,
    url: row.url,
    description: row.description,
    kinds: row.kinds,
    agencyCodes: row.agencyCodes,
    active: row.active,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    secretRotatedAt: row.secretRotatedAt?.toISOString() ?? null,
    previousSecretUntil: row.previousSecretUntil?.toISOString() ?? null,
  };
}

/**
 * Stores webhook endpoints and their sealed signing secrets. Records never carry a secret, and the
 * change log records that a secret changed, never its value.
 */
export class WebhookEndpointRepository {
  constructor(private readonly prisma: NotificationClient) {}

  async get(id: string): Promise<WebhookEndpointRecord | null> {
    const row = await this.prisma.webhookEndpoint.findUnique({ where: { id } });

    return row === null ? null : toRecord(row);
  }

  /** Returns the sealed secrets of an endpoint, or null when there is no such endpoint. */
  async secrets(id: string): Promise<WebhookEndpointSecrets | null> {
    return this.prisma.webhookEndpoint.findUnique({ where: { id }, select: { secret: true, previousSecret: true, previousSecretUntil: true } });
  }

  /** Lists endpoints, of one recipient when given, oldest first. */
  async list(recipientId: string | undefined, page: PageRequest): Promise<Page<WebhookEndpointRecord>> {
    const where: Prisma.WebhookEndpointWhereInput = recipientId === undefined ? {} : { recipientId };
    const { skip, take } = toSkipTake(page);
    const [rows, total] = await Promise.all([
      this.prisma.webhookEndpoint.findMany({ where, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], skip, take }),
      this.prisma.webhookEndpoint.count({ where }),
    ]);

    return { items: rows.map(toRecord), total };
  }

  async create(input: WebhookEndpointInput, audit: AuditContext): Promise<WebhookEndpointRecord> {
    return runInTransaction(this.prisma, async (tx) => {
      const row = await tx.webhookEndpoint.create({
        data: {
          recipientId: input.recipientId,
          url: input.url,
          description: input.description ?? null,
          kinds: input.kinds ?? [],
          agencyCodes: input.agencyCodes ?? [],
          active: input.active ?? true,
          secret: input.sealedSecret,
          createdBy: audit.actor,
        },
      });
      const record = toRecord(row);
      const { recipientId, url, description, kinds, agencyCodes, active } = record;

      await writeChangeLog(tx, { entity: 'WebhookEndpoint', entityId: row.id, action: 'create', ...audit, changes: diffFields({}, { recipientId, url, description, kinds, agencyCodes, active }) });

      return record;
    });
  }

  /**
   * Changes the fields that `changes` sets. Returns null when there is no such endpoint, and throws
   * a VersionConflictError when `expectedVersion` is given and differs from the stored version.
   */
  async update(id: string, changes: WebhookEndpointChanges, expectedVersion: number | undefined, audit: AuditContext): Promise<WebhookEndpointRecord | null> {
    return runInTransaction(this.prisma, async (tx) => {
      const current = await tx.webhookEndpoint.findUnique({ where: { id } });

      if (current === null) {
        return null;
      }
      if (expectedVersion !== undefined && expectedVersion !== current.version) {
        throw new VersionConflictError('WebhookEndpoint', id, expectedVersion, current.version);
      }
      const diff = diffFields(toRecord(current) as unknown as Record<string, unknown>, { ...changes });

      if (Object.keys(diff).length === 0) {
        return toRecord(current);
      }

      return this.write(tx, current, changes, diff, audit);
    });
  }

  /**
   * Makes `sealedSecret` the current secret and keeps the current one as the previous secret until
   * `previousUntil`. Returns null when there is no such endpoint.
   */
  async rotateSecret(id: string, sealedSecret: string, previousUntil: Date, audit: AuditContext, at = new Date()): Promise<WebhookEndpointRecord | null> {
    return runInTransaction(this.prisma, async (tx) => {
      const current = await tx.webhookEndpoint.findUnique({ where: { id } });

      if (current === null) {
        return null;
      }
      const data = { secret: sealedSecret, previousSecret: current.secret, previousSecretUntil: previousUntil, secretRotatedAt: at };
      const diff = {
        secretRotatedAt: { from: current.secretRotatedAt?.toISOString() ?? null, to: at.toISOString() },
        previousSecretUntil: { from: current.previousSecretUntil?.toISOString() ?? null, to: previousUntil.toISOString() },
      };

      return this.write(tx, current, data, diff, audit);
    });
  }

  /** Removes an endpoint; returns false when there is no such endpoint. */
  async delete(id: string, audit: AuditContext): Promise<boolean> {
    return runInTransaction(this.prisma, async (tx) => {
      const current = await tx.webhookEndpoint.findUnique({ where: { id } });

      if (current === null) {
        return false;
      }
      await tx.webhookEndpoint.delete({ where: { id } });
      await writeChangeLog(tx, { entity: 'WebhookEndpoint', entityId: id, action: 'delete', ...audit, changes: { url: { from: current.url, to: null } } });

      return true;
    });
  }

  // The version in the filter makes a concurrent change of the same row fail here, not vanish.
  private async write(
    tx: Prisma.TransactionClient,
    current: WebhookEndpoint,
    data: Prisma.WebhookEndpointUpdateManyMutationInput,
    diff: Record<string, { from: unknown; to: unknown }>,
    audit: AuditContext,
  ): Promise<WebhookEndpointRecord> {
    const updated = await tx.webhookEndpoint.updateMany({ where: { id: current.id, version: current.version }, data: { ...data, version: { increment: 1 } } });

    if (updated.count === 0) {
      const latest = await tx.webhookEndpoint.findUniqueOrThrow({ where: { id: current.id } });

      throw new VersionConflictError('WebhookEndpoint', current.id, current.version, latest.version);
    }
    await writeChangeLog(tx, { entity: 'WebhookEndpoint', entityId: current.id, action: 'update', ...audit, changes: diff });

    return toRecord(await tx.webhookEndpoint.findUniqueOrThrow({ where: { id: current.id } }));
  }
}
