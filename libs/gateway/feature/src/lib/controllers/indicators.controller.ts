import { Body, Controller, Get, Inject, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiResponse, ApiTags, OmitType } from '@nestjs/swagger';

import type {
  IndicatorDetail,
  IndicatorSummary,
  Page,
  ProgressResponse,
} from '@bma-kpi/contracts-indicators';
import {
  AddProgressRequest,
  CreateIndicatorRequest,
  IndicatorsSubjects,
  kpiTypes,
  ListIndicatorsRequest,
  ListProgressRequest,
  UpdateIndicatorRequest,
} from '@bma-kpi/contracts-indicators';

import { ValidationFailedException } from '@bma-kpi/errors';

import { EvaluationSubjects } from '@bma-kpi/contracts-evaluation';

import { EvaluationClient } from '../clients/evaluation.client';
import { IndicatorsClient } from '../clients/indicators.client';
import { GATEWAY_OPTIONS, type GatewayOptions } from '../gateway.options';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { indicatorDetailSchema, indicatorSummarySchema, pageOf, progressSchema } from '../openapi/openapi.schemas';
import { Access, fieldOf, ownerOf } from '../auth/access.decorator';

/** Body of PATCH /indicators/{id}: the update request without the id, which is in the path. */
export class UpdateIndicatorBody extends OmitType(UpdateIndicatorRequest, ['id'] as const) {}

/** Body of POST /indicators/{id}/progress. */
export class AddProgressBody extends OmitType(AddProgressRequest, ['indicatorId'] as const) {}

/** Query of GET /indicators/{id}/progress. */
export class ListProgressQuery extends OmitType(ListProgressRequest, ['indicatorId'] as const) {}

const uuidPipe = new ParseUUIDPipe({
  exceptionFactory: () =>
    new ValidationFailedException([
      { field: 'id', rule: 'isUuid', messageEn: 'id must be a UUID', messageTh: 'id ต้องเป็น UUID' },
    ]),
});

/** KPIs (ตัวชี้วัด) with their targets, progress and plan path. */
@ApiTags('indicators')
@Controller('v1/indicators')
export class IndicatorsController {
  constructor(
    private readonly indicators: IndicatorsClient,
    private readonly evaluation: EvaluationClient,
    @Inject(GATEWAY_OPTIONS) private readonly options: GatewayOptions,
  ) {}

  @Access('read')
  @Get()
  @ApiOperation({ summary: 'รายการตัวชี้วัด / List indicators' })
  @ApiQuery({ name: 'fiscalYear', required: false, description: 'ปีงบประมาณ พ.ศ. เช่น 2564 / Fiscal year (BE)' })
  @ApiQuery({ name: 'agency', required: false, description: 'รหัสหน่วยงาน เช่น 0411 / Agency code' })
  @ApiQuery({ name: 'planNode', required: false, description: 'รหัสแผน เช่น 5.4 / Plan node code' })
  @ApiQuery({ name: 'type', required: false, enum: kpiTypes, description: 'ประเภทตัวชี้วัด / KPI type' })
  @ApiQuery({ name: 'q', required: false, description: 'ค้นหาจากชื่อหรือรหัส / Search title or code' })
  @ApiQuery({ name: 'page', required: false, description: 'หน้าที่ (เริ่ม 1) / Page, from 1' })
  @ApiQuery({ name: 'pageSize', required: false, description: 'จำนวนต่อหน้า (สูงสุด 200) / Page size, max 200' })
  @ApiOkResponse({ schema: pageOf(indicatorSummarySchema) })
  @ApiProblems(400)
  list(@Query() query: ListIndicatorsRequest): Promise<Page<IndicatorSummary>> {
    return this.indicators.request(IndicatorsSubjects.indicatorList, query);
  }

  @Access('read')
  @Get(':id')
  @ApiOperation({ summary: 'ตัวชี้วัดพร้อมผลการดำเนินงานและแผน / One indicator with progress and plan path' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ schema: indicatorDetailSchema })
  @ApiProblems(400, 404)
  get(@Param('id', uuidPipe) id: string): Promise<IndicatorDetail> {
    return this.indicators.request(IndicatorsSubjects.indicatorGet, { id });
  }

  @Access('agency.write', { agency: fieldOf('body', 'agencyCode') })
  @Post()
  @ApiOperation({ summary: 'สร้างตัวชี้วัด / Create an indicator' })
  @ApiResponse({ status: 201, description: 'สร้างแล้ว / Created', schema: indicatorDetailSchema })
  @ApiProblems(400, 409, 422)
  @ApiBody({ schema: { $ref: '#/components/schemas/CreateIndicatorRequest' } })
  create(@Body() body: CreateIndicatorRequest): Promise<IndicatorDetail> {
    return this.indicators.request(IndicatorsSubjects.indicatorCreate, body);
  }

  @Access('agency.write', { agency: ownerOf('indicator') })
  @Patch(':id')
  @ApiOperation({ summary: 'แก้ไขตัวชี้วัด / Update an indicator' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ schema: indicatorDetailSchema })
  @ApiProblems(400, 404, 409, 422)
  @ApiBody({ schema: { $ref: '#/components/schemas/UpdateIndicatorBody' } })
  update(@Param('id', uuidPipe) id: string, @Body() body: UpdateIndicatorBody): Promise<IndicatorDetail> {
    return this.indicators.request(IndicatorsSubjects.indicatorUpdate, { ...body, id });
  }

  @Access('progress.write', { agency: ownerOf('indicator') })
  @Post(':id/progress')
  @ApiOperation({
    summary: 'รายงานผลการดำเนินงาน / Report progress',
    description:
      'รับผลของเดือนหนึ่งตั้งแต่วันแรกของเดือนถึงวันกำหนดส่ง (เวลากรุงเทพฯ) หลังจากนั้นตอบ 409 EVALUATION_ENTRY_WINDOW_CLOSED ' +
      'เว้นแต่ผู้ประเมินขอให้แก้ไขค่าของเดือนนั้น / Progress for a month is accepted from its first day to its entry deadline ' +
      '(Bangkok time); later reports get 409 EVALUATION_ENTRY_WINDOW_CLOSED unless an evaluator reopened that month',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiResponse({ status: 201, description: 'บันทึกแล้ว / Stored', schema: progressSchema })
  @ApiProblems(400, 404, 409, 422, 503)
  @ApiBody({ schema: { $ref: '#/components/schemas/AddProgressBody' } })
  async addProgress(@Param('id', uuidPipe) id: string, @Body() body: AddProgressBody): Promise<ProgressResponse> {
    // The evaluation service owns the round calendar, so it decides whether the month still takes progress.
    if (this.options.progressEntryCheck === 'enforce') {
      await this.evaluation.request(EvaluationSubjects.progressEntryCheck, { indicatorId: id, date: body.date });
    }

    return this.indicators.request(IndicatorsSubjects.progressAdd, { ...body, indicatorId: id });
  }

  @Access('read')
  @Get(':id/progress')
  @ApiOperation({ summary: 'ผลการดำเนินงานของตัวชี้วัด / Progress of an indicator' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiQuery({ name: 'fiscalYear', required: false })
  @ApiQuery({ name: 'quarter', required: false, enum: [1, 2, 3, 4] })
  @ApiOkResponse({ schema: pageOf(progressSchema) })
  @ApiProblems(400, 404)
  listProgress(
    @Param('id', uuidPipe) id: string,
    @Query() query: ListProgressQuery,
  ): Promise<Page<ProgressResponse>> {
    return this.indicators.request(IndicatorsSubjects.progressList, { ...query, indicatorId: id });
  }
}
