import { Injectable } from '@nestjs/common';

import type {
  CreateIndicatorRequest,
  IndicatorDetail,
  ScoringIndicator,
  ScoringIndicatorBatch,
  IndicatorFields,
  IndicatorSummary,
  ListScoringIndicatorsRequest,
  ListIndicatorsRequest,
  Page,
  UpdateIndicatorRequest,
} from '@bma-kpi/contracts-indicators';
import type { IndicatorPatch } from '@bma-kpi/indicators-data-access';
import {
  AgencyRepository,
  DuplicateIndicatorError,
  IndicatorRepository,
  PlanRepository,
  RecordNotFoundError,
  VersionConflictError,
} from '@bma-kpi/indicators-data-access';
import { ValidationFailedException } from '@bma-kpi/errors';
import { OutboxRelay } from '@bma-kpi/messaging';

import { IndicatorEventFactory } from './indicator-events';
import { toIndicatorDetail, toIndicatorSummary, toScoringIndicator } from './indicator.mapper';
import { IndicatorsExceptions } from './indicators.exceptions';
import { normalizeKpiCode } from './record-import.params';
import { prefixWithinBudget } from './reply-budget';
import type { RequestMeta } from './request-meta';

const defaultPageSize = 50;
const defaultDetailBatch = 200;

function decimalText(value: number | null | undefined): string | null | undefined {
  return value === undefined || value === null ? value : String(value);
}

/** Request fields in the repository's terms; undefined means "leave as is". */
function toPatch(request: IndicatorFields): IndicatorPatch {
  return {
    code: request.code,
    codeNormalized: request.code === undefined ? undefined : normalizeKpiCode(request.code),
    title: request.title,
    kpiType: request.kpiType,
    resultLevel: request.resultLevel,
    unit: request.unit,
    decimals: request.decimals,
    direction: request.direction,
    targetValue: decimalText(request.target),
    actualValue: decimalText(request.actual),
    quarterTargets: request.quarterTargets?.map((target) => ({
      quarter: target.quarter,
      plannedValue: decimalText(target.plannedValue) ?? null,
      assessmentScore: null,
      pairRaw: null,
    })),
  };
}

/** Creates, reads, lists and changes indicators. */
@Injectable()
export class IndicatorService {
  constructor(
    private readonly indicators: IndicatorRepository,
    private readonly agencies: AgencyRepository,
    private readonly plans: PlanRepository,
    private readonly relay: OutboxRelay,
  ) {}

  async get(id: string): Promise<IndicatorDetail> {
    const record = await this.indicators.get(id);

    if (!record) {
      throw IndicatorsExceptions.indicatorNotFound(id);
    }

    return toIndicatorDetail(record);
  }

  /** Returns an indicator as listings show it, which costs less than `get` for callers that only display it. */
  async getSummary(id: string): Promise<IndicatorSummary> {
    const record = await this.indicators.getSummary(id);

    if (!record) {
      throw IndicatorsExceptions.indicatorNotFound(id);
    }

    return toIndicatorSummary(record);
  }

  /** Returns what scoring reads of one indicator, without the long texts that `get` returns. */
  async getScoring(id: string): Promise<ScoringIndicator> {
    const record = await this.indicators.getScoring(id);

    if (!record) {
      throw IndicatorsExceptions.indicatorNotFound(id);
    }

    return toScoringIndicator(record);
  }

  /**
   * Returns the next batch of a fiscal year's indicators with what scoring reads. A batch ends
   * early when its reply would not fit in one NATS message, and `nextAfterId` is the id to go on from.
   */
  async listScoring(request: ListScoringIndicatorsRequest): Promise<ScoringIndicatorBatch> {
    const limit = request.limit ?? defaultDetailBatch;
    const records = await this.indicators.listScoring({
      fiscalYear: request.fiscalYear,
      agencyCode: request.agency,
      afterId: request.afterId,
      beforeId: request.beforeId,
      limit,
    });
    const items = prefixWithinBudget(records.map(toScoringIndicator));
    const last = items.at(-1);
    const more = items.length < records.length || records.length === limit;

    return { items, nextAfterId: more && last !== undefined ? last.id : null };
  }

  async list(request: ListIndicatorsRequest): Promise<Page<IndicatorSummary>> {
    const page = request.page ?? 1;
    const pageSize = request.pageSize ?? defaultPageSize;
    const result = await this.indicators.list({
      fiscalYear: request.fiscalYear,
      agencyCode: request.agency,
      planNodeCode: request.planNode,
      kpiType: request.type,
      search: request.q,
      page,
      pageSize,
    });

    return { items: result.items.map(toIndicatorSummary), total: result.total, page, pageSize };
  }

  async create(request: CreateIndicatorRequest, meta: RequestMeta): Promise<IndicatorDetail> {
    const references = await this.resolveReferences(request, request.fiscalYear);

    try {
      const created = await this.indicators.create(
        { ...toPatch(request), ...references, fiscalYear: request.fiscalYear },
        meta.actor,
        meta.correlationId,
        (detail) => [
          IndicatorEventFactory.created(
            { indicatorId: detail.id, code: detail.code, fiscalYear: detail.fiscalYear, agencyCode: detail.agency?.code ?? null, title: detail.title },
            meta,
          ),
        ],
      );

      this.relay.kick();

      return toIndicatorDetail(created);
    } catch (error) {
      if (error instanceof DuplicateIndicatorError) {
        throw IndicatorsExceptions.indicatorExists(request.code ?? '', request.fiscalYear);
      }
      throw error;
    }
  }

  async update(request: UpdateIndicatorRequest, meta: RequestMeta): Promise<IndicatorDetail> {
    const current = await this.get(request.id);
    const references = await this.resolveReferences(request, current.fiscalYear);

    try {
      const result = await this.indicators.update(
        request.id,
        { ...toPatch(request), ...references },
        request.expectedVersion,
        meta.actor,
        meta.correlationId,
        ({ indicator, changedFields }) => [
          IndicatorEventFactory.updated({ indicatorId: indicator.id, fiscalYear: indicator.fiscalYear, version: indicator.version, changedFields }, meta),
        ],
      );

      this.relay.kick();

      return toIndicatorDetail(result.indicator);
    } catch (error) {
      throw this.translate(error, request, current.fiscalYear);
    }
  }

  private translate(error: unknown, request: UpdateIndicatorRequest, fiscalYear: number): unknown {
    if (error instanceof VersionConflictError) {
      return IndicatorsExceptions.versionConflict(request.id, request.expectedVersion ?? 0);
    }
    if (error instanceof RecordNotFoundError) {
      return IndicatorsExceptions.indicatorNotFound(request.id);
    }
    if (error instanceof DuplicateIndicatorError) {
      return IndicatorsExceptions.indicatorExists(request.code ?? '', fiscalYear);
    }

    return error;
  }

  /** Finds a plan node in the given edition, or in the edition that covers the fiscal year. */
  private async resolvePlanNode(code: string, editionCode: string | undefined, fiscalYear: number): Promise<string> {
    const editions = await this.plans.listEditions();
    const edition = editionCode
      ? editions.find((candidate) => candidate.code === editionCode)
      : editions.find((candidate) => candidate.startYear <= fiscalYear && fiscalYear <= candidate.endYear);

    if (!edition) {
      throw IndicatorsExceptions.planNodeNotFound(code, editionCode ? `plan edition ${editionCode}` : `fiscal year ${fiscalYear}`);
    }
    const node = await this.plans.findByCode(edition.code, code);

    if (!node) {
      throw IndicatorsExceptions.planNodeNotFound(code, `plan edition ${edition.code}`);
    }

    return node.id;
  }

  /** Turns agency and plan node codes into ids; unknown codes are a 422 with the field named. */
  private async resolveReferences(request: IndicatorFields, fiscalYear: number): Promise<{ agencyId?: string; planNodeId?: string }> {
    const references: { agencyId?: string; planNodeId?: string } = {};

    if (request.agencyCode) {
      const agency = await this.agencies.findByCode(request.agencyCode);

      if (!agency) {
        throw IndicatorsExceptions.agencyNotFound(request.agencyCode);
      }
      references.agencyId = agency.id;
    }
    if (request.planNodeCode) {
      references.planNodeId = await this.resolvePlanNode(request.planNodeCode, request.planEditionCode, fiscalYear);
    } else if (request.planEditionCode) {
      throw new ValidationFailedException([
        {
          field: 'planEditionCode',
          rule: 'requiresPlanNodeCode',
          messageEn: 'planEditionCode is only used together with planNodeCode',
          messageTh: 'ต้องระบุ planNodeCode พร้อมกับ planEditionCode',
        },
      ]);
    }

    return references;
  }
}
