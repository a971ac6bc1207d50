import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';

import type {
  AgencyResponse,
  Page,
  PlanNodeResponse,
  PlanTreeResponse,
} from '@bma-kpi/contracts-indicators';
import {
  agencyKinds,
  IndicatorsSubjects,
  ListAgenciesRequest,
  ListPlanNodesRequest,
  planLevels,
  PlanTreeRequest,
} from '@bma-kpi/contracts-indicators';

import { IndicatorsClient } from '../clients/indicators.client';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { agencySchema, pageOf, planNodeSchema } from '../openapi/openapi.schemas';
import { Access } from '../auth/access.decorator';

/** Reference data: agencies and the development-plan hierarchy. */
@ApiTags('reference')
@Controller('v1')
export class ReferenceController {
  constructor(private readonly indicators: IndicatorsClient) {}

  @Access('read')
  @Get('agencies')
  @ApiOperation({ summary: 'รายการหน่วยงาน / List agencies' })
  @ApiQuery({ name: 'kind', required: false, enum: agencyKinds })
  @ApiQuery({ name: 'parent', required: false, description: 'รหัสหน่วยงานต้นสังกัด / Parent agency code' })
  @ApiQuery({ name: 'q', required: false, description: 'ค้นหาชื่อ / Search names' })
  @ApiQuery({ name: 'page', required: false })
  @ApiQuery({ name: 'pageSize', required: false })
  @ApiOkResponse({ schema: pageOf(agencySchema) })
  @ApiProblems(400)
  agencies(@Query() query: ListAgenciesRequest): Promise<Page<AgencyResponse>> {
    return this.indicators.request(IndicatorsSubjects.agencyList, query);
  }

  @Access('read')
  @Get('plan-nodes')
  @ApiOperation({ summary: 'รายการโหนดของแผนพัฒนา / List plan nodes' })
  @ApiQuery({ name: 'edition', required: false, description: 'รหัสฉบับแผน / Plan edition code' })
  @ApiQuery({ name: 'level', required: false, enum: planLevels })
  @ApiQuery({ name: 'parent', required: false, description: 'รหัสโหนดแม่ เช่น 5 / Parent node code' })
  @ApiQuery({ name: 'page', required: false })
  @ApiQuery({ name: 'pageSize', required: false })
  @ApiOkResponse({ schema: pageOf(planNodeSchema) })
  @ApiProblems(400)
  planNodes(@Query() query: ListPlanNodesRequest): Promise<Page<PlanNodeResponse>> {
    return this.indicators.request(IndicatorsSubjects.planNodeList, query);
  }

  @Access('read')
  @Get('plan-nodes/tree')
  @ApiOperation({ summary: 'แผนพัฒนาแบบลำดับชั้น / Plan hierarchy as a tree' })
  @ApiQuery({ name: 'edition', required: false, description: 'รหัสฉบับแผน / Plan edition code' })
  @ApiProblems(400, 404)
  planTree(@Query() query: PlanTreeRequest): Promise<PlanTreeResponse> {
    return this.indicators.request(IndicatorsSubjects.planTree, query);
  }
}
