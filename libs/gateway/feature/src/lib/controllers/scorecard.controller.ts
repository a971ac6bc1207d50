import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';

import type { GovernanceScorecard } from '@bma-kpi/contracts-catalog';
import { CatalogSubjects, GetScorecardRequest } from '@bma-kpi/contracts-catalog';

import { CatalogClient } from '../clients/catalog.client';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { governanceScorecardSchema } from '../openapi/scorecard.schemas';
import { Access } from '../auth/access.decorator';

/** Governance scorecard (ผลการกำกับดูแลข้อมูล) of the agencies' catalogs. */
@ApiTags('catalog')
@Controller('v1/catalog')
export class ScorecardController {
  constructor(private readonly catalog: CatalogClient) {}

  @Access('read')
  @Get('scorecard')
  @ApiOperation({
    summary: 'ตัวชี้วัดธรรมาภิบาลข้อมูลของหน่วยงาน / Governance scorecard per agency',
    description:
      'สัดส่วนชุดข้อมูลที่มีเมทาดาตาครบ มีพจนานุกรมข้อมูล ระบุชั้นความลับ มีผู้ติดต่อ ปรับปรุงตามกำหนด และเอกสารธรรมาภิบาลข้อมูลของปีงบประมาณ / ' +
      'Shares of datasets with complete metadata, a dictionary, a classification, a contact and on-time updates, and the governance artefacts of the fiscal year',
  })
  @ApiQuery({ name: 'agency', required: false, description: 'รหัสหน่วยงาน ถ้าไม่ระบุจะแสดงทุกหน่วยงาน / Agency code; all agencies when absent' })
  @ApiQuery({ name: 'fiscalYear', required: false, type: Number, description: 'ปีงบประมาณ พ.ศ. ค่าเริ่มต้นคือปีปัจจุบัน / Fiscal year (BE), the current one by default' })
  @ApiOkResponse({ schema: governanceScorecardSchema })
  @ApiProblems(400)
  get(@Query() query: GetScorecardRequest): Promise<GovernanceScorecard> {
    return this.catalog.request(CatalogSubjects.scorecardGet, query);
  }
}
