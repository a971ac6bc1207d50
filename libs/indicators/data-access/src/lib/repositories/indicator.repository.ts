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
import { DuplicateIndicatorError } from '../support/errors';
import { scoringSelect, summaryInclude, toScoringRecord, toSummary } from './indicator.mapper';
import { PlanPathBatcher } from './plan-path.batcher';
import { planPathsOf } from './plan.repository';
import type {
  CreateIndicatorInput,
  IndicatorDetail,
  IndicatorDetailQuery,
  IndicatorScoringRecord,
  IndicatorListQuery,
  IndicatorPatch,
  IndicatorSummary,
  IndicatorUpdateResult,
} from './indicator.types';
import { insertIndicator, loadIndicatorDetail, patchIndicator } from './indicator.writes';

/**
 * Stores KPIs (ตัวชี้วัด). Every write records a ChangeLog row and inserts its outbox events in
 * the same transaction, so a failed write leaves neither the change nor its events behind.
 */
export class IndicatorRepository {
  // Concurrent reads share plan path queries, as their findUnique calls share Prisma's queries.
  private readonly planPaths: PlanPathBatcher;

  constructor(private readonly prisma: PrismaClient) {
    this.planPaths = new PlanPathBatcher(prisma);
  }

  /** Creates an indicator; throws DuplicateIndicatorError when its normalised code is taken in that fiscal year. */
  async create(
    input: CreateIndicatorInput,
    actor: string,
    correlationId: string | null,
    events: EventsSource<IndicatorDetail>,
  ): Promise<IndicatorDetail> {
    try {
      return await this.prisma.$transaction(async (tx) => {
        const id = await insertIndicator(tx, input, { actor, correlationId });
        const detail = await this.mustLoad(tx, id);

        await insertOutboxEvents(tx, resolveEvents(events, detail));

        return detail;
      }, writeTransactionOptions);
    } catch (error) {
      throw isUniqueViolation(error) ? new DuplicateIndicatorError(input.codeNormalized ?? null, input.fiscalYear) : error;
    }
  }

  /**
   * Updates an indicator and increments its version. With `expectedVersion`, throws
   * VersionConflictError unless it is the stored version; throws RecordNotFoundError for an unknown
   * id. A patch that changes nothing writes nothing, and its events are not inserted.
   */
  async update(
    id: string,
    patch: IndicatorPatch,
    expectedVersion: number | undefined,
    actor: string,
    correlationId: string | null,
    events: EventsSource<IndicatorUpdateResult>,
  ): Promise<IndicatorUpdateResult> {
    try {
      return await this.prisma.$transaction(async (tx) => {
        const changedFields = await patchIndicator(tx, id, patch, expectedVersion, { actor, correlationId });
        const result = { indicator: await this.mustLoad(tx, id), changedFields };

        if (changedFields.length > 0) {
          await insertOutboxEvents(tx, resolveEvents(events, result));
        }

        return result;
      }, writeTransactionOptions);
    } catch (error) {
      throw isUniqueViolation(error) ? new DuplicateIndicatorError(patch.codeNormalized ?? null, patch.fiscalYear) : error;
    }
  }

  /** Returns an indicator with agency, plan path (root first), quarter targets and progress notes, or null. */
  async get(id: string): Promise<IndicatorDetail | null> {
    return loadIndicatorDetail(this.prisma, id, (nodeId) => this.planPaths.load(nodeId));
  }

  /** Returns an indicator as listings show it (agency and plan node, no targets or progress), or null. */
  async getSummary(id: string): Promise<IndicatorSummary | null> {
    const row = await this.prisma.indicator.findUnique({ where: { id }, include: summaryInclude });

    return row === null ? null : toSummary(row);
  }

  /** Returns one indicator with the columns that scoring reads, as listScoring does for a batch, or null. */
  async getScoring(id: string): Promise<IndicatorScoringRecord | null> {
    const row = await this.prisma.indicator.findUnique({ where: { id }, select: scoringSelect });

    if (row === null) {
      return null;
    }

    return toScoringRecord(row, row.planNodeId === null ? [] : await this.planPaths.load(row.planNodeId));
  }

  /**
   * Returns up to `limit` indicators of a fiscal year with the columns that scoring reads, in id
   * order between `afterId` and `beforeId`. Long texts are not read, and plan paths take one query
   * per plan level for the whole batch.
   */
  async listScoring(query: IndicatorDetailQuery): Promise<IndicatorScoringRecord[]> {
    const rows = await this.prisma.indicator.findMany({
      where: {
        fiscalYear: query.fiscalYear,
        ...(query.agencyCode === undefined ? {} : { agency: { code: query.agencyCode } }),
        id: { ...(query.afterId === undefined ? {} : { gt: query.afterId }), ...(query.beforeId === undefined ? {} : { lt: query.beforeId }) },
      },
      select: scoringSelect,
      orderBy: { id: 'asc' },
      take: query.limit,
    });
    const paths = await planPathsOf(this.prisma, rows.flatMap((row) => (row.planNodeId === null ? [] : [row.planNodeId])));

    return rows.map((row) => toScoringRecord(row, row.planNodeId === null ? [] : (paths.get(row.planNodeId) ?? [])));
  }

  /** Finds the indicator of a fiscal year by its normalised code, or null. */
  async findByCode(codeNormalized: string, fiscalYear: number): Promise<IndicatorDetail | null> {
    const row = await this.prisma.indicator.findUnique({
      where: { codeNormalized_fiscalYear: { codeNormalized, fiscalYear } },
      select: { id: true },
    });

    return row === null ? null : loadIndicatorDetail(this.prisma, row.id);
  }

  /** Lists indicators, newest fiscal year first, then by normalised code. */
  async list(query: IndicatorListQuery): Promise<Page<IndicatorSummary>> {
    const { skip, take } = toSkipTake(query);
    const where = await this.listConditions(query);
    const total = await this.prisma.indicator.count({ where });
    const rows = await this.prisma.indicator.findMany({
      where,
      include: summaryInclude,
      orderBy: [{ fiscalYear: 'desc' }, { codeNormalized: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }, { id: 'asc' }],
      skip,
      take,
    });

    return { items: rows.map(toSummary), total };
  }

  private async listConditions(query: IndicatorListQuery): Promise<Prisma.IndicatorWhereInput> {
    const where: Prisma.IndicatorWhereInput = {};
    const search = query.search?.normalize('NFC').trim() ?? '';

    if (query.fiscalYear !== undefined) {
      where.fiscalYear = query.fiscalYear;
    }
    if (query.agencyCode !== undefined) {
      where.agency = { code: query.agencyCode };
    }
    if (query.kpiType !== undefined) {
      where.kpiType = query.kpiType;
    }
    if (query.planNodeCode !== undefined) {
      where.planNodeId = { in: await this.subtreeIds(query.planNodeCode, query.editionCode) };
    }
    if (search !== '') {
      where.OR = (['title', 'code', 'codeNormalized'] as const).map((field) => ({
        [field]: { contains: search, mode: 'insensitive' },
      }));
    }

    return where;
  }

  // Ids of the nodes with this code and of all their descendants, following parent links.
  private async subtreeIds(code: string, editionCode: string | undefined): Promise<string[]> {
    const editionCondition = editionCode === undefined ? Prisma.empty : Prisma.sql`AND e.code = ${editionCode}`;
    const rows = await this.prisma.$queryRaw<{ id: string }[]>`
      WITH RECURSIVE subtree AS (
        SELECT n.id FROM "PlanNode" n JOIN "PlanEdition" e ON e.id = n."editionId"
        WHERE n.code = ${code} ${editionCondition}
        UNION ALL
        SELECT c.id FROM "PlanNode" c JOIN subtree s ON c."parentId" = s.id
      )
      SELECT id::text AS id FROM subtree`;

    return rows.map((row) => row.id);
  }

  private async mustLoad(tx: Prisma.TransactionClient, id: string): Promise<IndicatorDetail> {
    const detail = await loadIndicatorDetail(tx, id);

    if (detail === null) {
      throw new RecordNotFoundError('Indicator', id);
    }

    return detail;
  }
}
