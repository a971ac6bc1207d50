import { randomUUID } from 'node:crypto';

import {
  diffFields,
  insertOutboxEvents,
  RecordNotFoundError,
  resolveEvents,
  toJson,
  VersionConflictError,
  writeChangeLog,
  writeTransactionOptions,
  type AuditContext,
  type EventsSource,
} from '@bma-kpi/database';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import { datasetDetailInclude, searchColumnsOmit, toDatasetDetail } from './dataset.mapper';
import type { DatasetDetail, ResourceInput } from './dataset.types';
import { toResourceData } from './dataset.writes';

/** Fields of a resource that an update may change; the file of an uploaded resource stays. */
export interface ResourcePatch {
  name?: string;
  url?: string | null;
  format?: string;
  metadata?: Record<string, unknown>;
}

/** The dataset after a resource change, and the id of the resource that changed. */
export interface ResourceChangeResult {
  dataset: DatasetDetail;
  resourceId: string;
}

/**
 * Adds, changes and removes the resources (distributions) of a stored dataset. Each change
 * increments the dataset's version, so an `expectedVersion` guards resources like metadata, and
 * records a ChangeLog row and its outbox events in the same transaction.
 */
export class ResourceRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** Appends a resource after the dataset's last one. */
  async add(
    datasetId: string,
    input: ResourceInput & { id?: string },
    expectedVersion: number | undefined,
    audit: AuditContext,
    events: EventsSource<ResourceChangeResult>,
  ): Promise<ResourceChangeResult> {
    return this.write(datasetId, expectedVersion, audit, events, async (tx) => {
      const id = input.id ?? randomUUID();
      const position = await tx.resource.count({ where: { datasetId } });

      await tx.resource.create({ data: { ...toResourceData(input, position), id, datasetId } });
      await writeChangeLog(tx, { entity: 'Resource', entityId: id, action: 'create', ...audit, changes: createdFields(input) });

      return id;
    });
  }

  /** Changes the name, URL, format or thai_gdc fields of one resource of the dataset. */
  async update(
    datasetId: string,
    resourceId: string,
    patch: ResourcePatch,
    expectedVersion: number | undefined,
    audit: AuditContext,
    events: EventsSource<ResourceChangeResult>,
  ): Promise<ResourceChangeResult> {
    return this.write(datasetId, expectedVersion, audit, events, async (tx) => {
      const current = await mustFindResource(tx, datasetId, resourceId);
      const { metadata, ...columns } = patch;
      const data: Prisma.ResourceUpdateInput = { ...columns, ...(metadata === undefined ? {} : { metadata: toJson(metadata) }) };
      const changes = diffFields(current, { ...patch });

      await tx.resource.update({ where: { id: resourceId }, data });
      await writeChangeLog(tx, { entity: 'Resource', entityId: resourceId, action: 'update', ...audit, changes });

      return resourceId;
    });
  }

  /** Removes one resource of the dataset and closes the gap in the positions of the others. */
  async remove(
    datasetId: string,
    resourceId: string,
    expectedVersion: number | undefined,
    audit: AuditContext,
    events: EventsSource<ResourceChangeResult>,
  ): Promise<ResourceChangeResult> {
    return this.write(datasetId, expectedVersion, audit, events, async (tx) => {
      const current = await mustFindResource(tx, datasetId, resourceId);

      await tx.resource.delete({ where: { id: resourceId } });
      await tx.resource.updateMany({ where: { datasetId, position: { gt: current.position } }, data: { position: { decrement: 1 } } });
      await writeChangeLog(tx, {
        entity: 'Resource',
        entityId: resourceId,
        action: 'delete',
        ...audit,
        changes: { name: { from: current.name, to: null } },
      });

      return resourceId;
    });
  }

  // Increments the dataset's version first, which also locks its row until the transaction ends,
  // so two resource writes to one dataset never pick the same position.
  private async write(
    datasetId: string,
    expectedVersion: number | undefined,
    audit: AuditContext,
    events: EventsSource<ResourceChangeResult>,
    work: (tx: Prisma.TransactionClient) => Promise<string>,
  ): Promise<ResourceChangeResult> {
    return this.prisma.$transaction(async (tx) => {
      const bumped = await tx.dataset.updateMany({
        where: { id: datasetId, ...(expectedVersion === undefined ? {} : { version: expectedVersion }) },
        data: { version: { increment: 1 }, updatedBy: audit.actor },
      });

      if (bumped.count === 0) {
        const stored = await tx.dataset.findUnique({ where: { id: datasetId }, select: { version: true } });

        throw stored === null
          ? new RecordNotFoundError('Dataset', datasetId)
          : new VersionConflictError('Dataset', datasetId, expectedVersion ?? stored.version, stored.version);
      }
      const resourceId = await work(tx);
      const row = await tx.dataset.findUniqueOrThrow({ where: { id: datasetId }, include: datasetDetailInclude, omit: searchColumnsOmit });
      const result = { dataset: toDatasetDetail(row), resourceId };

      await insertOutboxEvents(tx, resolveEvents(events, result));

      return result;
    }, writeTransactionOptions);
  }
}

async function mustFindResource(tx: Prisma.TransactionClient, datasetId: string, resourceId: string) {
  const resource = await tx.resource.findFirst({ where: { id: resourceId, datasetId } });

  if (resource === null) {
    throw new RecordNotFoundError('Resource', resourceId);
  }

  return resource;
}

function createdFields(input: ResourceInput): Record<string, { from: unknown; to: unknown }> {
  const { name, url, objectSha256, format, mediaType } = input;

  return Object.fromEntries(
    Object.entries({ name, url, objectSha256, format, mediaType })
      .filter(([, value]) => value !== undefined && value !== null)
      .map(([key, value]) => [key, { from: null, to: value }]),
  );
}
