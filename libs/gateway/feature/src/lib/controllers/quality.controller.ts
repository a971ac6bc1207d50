import { applyDecorators, Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiQuery, ApiResponse, ApiTags, OmitType } from '@nestjs/swagger';
import type { Request, Response } from 'express';

import type {
  AgencyQualityRollupResponse,
  QualityAssessmentResponse,
  QualityFindingsResponse,
  QualityHistoryResponse,
} from '@bma-kpi/contracts-catalog';
import {
  AgencyQualityRequest,
  CatalogSubjects,
  LatestQualityRequest,
  QualityFindingsRequest,
  QualityHistoryRequest,
  StartQualityAssessmentRequest,
} from '@bma-kpi/contracts-catalog';

import { CatalogClient } from '../clients/catalog.client';
import { GATEWAY_OPTIONS, type GatewayOptions } from '../gateway.options';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { agencyQualitySchema, qualityAssessmentSchema, qualityFindingsSchema, qualityHistorySchema } from '../openapi/quality.schemas';
import { sendStoredFile } from './evidence-download';
import { Access, ownerOf } from '../auth/access.decorator';

/** Body of POST /catalog/datasets/{id}/quality. */
export class StartQualityBody extends OmitType(StartQualityAssessmentRequest, ['idOrSlug'] as const) {}

/** Query of GET /catalog/datasets/{id}/quality/latest. */
export class LatestQualityQuery extends OmitType(LatestQualityRequest, ['idOrSlug'] as const) {}

/** Query of GET /catalog/datasets/{id}/quality/history. */
export class QualityHistoryQuery extends OmitType(QualityHistoryRequest, ['idOrSlug'] as const) {}

/** Query of GET /catalog/datasets/{id}/quality/assessments/{assessmentId}/findings. */
export class QualityFindingsQuery extends OmitType(QualityFindingsRequest, ['idOrSlug', 'assessmentId'] as const) {}

const idParam = ApiParam({ name: 'id', description: 'รหัส UUID หรือชื่อ URL ของชุดข้อมูล / Dataset UUID or slug' });
const assessmentParam = ApiParam({ name: 'assessmentId', description: 'รหัสการประเมิน / Assessment UUID' });
const pageQueries = applyDecorators(
  ApiQuery({ name: 'page', required: false, type: Number }),
  ApiQuery({ name: 'pageSize', required: false, type: Number, description: 'สูงสุด 200 / At most 200' }),
);

/** Data quality assessments (การประเมินคุณภาพข้อมูล) of uploaded CSV and XLSX resources. */
@ApiTags('catalog')
@Controller('v1/catalog')
export class QualityController {
  constructor(
    private readonly catalog: CatalogClient,
    @Inject(GATEWAY_OPTIONS) private readonly options: GatewayOptions,
  ) {}

  @Access('agency.write', { agency: ownerOf('dataset') })
  @Post('datasets/:id/quality')
  @HttpCode(202)
  @ApiOperation({
    summary: 'เริ่มประเมินคุณภาพไฟล์ของทรัพยากร / Start a data quality assessment of a resource file',
    description: 'ทำงานเบื้องหลัง ตรวจสถานะได้จาก status / Runs in the background; poll the returned assessment for progress',
  })
  @idParam
  @ApiBody({ schema: { $ref: '#/components/schemas/StartQualityBody' } })
  @ApiResponse({ status: 202, description: 'อยู่ในคิวหรือกำลังประเมิน / Queued or already running', schema: qualityAssessmentSchema })
  @ApiProblems(400, 404, 422)
  start(@Param('id') id: string, @Body() body: StartQualityBody): Promise<QualityAssessmentResponse> {
    return this.catalog.request(CatalogSubjects.qualityStart, { ...body, idOrSlug: id });
  }

  @Access('read')
  @Get('datasets/:id/quality/assessments/:assessmentId')
  @ApiOperation({ summary: 'สถานะ ความคืบหน้า และคะแนนของการประเมิน / Status, progress and scores of an assessment' })
  @idParam
  @assessmentParam
  @ApiOkResponse({ schema: qualityAssessmentSchema })
  @ApiProblems(400, 404)
  get(@Param('id') id: string, @Param('assessmentId') assessmentId: string): Promise<QualityAssessmentResponse> {
    return this.catalog.request(CatalogSubjects.qualityGet, { idOrSlug: id, assessmentId });
  }

  @Access('read')
  @Get('datasets/:id/quality/latest')
  @ApiOperation({ summary: 'ผลการประเมินล่าสุดที่เสร็จแล้ว / Latest finished assessment' })
  @idParam
  @ApiQuery({ name: 'resourceId', required: false, description: 'เฉพาะทรัพยากรนี้ / Only of this resource' })
  @ApiOkResponse({ schema: qualityAssessmentSchema })
  @ApiProblems(400, 404)
  latest(@Param('id') id: string, @Query() query: LatestQualityQuery): Promise<QualityAssessmentResponse> {
    return this.catalog.request(CatalogSubjects.qualityLatest, { ...query, idOrSlug: id });
  }

  @Access('read')
  @Get('datasets/:id/quality/history')
  @ApiOperation({ summary: 'ประวัติการประเมินคุณภาพ ใหม่สุดก่อน / Assessment history, newest first' })
  @idParam
  @ApiQuery({ name: 'resourceId', required: false, description: 'เฉพาะทรัพยากรนี้ / Only of this resource' })
  @pageQueries
  @ApiOkResponse({ schema: qualityHistorySchema })
  @ApiProblems(400, 404)
  history(@Param('id') id: string, @Query() query: QualityHistoryQuery): Promise<QualityHistoryResponse> {
    return this.catalog.request(CatalogSubjects.qualityHistory, { ...query, idOrSlug: id });
  }

  @Access('read')
  @Get('datasets/:id/quality/assessments/:assessmentId/findings')
  @ApiOperation({
    summary: 'ข้อค้นพบรายแถว / Row-level findings',
    description: 'เก็บไว้ไม่เกิน QUALITY_MAX_FINDINGS รายการ รายงาน CSV มีครบทุกรายการ / At most QUALITY_MAX_FINDINGS are kept; the CSV report has all',
  })
  @idParam
  @assessmentParam
  @ApiQuery({ name: 'rule', required: false, description: 'รหัสกฎ เช่น requiredBlank / Rule code such as requiredBlank' })
  @ApiQuery({ name: 'row', required: false, type: Number, description: 'แถวในไฟล์ / Row in the file' })
  @pageQueries
  @ApiOkResponse({ schema: qualityFindingsSchema })
  @ApiProblems(400, 404)
  findings(@Param('id') id: string, @Param('assessmentId') assessmentId: string, @Query() query: QualityFindingsQuery): Promise<QualityFindingsResponse> {
    return this.catalog.request(CatalogSubjects.qualityFindings, { ...query, idOrSlug: id, assessmentId });
  }

  @Access('read')
  @Get('datasets/:id/quality/assessments/:assessmentId/report.csv')
  @ApiOperation({ summary: 'ดาวน์โหลดรายงานรายแถว (CSV) / Download the row-level report (CSV)', description: 'UTF-8 มี BOM หัวตารางภาษาไทย / UTF-8 with BOM, Thai header' })
  @idParam
  @assessmentParam
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'รายงาน / The report', schema: { type: 'string' } })
  @ApiProblems(400, 404, 409)
  async report(@Param('id') id: string, @Param('assessmentId') assessmentId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const report = await this.catalog.request(CatalogSubjects.qualityReport, { idOrSlug: id, assessmentId });
    const file = { id: assessmentId, sha256: report.sha256, sizeBytes: report.sizeBytes, fileName: report.fileName, contentType: 'text/csv; charset=utf-8' };

    await sendStoredFile(req, res, this.options.objectStore, file);
  }

  @Access('read')
  @Get('quality/agencies')
  @ApiOperation({
    summary: 'คะแนนคุณภาพข้อมูลเฉลี่ยรายหน่วยงาน / Mean data quality scores per agency',
    description: 'ใช้ผลล่าสุดของแต่ละชุดข้อมูล / Uses each dataset\'s latest finished assessment',
  })
  @ApiQuery({ name: 'fiscalYear', required: false, type: Number, description: 'ปีงบประมาณ พ.ศ. ที่ประเมินเสร็จ / Fiscal year (BE) in which assessments finished' })
  @ApiQuery({ name: 'agency', required: false, description: 'รหัสหน่วยงาน / Agency code' })
  @ApiOkResponse({ schema: agencyQualitySchema })
  @ApiProblems(400)
  agencies(@Query() query: AgencyQualityRequest): Promise<AgencyQualityRollupResponse> {
    return this.catalog.request(CatalogSubjects.qualityAgencies, query);
  }
}
