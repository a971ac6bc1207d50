import {
  diffFields,
  insertOutboxEvents,
  RecordNotFoundError,
  resolveEvents,
  toJson,
  writeChangeLogs,
  writeTransactionOptions,
  type AuditContext,
  type ChangeEntry,
  type EventsSource,
} from '@bma-kpi/database';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import { InvalidDictionaryError } from '../catalog-errors';
import { toDictionaryFieldRecord } from './dataset.mapper';
import type { DictionaryFieldInput, DictionaryFieldRecord } from './dictionary.types';

/** Result of DictionaryRepository.replaceFields: the stored list and whether anything changed. */
export interface DictionaryReplaceResult {
  fields: DictionaryFieldRecord[];
  changed: boolean;
}

/**
 * Stores data dictionaries (พจนานุกรมข้อมูล): one field list per dataset as a whole and one per
 * resource. A field keeps its id while its machine name stays the same, so links from indicators
 * to the field survive edits of its labels or type.
 */
export class DictionaryRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Replaces the field list of a dataset (`resourceId` null) or of one of its resources in one
   * transaction: fields are matched by name, updated, added or deleted, and each change gets a
   * ChangeLog row. Deleting a field also deletes the indicator links to it. Throws
   * RecordNotFoundError for an unknown dataset and InvalidDictionaryError for a repeated name or a
   * resource of another dataset. A list equal to the stored one writes nothing and inserts no events.
   */
  async replaceFields(
    datasetId: string,
    resourceId: string | null,
    fields: DictionaryFieldInput[],
    actor: string,
    correlationId: string | null,
    events: EventsSource<DictionaryReplaceResult>,
  ): Promise<DictionaryReplaceResult> {
    checkNames(datasetId, fields);

    return this.prisma.$transaction(async (tx) => {
      await lockDataset(tx, datasetId, resourceId);
      const changed = await applyFields(tx, datasetId, resourceId, fields, {
        actor,
        correlationId,
      });
      const result = { fields: await listFields(tx, datasetId, resourceId), changed };

      if (changed) {
        await insertOutboxEvents(tx, resolveEvents(events, result));
      }

      return result;
    }, writeTransactionOptions);
  }

  /** Lists the fields of a dataset (`resourceId` null) or of one of its resources, by position. */
  async list(datasetId: string, resourceId: string | null): Promise<DictionaryFieldRecord[]> {
    return listFields(this.prisma, datasetId, resourceId);
  }
}

async function listFields(
  client: Prisma.TransactionClient | PrismaClient,
  datasetId: string,
  resourceId: string | null,
): Promise<DictionaryFieldRecord[]> {
  const rows = await client.dictionaryField.findMany({
    where: { datasetId, resourceId },
    orderBy: { position: 'asc' },
  });

  return rows.map(toDictionaryFieldRecord);
}

function checkNames(datasetId: string, fields: DictionaryFieldInput[]): void {
  const names = new Set<string>();

  for (const field of fields) {
    if (field.name.trim() === '' || names.has(field.name)) {
      throw new InvalidDictionaryError(
        datasetId,
        `field name "${field.name}" is empty or given twice.`,
      );
    }
    names.add(field.name);
  }
}

/**
 * Locks the dataset row, so that concurrent replacements of one list run one after the other.
 * The unique index cannot do it for dataset-level fields, whose resourceId is NULL.
 */
async function lockDataset(
  tx: Prisma.TransactionClient,
  datasetId: string,
  resourceId: string | null,
): Promise<void> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM "Dataset" WHERE id::text = ${datasetId} FOR UPDATE`;

  if (locked.length === 0) {
    throw new RecordNotFoundError('Dataset', datasetId);
  }
  if (resourceId !== null) {
    const resource = await tx.resource.findFirst({
      where: { id: resourceId, datasetId },
      select: { id: true },
    });

    if (resource === null) {
      throw new InvalidDictionaryError(
        datasetId,
        `resource ${resourceId} does not belong to the dataset.`,
      );
    }
  }
}

// Returns true when any row was written.
async function applyFields(
  tx: Prisma.TransactionClient,
  datasetId: string,
  resourceId: string | null,
  fields: DictionaryFieldInput[],
  audit: AuditContext,
): Promise<boolean> {
  const stored = await tx.dictionaryField.findMany({ where: { datasetId, resourceId } });
  const storedByName = new Map(stored.map((row) => [row.name, row]));
  const requestedNames = new Set(fields.map((field) => field.name));
  const entries: ChangeEntry[] = [];

  for (const row of stored.filter((candidate) => !requestedNames.has(candidate.name))) {
    await tx.dictionaryField.delete({ where: { id: row.id } });
    entries.push(fieldEntry(row.id, 'delete', audit, diffFields(row, { name: null })));
  }
  for (const [position, field] of fields.entries()) {
    const entry = await upsertField(
      tx,
      { datasetId, resourceId },
      toFieldData(field, position),
      storedByName.get(field.name),
      audit,
    );

    if (entry !== null) {
      entries.push(entry);
    }
  }
  await writeChangeLogs(tx, entries);

  return entries.length > 0;
}

// Inserts a new field or updates a changed one; returns its ChangeLog entry, or null when it is unchanged.
async function upsertField(
  tx: Prisma.TransactionClient,
  owner: { datasetId: string; resourceId: string | null },
  data: ReturnType<typeof toFieldData>,
  current: (Record<string, unknown> & { id: string }) | undefined,
  audit: AuditContext,
): Promise<ChangeEntry | null> {
  if (current === undefined) {
    const created = await tx.dictionaryField.create({ data: { ...data, ...owner } });

    return fieldEntry(created.id, 'create', audit, diffFields({}, data));
  }
  const changes = diffFields(current, data);

  if (Object.keys(changes).length === 0) {
    return null;
  }
  await tx.dictionaryField.update({ where: { id: current.id }, data });

  return fieldEntry(current.id, 'update', audit, changes);
}

function fieldEntry(
  id: string,
  action: ChangeEntry['action'],
  audit: AuditContext,
  changes: ChangeEntry['changes'],
): ChangeEntry {
  return { entity: 'DictionaryField', entityId: id, action, ...audit, changes };
}

function toFieldData(field: DictionaryFieldInput, position: number) {
  return {
    position,
    name: field.name,
    labelTh: field.labelTh,
    labelEn: field.labelEn ?? null,
    description: field.description ?? null,
    dataType: field.dataType,
    size: field.size ?? null,
    precision: field.precision ?? null,
    unit: field.unit ?? null,
    required: field.required ?? false,
    primaryKey: field.primaryKey ?? false,
    allowedValues: toJson(field.allowedValues ?? []),
    minValue: field.minValue ?? null,
    maxValue: field.maxValue ?? null,
    example: field.example ?? null,
    personalData: field.personalData ?? false,
    personalDataLegalBasis: field.personalDataLegalBasis ?? null,
  };
}
