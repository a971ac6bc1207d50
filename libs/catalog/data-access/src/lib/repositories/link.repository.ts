import {
  diffFields,
  insertOutboxEvents,
  isUniqueViolation,
  RecordNotFoundError,
  resolveEvents,
  writeChangeLog,
  writeTransactionOptions,
  type EventsSource,
} from '@bma-kpi/database';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import { DuplicateLinkError, InvalidDictionaryError } from '../catalog-errors';

/** A link between a dataset, or one of its dictionary fields, and an indicator; `createdAt` is ISO 8601. */
export interface DatasetIndicatorLinkRecord {
  id: string;
  datasetId: string;
  indicatorId: string;
  /** Null when the link is to the whole dataset. */
  fieldId: string | null;
  note: string | null;
  createdBy: string;
  createdAt: string;
}

/** The dataset, indicator and optional field of a link. */
export interface LinkTarget {
  datasetId: string;
  /** Id of an indicator of the indicators service; not checked here, because that data is not in this database. */
  indicatorId: string;
  fieldId?: string | null;
  note?: string | null;
}

/**
 * Stores which datasets and dictionary fields an indicator's data comes from. Every write records
 * a ChangeLog row and inserts its outbox events in the same transaction.
 */
export class LinkRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Links a dataset or one of its fields to an indicator. Throws RecordNotFoundError for an unknown
   * dataset, InvalidDictionaryError for a field of another dataset and DuplicateLinkError when the
   * link exists.
   */
  async link(
    target: LinkTarget,
    actor: string,
    correlationId: string | null,
    events: EventsSource<DatasetIndicatorLinkRecord>,
  ): Promise<DatasetIndicatorLinkRecord> {
    const data = {
      datasetId: target.datasetId,
      indicatorId: target.indicatorId,
      fieldId: target.fieldId ?? null,
    };

    try {
      return await this.prisma.$transaction(async (tx) => {
        await checkTarget(tx, data);
        const row = await tx.datasetIndicatorLink.create({ data: { ...data, note: target.note ?? null, createdBy: actor } });
        const link = toLinkRecord(row);
        const changes = diffFields({}, data);

        await writeChangeLog(tx, {
          entity: 'DatasetIndicatorLink',
          entityId: row.id,
          action: 'create',
          actor,
          correlationId,
          changes,
        });
        await insertOutboxEvents(tx, resolveEvents(events, link));

        return link;
      }, writeTransactionOptions);
    } catch (error) {
      throw isUniqueViolation(error)
        ? new DuplicateLinkError(data.datasetId, data.indicatorId, data.fieldId)
        : error;
    }
  }

  /** Removes a link by id; throws RecordNotFoundError when it does not exist. */
  async unlink(
    id: string,
    actor: string,
    correlationId: string | null,
    events: EventsSource<DatasetIndicatorLinkRecord>,
  ): Promise<DatasetIndicatorLinkRecord> {
    return this.prisma.$transaction(async (tx) => {
      const row = await tx.datasetIndicatorLink.findUnique({ where: { id } });

      if (row === null) {
        throw new RecordNotFoundError('DatasetIndicatorLink', id);
      }
      const link = toLinkRecord(row);

      await tx.datasetIndicatorLink.delete({ where: { id } });
      const changes = diffFields(row, { datasetId: null, indicatorId: null, fieldId: null });

      await writeChangeLog(tx, {
        entity: 'DatasetIndicatorLink',
        entityId: id,
        action: 'delete',
        actor,
        correlationId,
        changes,
      });
      await insertOutboxEvents(tx, resolveEvents(events, link));

      return link;
    }, writeTransactionOptions);
  }

  /** Lists the links of a dataset, oldest first. */
  async listByDataset(datasetId: string): Promise<DatasetIndicatorLinkRecord[]> {
    const rows = await this.prisma.datasetIndicatorLink.findMany({
      where: { datasetId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });

    return rows.map(toLinkRecord);
  }

  /** Lists the links of an indicator, oldest first. */
  async listByIndicator(indicatorId: string): Promise<DatasetIndicatorLinkRecord[]> {
    const rows = await this.prisma.datasetIndicatorLink.findMany({
      where: { indicatorId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });

    return rows.map(toLinkRecord);
  }
}

/**
 * Checks that the dataset exists and the field belongs to it, and rejects a second whole-dataset
 * link, which the unique index misses because PostgreSQL treats NULL fieldIds as distinct. The
 * dataset row lock makes concurrent links of one dataset run one after the other.
 */
async function checkTarget(
  tx: Prisma.TransactionClient,
  target: { datasetId: string; indicatorId: string; fieldId: string | null },
): Promise<void> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM "Dataset" WHERE id::text = ${target.datasetId} FOR UPDATE`;

  if (locked.length === 0) {
    throw new RecordNotFoundError('Dataset', target.datasetId);
  }
  if (target.fieldId !== null) {
    const field = await tx.dictionaryField.findFirst({
      where: { id: target.fieldId, datasetId: target.datasetId },
    });

    if (field === null) {
      throw new InvalidDictionaryError(
        target.datasetId,
        `field ${target.fieldId} does not belong to the dataset.`,
      );
    }

    return;
  }
  const existing = await tx.datasetIndicatorLink.findFirst({
    where: { ...target, fieldId: null },
    select: { id: true },
  });

  if (existing !== null) {
    throw new DuplicateLinkError(target.datasetId, target.indicatorId, null);
  }
}

function toLinkRecord(
  row: Prisma.DatasetIndicatorLinkGetPayload<object>,
): DatasetIndicatorLinkRecord {
  return {
    id: row.id,
    datasetId: row.datasetId,
    indicatorId: row.indicatorId,
    fieldId: row.fieldId,
    note: row.note,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}
