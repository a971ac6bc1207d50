import {
  insertOutboxEvents,
  isUniqueViolation,
  RecordNotFoundError,
  resolveEvents,
  toSkipTake,
  writeTransactionOptions,
  type EventsSource,
} from '@bma-kpi/database';
import { Prisma, type PrismaClient } from '../../generated/prisma/client';
import { SlugTakenError } from '../catalog-errors';
import { searchColumnsOf, searchColumnsVersion } from '../search-text';
import {
  filterConditions,
  prepareSearch,
  relevanceOrder,
  similarCondition,
  titleOrder,
  whereClause,
  wordConditions,
} from './dataset-search';
import { datasetDetailInclude, searchColumnsOmit, toDatasetDetail, toDatasetRecord } from './dataset.mapper';
import type {
  CreateDatasetInput,
  DatasetDetail,
  DatasetExportFilter,
  DatasetListQuery,
  DatasetPage,
  DatasetPatch,
  DatasetUpdateResult,
} from './dataset.types';
import { insertDataset, patchDataset } from './dataset.writes';

/**
 * Stores datasets with their GD Catalog metadata and resources. Every write records a ChangeLog
 * row and inserts its outbox events in the same transaction, so a failed write leaves neither the
 * change nor its events behind.
 */
export class DatasetRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** Creates a dataset with its resources; throws SlugTakenError when another dataset has the slug. */
  async create(
    input: CreateDatasetInput,
    actor: string,
    correlationId: string | null,
    events: EventsSource<DatasetDetail>,
  ): Promise<DatasetDetail> {
    try {
      return await this.prisma.$transaction(async (tx) => {
        const id = await insertDataset(tx, input, { actor, correlationId });
        const detail = await mustLoad(tx, id);

        await insertOutboxEvents(tx, resolveEvents(events, detail));

        return detail;
      }, writeTransactionOptions);
    } catch (error) {
      throw isUniqueViolation(error) ? new SlugTakenError(input.slug) : error;
    }
  }

  /**
   * Updates a dataset's columns and increments its version. With `expectedVersion`, throws
   * VersionConflictError unless it is the stored version; throws RecordNotFoundError for an unknown
   * id and SlugTakenError for a slug that another dataset has. A patch that changes nothing writes
   * nothing, and its events are not inserted.
   */
  async update(
    id: string,
    patch: DatasetPatch,
    expectedVersion: number | undefined,
    actor: string,
    correlationId: string | null,
    events: EventsSource<DatasetUpdateResult>,
  ): Promise<DatasetUpdateResult> {
    try {
      return await this.prisma.$transaction(async (tx) => {
        const changedFields = await patchDataset(tx, id, patch, expectedVersion, {
          actor,
          correlationId,
        });
        const result = { dataset: await mustLoad(tx, id), changedFields };

        if (changedFields.length > 0) {
          await insertOutboxEvents(tx, resolveEvents(events, result));
        }

        return result;
      }, writeTransactionOptions);
    } catch (error) {
      throw isUniqueViolation(error) && patch.slug !== undefined
        ? new SlugTakenError(patch.slug)
        : error;
    }
  }

  /** Returns a dataset with its resources and dictionary, or null. */
  async get(id: string): Promise<DatasetDetail | null> {
    const row = await this.prisma.dataset.findUnique({
      where: { id },
      include: datasetDetailInclude, omit: searchColumnsOmit,
    });

    return row === null ? null : toDatasetDetail(row);
  }

  /** Returns the dataset whose slug (CKAN `name`) is `slug`, with its resources and dictionary, or null. */
  async getBySlug(slug: string): Promise<DatasetDetail | null> {
    const row = await this.prisma.dataset.findUnique({
      where: { slug },
      include: datasetDetailInclude, omit: searchColumnsOmit,
    });

    return row === null ? null : toDatasetDetail(row);
  }

  /**
   * Lists datasets that match every given filter, with the number of matches. Without free text
   * the page is in Thai dictionary order of the Thai titles. With free text, datasets that contain
   * every word of it come first by relevance. When none does, datasets with similar titles or
   * keywords are returned instead, and `match` is `similar`.
   */
  async list(query: DatasetListQuery): Promise<DatasetPage> {
    const search = prepareSearch(query.search);

    if (query.tag === undefined && search === null) {
      return this.listByColumns(query);
    }
    const filters = filterConditions(query);

    if (search === null) {
      return this.listWhere(query, filters, titleOrder);
    }
    const words = await this.listWhere(query, [...filters, ...wordConditions(search)], relevanceOrder(search));

    if (words.total > 0 || search.trigrams.length === 0) {
      return { ...words, match: 'words' };
    }
    const similar = await this.listWhere(query, [...filters, similarCondition(search)], relevanceOrder(search));

    return { ...similar, match: 'similar' };
  }

  /**
   * Recomputes the search columns of datasets stored under older search rules, in batches, and
   * returns how many it updated. Safe to run from several instances at once: each writes the same
   * values, and updatedAt keeps its value because no user changed the dataset.
   */
  async refreshSearchColumns(batchSize = 200): Promise<number> {
    let updated = 0;

    for (;;) {
      const rows = await this.prisma.dataset.findMany({
        where: { searchVersion: { lt: searchColumnsVersion } },
        select: { id: true, slug: true, titleTh: true, titleEn: true, metadata: true, updatedAt: true },
        take: batchSize,
      });

      if (rows.length === 0) {
        return updated;
      }
      await this.prisma.$transaction(
        rows.map((row) =>
          this.prisma.dataset.update({
            where: { id: row.id },
            data: { ...searchColumnsOf({ ...row, metadata: asMetadata(row.metadata) }), updatedAt: row.updatedAt },
          }),
        ),
      );
      updated += rows.length;
    }
  }

  // The count comes with the page as a window function in one round trip; only a page past the
  // end needs its own count. Rows are then loaded through Prisma and put back in the SQL order.
  private async listWhere(query: DatasetListQuery, conditions: Prisma.Sql[], order: Prisma.Sql): Promise<DatasetPage> {
    const { skip, take } = toSkipTake(query);
    const where = whereClause(conditions);
    const page = await this.prisma.$queryRaw<{ id: string; total: bigint | number }[]>`
      SELECT d.id::text AS id, COUNT(*) OVER () AS total FROM "Dataset" d ${where}
      ${order} LIMIT ${take} OFFSET ${skip}`;
    const [counted] =
      page.length > 0
        ? page
        : await this.prisma.$queryRaw<{ total: bigint | number }[]>`SELECT COUNT(*) AS total FROM "Dataset" d ${where}`;
    const rows = await this.prisma.dataset.findMany({ where: { id: { in: page.map((row) => row.id) } }, omit: searchColumnsOmit });
    const byId = new Map(rows.map((row) => [row.id, row]));
    const items = page.flatMap((row) => {
      const dataset = byId.get(row.id);

      return dataset === undefined ? [] : [toDatasetRecord(dataset)];
    });

    return { items, total: Number(counted?.total ?? 0) };
  }

  // Filters on plain columns need no raw SQL, so the page is read in one query beside the count.
  private async listByColumns(query: DatasetListQuery): Promise<DatasetPage> {
    const { skip, take } = toSkipTake(query);
    const where: Prisma.DatasetWhereInput = {
      AND: [
        ...(query.agencyCode === undefined ? [] : [{ agencyCode: query.agencyCode }]),
        ...(query.datasetType === undefined ? [] : [{ datasetType: query.datasetType }]),
        ...(query.dataCategory === undefined ? [] : [{ dataCategory: query.dataCategory }]),
        ...(query.classification === undefined ? [] : [{ classification: query.classification }]),
        ...(query.classificationIn === undefined ? [] : [{ classification: { in: [...query.classificationIn] } }]),
      ],
    };
    const [total, rows] = await Promise.all([
      this.prisma.dataset.count({ where }),
      // sortKey has COLLATE "C" in the database, so this is Thai dictionary order.
      this.prisma.dataset.findMany({ where, orderBy: [{ sortKey: 'asc' }, { slug: 'asc' }], skip, take, omit: searchColumnsOmit }),
    ]);

    return { items: rows.map(toDatasetRecord), total };
  }

  /**
   * Returns up to `take` datasets with resources and dictionary whose slug comes after
   * `afterSlug`, in slug order, that match the filters. Paging by the last slug seen, unlike an
   * offset, skips or repeats no dataset when others are created during an export.
   */
  async listAfterSlug(filters: DatasetExportFilter, afterSlug: string | undefined, take: number): Promise<DatasetDetail[]> {
    const rows = await this.prisma.dataset.findMany({
      where: {
        AND: [
          ...(afterSlug === undefined ? [] : [{ slug: { gt: afterSlug } }]),
          ...(filters.agencyCode === undefined ? [] : [{ agencyCode: filters.agencyCode }]),
          ...(filters.dataCategory === undefined ? [] : [{ dataCategory: filters.dataCategory }]),
          ...(filters.classificationIn === undefined ? [] : [{ classification: { in: [...filters.classificationIn] } }]),
        ],
      },
      include: datasetDetailInclude, omit: searchColumnsOmit,
      orderBy: { slug: 'asc' },
      take,
    });

    return rows.map(toDatasetDetail);
  }

  /** Returns the slugs that start with `prefix`, in order, so a caller can pick a free variant. */
  async slugsStartingWith(prefix: string): Promise<string[]> {
    const rows = await this.prisma.dataset.findMany({
      where: { slug: { startsWith: prefix } },
      select: { slug: true },
      orderBy: { slug: 'asc' },
    });

    return rows.map((row) => row.slug);
  }

}

async function mustLoad(tx: Prisma.TransactionClient, id: string): Promise<DatasetDetail> {
  const row = await tx.dataset.findUnique({ where: { id }, include: datasetDetailInclude, omit: searchColumnsOmit });

  if (row === null) {
    throw new RecordNotFoundError('Dataset', id);
  }

  return toDatasetDetail(row);
}

function asMetadata(value: Prisma.JsonValue): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
}
