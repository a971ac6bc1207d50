import {
  insertOutboxEvents,
  isUniqueViolation,
  RecordNotFoundError,
  resolveEvents,
  toSkipTake,
  writeTransactionOptions,
  type EventsSource,
  type Page,
} from '@bma-kpi/database';
import { Prisma, type PrismaClient } from '../../generated/prisma/client';
import { SlugTakenError } from '../catalog-errors';
import { escapeLike, searchTerms } from '../search-text';
import { datasetDetailInclude, toDatasetDetail, toDatasetRecord } from './dataset.mapper';
import type {
  CreateDatasetInput,
  DatasetDetail,
  DatasetListQuery,
  DatasetPatch,
  DatasetRecord,
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
      include: datasetDetailInclude,
    });

    return row === null ? null : toDatasetDetail(row);
  }

  /** Returns the dataset whose slug (CKAN `name`) is `slug`, with its resources and dictionary, or null. */
  async getBySlug(slug: string): Promise<DatasetDetail | null> {
    const row = await this.prisma.dataset.findUnique({
      where: { slug },
      include: datasetDetailInclude,
    });

    return row === null ? null : toDatasetDetail(row);
  }

  /** Lists datasets that match every given filter, ordered by slug, with the number of matches. */
  async list(query: DatasetListQuery): Promise<Page<DatasetRecord>> {
    if (query.tag === undefined && query.search === undefined) {
      return this.listByColumns(query);
    }
    const { skip, take } = toSkipTake(query);
    const where = listConditions(query);
    // The window count comes with the page in one round trip; only a page past the end needs its own count.
    const page = await this.prisma.$queryRaw<{ id: string; total: bigint | number }[]>`
      SELECT d.id::text AS id, COUNT(*) OVER () AS total FROM "Dataset" d ${where}
      ORDER BY d.slug LIMIT ${take} OFFSET ${skip}`;
    const [counted] =
      page.length > 0
        ? page
        : await this.prisma.$queryRaw<{ total: bigint | number }[]>`SELECT COUNT(*) AS total FROM "Dataset" d ${where}`;
    const rows = await this.prisma.dataset.findMany({ where: { id: { in: page.map((row) => row.id) } } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    const items = page.flatMap((row) => {
      const dataset = byId.get(row.id);

      return dataset === undefined ? [] : [toDatasetRecord(dataset)];
    });

    return { items, total: Number(counted?.total ?? 0) };
  }

  // Filters on plain columns need no raw SQL, so the page is read in one query beside the count.
  // Tag and free-text filters take the raw path above.
  private async listByColumns(query: DatasetListQuery): Promise<Page<DatasetRecord>> {
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
      this.prisma.dataset.findMany({ where, orderBy: { slug: 'asc' }, skip, take }),
    ]);

    return { items: rows.map(toDatasetRecord), total };
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
  const row = await tx.dataset.findUnique({ where: { id }, include: datasetDetailInclude });

  if (row === null) {
    throw new RecordNotFoundError('Dataset', id);
  }

  return toDatasetDetail(row);
}

function listConditions(query: DatasetListQuery): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  const columns = [
    ['agencyCode', Prisma.sql`d."agencyCode"`],
    ['datasetType', Prisma.sql`d."datasetType"`],
    ['dataCategory', Prisma.sql`d."dataCategory"`],
    ['classification', Prisma.sql`d.classification`],
  ] as const;

  for (const [filter, column] of columns) {
    const value = query[filter];

    if (value !== undefined) {
      conditions.push(Prisma.sql`${column} = ${value}`);
    }
  }
  if (query.classificationIn !== undefined) {
    conditions.push(
      query.classificationIn.length === 0
        ? Prisma.sql`FALSE`
        : Prisma.sql`d.classification IN (${Prisma.join(query.classificationIn)})`,
    );
  }
  if (query.tag !== undefined) {
    conditions.push(tagCondition(query.tag.trim()));
  }
  for (const term of searchTerms(query.search ?? '')) {
    conditions.push(Prisma.sql`d."searchText" ILIKE ${`%${escapeLike(term)}%`}`);
  }

  return conditions.length === 0
    ? Prisma.empty
    : Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}`;
}

// `tag_string` is comma-separated text from CKAN forms, or an array from API clients.
function tagCondition(tag: string): Prisma.Sql {
  return Prisma.sql`EXISTS (
    SELECT 1 FROM unnest(
      CASE WHEN jsonb_typeof(d.metadata -> 'tag_string') = 'array'
        THEN ARRAY(SELECT jsonb_array_elements_text(d.metadata -> 'tag_string'))
        ELSE string_to_array(d.metadata ->> 'tag_string', ',')
      END) AS t(tag)
    WHERE btrim(t.tag) = ${tag})`;
}
