import { hostname } from 'node:os';

import { Injectable } from '@nestjs/common';

import type {
  AgencyResponse,
  HealthCheckResponse,
  ListAgenciesRequest,
  ListPlanNodesRequest,
  Page,
  PlanNodeResponse,
  PlanTreeRequest,
  PlanTreeResponse,
} from '@bma-kpi/contracts-indicators';
import type { AgencyRecord, PlanNodeRecord, PlanTreeNode } from '@bma-kpi/indicators-data-access';
import { AgencyRepository, IndicatorsDatabase, OutboxRepository, PlanRepository } from '@bma-kpi/indicators-data-access';

import { IndicatorsExceptions } from './indicators.exceptions';

function toAgencyResponse(agency: AgencyRecord): AgencyResponse {
  return {
    id: agency.id,
    code: agency.code,
    kind: agency.kind,
    nameTh: agency.nameTh,
    nameEn: agency.nameEn,
    geocode: agency.geocode,
    parentCode: agency.parentCode,
  };
}

/** Plan codes are dotted paths (`5.4.1`), so a node's parent code is its code minus the last part. */
function parentCodeOf(code: string): string | null {
  const cut = code.lastIndexOf('.');

  return cut === -1 ? null : code.slice(0, cut);
}

function toPlanNodeResponse(node: PlanNodeRecord | PlanTreeNode, parentCode: string | null): PlanNodeResponse {
  return {
    id: node.id,
    editionCode: node.editionCode,
    level: node.level,
    code: node.code,
    nameTh: node.nameTh,
    nameEn: node.nameEn,
    parentCode,
    ...('children' in node ? { children: node.children.map((child) => toPlanNodeResponse(child, node.code)) } : {}),
  };
}

/** Agencies and the development-plan hierarchy: reference data the indicators service owns. */
@Injectable()
export class ReferenceService {
  constructor(
    private readonly agencies: AgencyRepository,
    private readonly plans: PlanRepository,
    private readonly database: IndicatorsDatabase,
    private readonly outbox: OutboxRepository,
  ) {}

  async listAgencies(request: ListAgenciesRequest): Promise<Page<AgencyResponse>> {
    const page = request.page ?? 1;
    const pageSize = request.pageSize ?? 100;
    const result = await this.agencies.list({ kind: request.kind, parentCode: request.parent, search: request.q, page, pageSize });

    return { items: result.items.map(toAgencyResponse), total: result.total, page, pageSize };
  }

  async planTree(request: PlanTreeRequest): Promise<PlanTreeResponse> {
    const tree = await this.plans.tree(request.edition);

    if (!tree) {
      throw IndicatorsExceptions.planEditionNotFound(request.edition ?? '(newest)');
    }
    const { edition } = tree;

    return {
      code: edition.code,
      nameTh: edition.nameTh,
      nameEn: edition.nameEn,
      startYear: edition.startYear,
      endYear: edition.endYear,
      nodes: tree.roots.map((root) => toPlanNodeResponse(root, null)),
    };
  }

  async listPlanNodes(request: ListPlanNodesRequest): Promise<Page<PlanNodeResponse>> {
    const page = request.page ?? 1;
    const pageSize = request.pageSize ?? 100;
    const result = await this.plans.list({ editionCode: request.edition, level: request.level, parentCode: request.parent, page, pageSize });

    return { items: result.items.map((node) => toPlanNodeResponse(node, parentCodeOf(node.code))), total: result.total, page, pageSize };
  }

  async health(): Promise<HealthCheckResponse> {
    await this.database.prisma.$queryRaw`SELECT 1`;

    return {
      status: 'ok',
      service: 'indicators',
      database: this.database.database.kind,
      instance: `${hostname()}:${process.pid}`,
      outboxBacklog: await this.outbox.countPending(),
    };
  }
}
