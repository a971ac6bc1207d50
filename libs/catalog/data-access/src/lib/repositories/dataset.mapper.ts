import { dateToIso } from '@bma-kpi/database';
import type { Prisma } from '../../generated/prisma/client';
import type { DatasetDetail, DatasetRecord, ResourceRecord } from './dataset.types';
import type { DictionaryFieldRecord } from './dictionary.types';

/** Relations that DatasetDetail contains, in their stored order. */
export const datasetDetailInclude = {
  resources: { orderBy: { position: 'asc' } },
  fields: { orderBy: [{ resourceId: { sort: 'asc', nulls: 'first' } }, { position: 'asc' }] },
} as const satisfies Prisma.DatasetInclude;

/**
 * Columns that only search and sorting read. Reads for callers leave them out, because the
 * trigram arrays alone are larger than most metadata.
 */
export const searchColumnsOmit = { searchText: true, searchTrigrams: true, sortKey: true, searchVersion: true } as const satisfies Prisma.DatasetOmit;

type DatasetRow = Prisma.DatasetGetPayload<{ omit: typeof searchColumnsOmit }>;

type DatasetDetailRow = Prisma.DatasetGetPayload<{ include: typeof datasetDetailInclude; omit: typeof searchColumnsOmit }>;

type ResourceRow = Prisma.ResourceGetPayload<object>;

type DictionaryFieldRow = Prisma.DictionaryFieldGetPayload<object>;

export function toDatasetRecord(row: DatasetRow): DatasetRecord {
  return {
    id: row.id,
    slug: row.slug,
    agencyCode: row.agencyCode,
    titleTh: row.titleTh,
    titleEn: row.titleEn,
    datasetType: row.datasetType,
    dataCategory: row.dataCategory,
    classification: row.classification,
    metadata: toObject(row.metadata),
    lastUpdatedDate: dateToIso(row.lastUpdatedDate),
    updateFrequencyUnit: row.updateFrequencyUnit,
    updateFrequencyInterval: row.updateFrequencyInterval,
    version: row.version,
    createdBy: row.createdBy,
    updatedBy: row.updatedBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toDatasetDetail(row: DatasetDetailRow): DatasetDetail {
  return {
    ...toDatasetRecord(row),
    resources: row.resources.map(toResourceRecord),
    fields: row.fields.map(toDictionaryFieldRecord),
  };
}

export function toResourceRecord(row: ResourceRow): ResourceRecord {
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    objectSha256: row.objectSha256,
    format: row.format,
    // Number is exact up to 2^53 bytes (8 PiB), far beyond any catalog file.
    sizeBytes: row.sizeBytes === null ? null : Number(row.sizeBytes),
    mediaType: row.mediaType,
    metadata: toObject(row.metadata),
    position: row.position,
  };
}

export function toDictionaryFieldRecord(row: DictionaryFieldRow): DictionaryFieldRecord {
  return {
    id: row.id,
    datasetId: row.datasetId,
    resourceId: row.resourceId,
    position: row.position,
    name: row.name,
    labelTh: row.labelTh,
    labelEn: row.labelEn,
    description: row.description,
    dataType: row.dataType,
    size: row.size,
    precision: row.precision,
    unit: row.unit,
    required: row.required,
    primaryKey: row.primaryKey,
    allowedValues: Array.isArray(row.allowedValues) ? row.allowedValues : [],
    minValue: row.minValue,
    maxValue: row.maxValue,
    example: row.example,
    personalData: row.personalData,
    personalDataLegalBasis: row.personalDataLegalBasis,
  };
}

function toObject(value: Prisma.JsonValue): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? { ...value } : {};
}
