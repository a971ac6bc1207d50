import { toSkipTake, type Page, type PageRequest } from '@bma-kpi/database';

import type { AuditEntry, Prisma, PrismaClient } from '../../generated/prisma/client';

/** Outcome of a write: it ran and succeeded, ran and failed, or was denied before it ran. */
export type AuditOutcome = 'succeeded' | 'failed' | 'denied';

/** One audited write as it is stored. */
export interface AuditEntryInput {
  actorKind: 'user' | 'client' | 'anonymous';
  actorId: string;
  roles: string[];
  actorAgency: string | null;
  method: string;
  route: string;
  url: string;
  permission: string;
  targetAgency: string | null;
  status: number;
  outcome: AuditOutcome;
  correlationId: string;
  request: Prisma.InputJsonValue | null;
  durationMs: number;
}

/** A stored audit entry; `at` is ISO 8601 in UTC. */
export interface AuditEntryRecord extends Omit<AuditEntryInput, 'request'> {
  id: string;
  at: string;
  request: unknown;
}

/** Filters of the audit log; instants are inclusive bounds. */
export interface AuditFilter {
  from?: Date;
  to?: Date;
  actorId?: string;
  outcome?: AuditOutcome;
  permission?: string;
  correlationId?: string;
}

function toRecord(row: AuditEntry): AuditEntryRecord {
  return {
    id: row.id.toString(),
    at: row.at.toISOString(),
    actorKind: row.actorKind as AuditEntryInput['actorKind'],
    actorId: row.actorId,
    roles: row.roles,
    actorAgency: row.actorAgency,
    method: row.method,
    route: row.route,
    url: row.url,
    permission: row.permission,
    targetAgency: row.targetAgency,
    status: row.status,
    outcome: row.outcome as AuditOutcome,
    correlationId: row.correlationId,
    request: row.request,
    durationMs: row.durationMs,
  };
}

/** The append-only audit log: entries are added and read, never changed (the database refuses it). */
export class AuditRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async append(entry: AuditEntryInput): Promise<void> {
    const { request, ...rest } = entry;

    await this.prisma.auditEntry.create({ data: { ...rest, ...(request === null ? {} : { request }) } });
  }

  /** Lists entries newest first. */
  async list(filter: AuditFilter, page: PageRequest): Promise<Page<AuditEntryRecord>> {
    const where: Prisma.AuditEntryWhereInput = {
      ...(filter.from || filter.to ? { at: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lte: filter.to } : {}) } } : {}),
      ...(filter.actorId === undefined ? {} : { actorId: filter.actorId }),
      ...(filter.outcome === undefined ? {} : { outcome: filter.outcome }),
      ...(filter.permission === undefined ? {} : { permission: filter.permission }),
      ...(filter.correlationId === undefined ? {} : { correlationId: filter.correlationId }),
    };
    const { skip, take } = toSkipTake(page);
    const [rows, total] = await Promise.all([
      this.prisma.auditEntry.findMany({ where, orderBy: { id: 'desc' }, skip, take }),
      this.prisma.auditEntry.count({ where }),
    ]);

    return { items: rows.map(toRecord), total };
  }
}
