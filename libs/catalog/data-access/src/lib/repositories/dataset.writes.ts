import { randomUUID } from 'node:crypto';
import {
  diffFields,
  InvalidInputError,
  isoToDate,
  RecordNotFoundError,
  toJson,
  VersionConflictError,
  writeChangeLog,
  type AuditContext,
} from '@bma-kpi/database';
import type { Prisma } from '../../generated/prisma/client';
import { searchColumnsOf } from '../search-text';
import type {
  CreateDatasetInput,
  DatasetFields,
  DatasetPatch,
  ResourceInput,
} from './dataset.types';

/** CKAN's rule for a package `name`: 2–100 characters of lower-case ASCII letters, digits, `-` and `_`. */
const slugPattern = /^[a-z0-9_-]{2,100}$/;
const sha256Pattern = /^[0-9a-f]{64}$/;

/** Inserts a dataset with its resources and a ChangeLog row; returns its id. */
export async function insertDataset(
  tx: Prisma.TransactionClient,
  input: CreateDatasetInput,
  audit: AuditContext,
): Promise<string> {
  const id = input.id ?? randomUUID();
  const resources = (input.resources ?? []).map(toResourceData);

  await tx.dataset.create({
    data: {
      ...toWriteData(input),
      id,
      slug: input.slug,
      agencyCode: input.agencyCode,
      titleTh: input.titleTh,
      datasetType: input.datasetType,
      dataCategory: input.dataCategory,
      classification: input.classification,
      metadata: toJson(input.metadata),
      ...searchColumnsOf(input),
      createdBy: audit.actor,
      updatedBy: audit.actor,
    },
  });
  if (resources.length > 0) {
    await tx.resource.createMany({
      data: resources.map((resource) => ({ ...resource, datasetId: id })),
    });
  }
  await writeChangeLog(tx, {
    entity: 'Dataset',
    entityId: id,
    action: 'create',
    ...audit,
    // The input's resources, because JSON cannot hold the BigInt sizes of the rows.
    changes: diffFields(
      {},
      { ...toWriteData(input), ...(resources.length > 0 ? { resources: input.resources } : {}) },
    ),
  });

  return id;
}

/**
 * Applies a patch to a dataset, increments its version and logs the changed columns; returns their
 * names. A patch that changes nothing writes nothing and returns an empty list. Throws
 * RecordNotFoundError, or VersionConflictError when `expectedVersion` is not the stored version or
 * another transaction updated the row first.
 */
export async function patchDataset(
  tx: Prisma.TransactionClient,
  id: string,
  patch: DatasetPatch,
  expectedVersion: number | undefined,
  audit: AuditContext,
): Promise<string[]> {
  const current = await tx.dataset.findUnique({ where: { id } });

  if (current === null) {
    throw new RecordNotFoundError('Dataset', id);
  }
  if (expectedVersion !== undefined && current.version !== expectedVersion) {
    throw new VersionConflictError('Dataset', id, expectedVersion, current.version);
  }
  const data = toWriteData(patch);
  const changes = diffFields(current, data);

  if (Object.keys(changes).length === 0) {
    return [];
  }
  const merged = { ...current, metadata: current.metadata as Record<string, unknown>, ...patch };

  await updateVersioned(tx, id, current.version, expectedVersion, {
    ...data,
    ...searchColumnsOf(merged),
    updatedBy: audit.actor,
  });
  await writeChangeLog(tx, {
    entity: 'Dataset',
    entityId: id,
    action: 'update',
    ...audit,
    changes,
  });

  return Object.keys(changes);
}

/**
 * Updates the dataset row only while it is still at `storedVersion` and increments the version.
 * The version in the WHERE clause makes a concurrent update of the same row, which PostgreSQL
 * re-checks after waiting for its lock, match nothing instead of overwriting.
 */
async function updateVersioned(
  tx: Prisma.TransactionClient,
  id: string,
  storedVersion: number,
  expectedVersion: number | undefined,
  data: Prisma.DatasetUncheckedUpdateManyInput,
): Promise<void> {
  const updated = await tx.dataset.updateMany({
    where: { id, version: storedVersion },
    data: { ...data, version: { increment: 1 } },
  });

  if (updated.count === 0) {
    const now = await tx.dataset.findUnique({ where: { id }, select: { version: true } });

    throw new VersionConflictError(
      'Dataset',
      id,
      expectedVersion ?? storedVersion,
      now?.version ?? -1,
    );
  }
}

// Column values as Prisma writes them; undefined leaves a column unchanged.
function toWriteData(fields: Partial<DatasetFields>) {
  checkFields(fields);

  return {
    slug: fields.slug,
    agencyCode: fields.agencyCode,
    titleTh: fields.titleTh,
    titleEn: fields.titleEn,
    datasetType: fields.datasetType,
    dataCategory: fields.dataCategory,
    classification: fields.classification,
    metadata: fields.metadata === undefined ? undefined : toJson(fields.metadata),
    lastUpdatedDate:
      fields.lastUpdatedDate === undefined
        ? undefined
        : isoToDate('lastUpdatedDate', fields.lastUpdatedDate),
    updateFrequencyUnit: fields.updateFrequencyUnit,
    updateFrequencyInterval: fields.updateFrequencyInterval,
  } satisfies Prisma.DatasetUncheckedUpdateManyInput;
}

function checkFields(fields: Partial<DatasetFields>): void {
  if (fields.slug !== undefined && !slugPattern.test(fields.slug)) {
    throw new InvalidInputError(
      'slug',
      `"${fields.slug}"; expected 2–100 lower-case letters, digits, "-" or "_".`,
    );
  }
  for (const name of [
    'agencyCode',
    'titleTh',
    'datasetType',
    'dataCategory',
    'classification',
  ] as const) {
    const value = fields[name];

    if (value?.trim() === '') {
      throw new InvalidInputError(name, 'empty; expected a non-blank value.');
    }
  }
  const interval = fields.updateFrequencyInterval;

  if (
    interval !== undefined &&
    interval !== null &&
    (!Number.isInteger(interval) || interval < 0)
  ) {
    throw new InvalidInputError(
      'updateFrequencyInterval',
      `${interval}; expected a whole number of updates per unit.`,
    );
  }
}

/** Checks a resource input and maps it to the columns of a Resource row at `position`. */
export function toResourceData(resource: ResourceInput, position: number) {
  if (
    resource.objectSha256 !== undefined &&
    resource.objectSha256 !== null &&
    !sha256Pattern.test(resource.objectSha256)
  ) {
    throw new InvalidInputError(
      'objectSha256',
      `"${resource.objectSha256}"; expected 64 lower-case hex digits.`,
    );
  }
  const size = resource.sizeBytes;

  if (size !== undefined && size !== null && (!Number.isSafeInteger(size) || size < 0)) {
    throw new InvalidInputError('sizeBytes', `${size}; expected a whole number of bytes.`);
  }

  return {
    name: resource.name,
    url: resource.url ?? null,
    objectSha256: resource.objectSha256 ?? null,
    format: resource.format,
    sizeBytes: size === undefined || size === null ? null : BigInt(size),
    mediaType: resource.mediaType ?? null,
    metadata: toJson(resource.metadata ?? {}),
    position,
  };
}

