import { toSkipTake, type Page, type PageRequest } from '@bma-kpi/database';

import type { ApiClient, PrismaClient } from '../../generated/prisma/client';

/** An API client as the gateway shows it; the key hash never leaves the repository. */
export interface ApiClientRecord {
  id: string;
  name: string;
  keyPrefix: string;
  scopes: string[];
  agencyCode: string | null;
  createdBy: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  revokedBy: string | null;
  lastUsedAt: string | null;
}

/** A new client with the hash of its key; the caller makes the key and shows it once. */
export interface ApiClientInput {
  name: string;
  keyPrefix: string;
  keyHash: string;
  scopes: string[];
  agencyCode: string | null;
  expiresAt: Date | null;
  createdBy: string;
}

/** How often at most lastUsedAt is written for one client, so busy clients do not write on every request. */
const lastUsedResolutionMs = 60_000;

function toRecord(row: ApiClient): ApiClientRecord {
  return {
    id: row.id,
    name: row.name,
    keyPrefix: row.keyPrefix,
    scopes: row.scopes,
    agencyCode: row.agencyCode,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    revokedBy: row.revokedBy,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  };
}

/** API clients of the gateway and the hashes of their keys. */
export class ApiClientRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async create(input: ApiClientInput): Promise<ApiClientRecord> {
    return toRecord(await this.prisma.apiClient.create({ data: input }));
  }

  /** Finds the client whose key has this hash, unless it is revoked or expired at `now`. */
  async findUsable(keyHash: string, now: Date): Promise<ApiClientRecord | null> {
    const row = await this.prisma.apiClient.findFirst({
      where: { keyHash, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
    });

    return row === null ? null : toRecord(row);
  }

  async get(id: string): Promise<ApiClientRecord | null> {
    const row = await this.prisma.apiClient.findUnique({ where: { id } });

    return row === null ? null : toRecord(row);
  }

  /** Lists clients newest first, revoked ones only when asked. */
  async list(includeRevoked: boolean, page: PageRequest): Promise<Page<ApiClientRecord>> {
    const where = includeRevoked ? {} : { revokedAt: null };
    const { skip, take } = toSkipTake(page);
    const [rows, total] = await Promise.all([
      this.prisma.apiClient.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], skip, take }),
      this.prisma.apiClient.count({ where }),
    ]);

    return { items: rows.map(toRecord), total };
  }

  /** Revokes a client; revoking it again keeps the first revocation. Null when there is no such client. */
  async revoke(id: string, by: string, now: Date): Promise<ApiClientRecord | null> {
    await this.prisma.apiClient.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now, revokedBy: by } });

    return this.get(id);
  }

  /** Records that the client was used, writing lastUsedAt at most once per lastUsedResolutionMs (one minute). */
  async touch(id: string, now: Date): Promise<void> {
    const before = new Date(now.getTime() - lastUsedResolutionMs);

    await this.prisma.apiClient.updateMany({
      where: { id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: before } }] },
      data: { lastUsedAt: now },
    });
  }
}
