import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiResponse, ApiTags, OmitType } from '@nestjs/swagger';
import type { Request, Response } from 'express';

import type { AssessmentDetail, AssessmentListResponse, EvidenceFileRequest } from '@bma-kpi/contracts-catalog';
import {
  ASSESSMENT_KINDS,
  ASSESSMENT_STATUSES,
  CatalogSubjects,
  ListAssessmentsRequest,
  ReviewAssessmentRequest,
  SaveAnswersRequest,
  StartAssessmentRequest,
} from '@bma-kpi/contracts-catalog';

import { CatalogClient } from '../clients/catalog.client';
import { GATEWAY_OPTIONS, type GatewayOptions } from '../gateway.options';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { evidenceFileRequestSchema } from '../openapi/artefact.schemas';
import {
  assessmentDetailSchema,
  assessmentListSchema,
  reviewAssessmentBodySchema,
  saveAnswersBodySchema,
  startAssessmentBodySchema,
} from '../openapi/governance.schemas';
import { EVIDENCE_TYPES } from './evidence-content-type';
import { receiveEvidenceUpload } from './evidence-upload';
import { Access, datasetIn, fieldOf, ownerOf } from '../auth/access.decorator';

/** Body of PUT /governance/assessments/{id}/answers: the request without the assessment, which is in the path. */
export class SaveAnswersBody extends OmitType(SaveAnswersRequest, ['assessmentId'] as const) {}

/** Body of POST /governance/assessments/{id}/review: the request without the assessment, which is in the path. */
export class ReviewAssessmentBody extends OmitType(ReviewAssessmentRequest, ['assessmentId'] as const) {}

const idParam = ApiParam({ name: 'id', description: 'รหัส UUID ของการประเมิน / Assessment UUID' });

/**
 * Readiness (per agency) and data security (per dataset) assessments of a fiscal year. Agencies
 * start, answer, upload evidence and submit them, and evaluators review them.
 */
@ApiTags('governance assessments')
@Controller('v1/governance/assessments')
export class GovernanceAssessmentsController {
  constructor(
    private readonly catalog: CatalogClient,
    @Inject(GATEWAY_OPTIONS) private readonly options: GatewayOptions,
  ) {}

  @Access('agency.write', { agency: [fieldOf('body', 'agencyCode'), datasetIn('dataset')] })
  @Post()
  @ApiOperation({
    summary: 'เริ่มการประเมิน (หน่วยงาน) / Start an assessment (agencies)',
    description: 'ใช้แบบประเมินฉบับล่าสุดของประเภทนั้น / Uses the latest questionnaire version of the kind',
  })
  @ApiBody({ schema: startAssessmentBodySchema })
  @ApiResponse({ status: 201, description: 'สร้างฉบับร่างแล้ว / Draft created', schema: assessmentDetailSchema })
  @ApiProblems(400, 404, 409, 422)
  start(@Body() body: StartAssessmentRequest): Promise<AssessmentDetail> {
    return this.catalog.request(CatalogSubjects.assessmentStart, body);
  }

  @Access('read')
  @Get()
  @ApiOperation({ summary: 'รายการการประเมิน / List assessments', description: 'ปีงบประมาณล่าสุดก่อน / Newest fiscal year first' })
  @ApiQuery({ name: 'kind', required: false, enum: [...ASSESSMENT_KINDS] })
  @ApiQuery({ name: 'agency', required: false, description: 'รหัสหน่วยงาน / Agency code' })
  @ApiQuery({ name: 'fiscalYear', required: false, type: Number, description: 'ปีงบประมาณ พ.ศ. / Buddhist-era fiscal year' })
  @ApiQuery({ name: 'datasetId', required: false, description: 'รหัส UUID ของชุดข้อมูล / Dataset UUID' })
  @ApiQuery({ name: 'status', required: false, enum: [...ASSESSMENT_STATUSES] })
  @ApiOkResponse({ schema: assessmentListSchema })
  @ApiProblems(400)
  list(@Query() query: ListAssessmentsRequest): Promise<AssessmentListResponse> {
    return this.catalog.request(CatalogSubjects.assessmentList, query);
  }

  @Access('read')
  @Get(':id')
  @ApiOperation({
    summary: 'การประเมินพร้อมคำตอบ คะแนน และประวัติการตรวจ / An assessment with answers, scores and review history',
    description: 'รวมการเปรียบเทียบกับปีงบประมาณก่อน / Includes the comparison with the previous fiscal year',
  })
  @idParam
  @ApiOkResponse({ schema: assessmentDetailSchema })
  @ApiProblems(400, 404)
  get(@Param('id') id: string): Promise<AssessmentDetail> {
    return this.catalog.request(CatalogSubjects.assessmentGet, { assessmentId: id });
  }

  @Access('agency.write', { agency: ownerOf('assessment') })
  @Put(':id/answers')
  @ApiOperation({
    summary: 'บันทึกคำตอบ (หน่วยงาน) / Save answers (agencies)',
    description: 'เฉพาะสถานะ draft หรือ returned คำตอบที่แก้ต้องตรวจใหม่ / Draft or returned only; a changed answer needs a fresh review',
  })
  @idParam
  @ApiBody({ schema: saveAnswersBodySchema })
  @ApiOkResponse({ schema: assessmentDetailSchema })
  @ApiProblems(400, 404, 409, 422)
  saveAnswers(@Param('id') id: string, @Body() body: SaveAnswersBody): Promise<AssessmentDetail> {
    return this.catalog.request(CatalogSubjects.assessmentSaveAnswers, { ...body, assessmentId: id });
  }

  @Access('agency.write', { agency: ownerOf('assessment') })
  @Post(':id/evidence')
  @ApiOperation({
    summary: 'อัปโหลดไฟล์หลักฐานของคำตอบ (หน่วยงาน) / Upload an evidence file for answers (agencies)',
    description:
      'คืน sha256 และข้อมูลไฟล์เพื่อใส่ใน documents ของคำตอบ / Returns the file reference to list in an answer’s documents. ' +
      `Multipart field "file", or the raw body with ?fileName=. Accepted: ${EVIDENCE_TYPES.map((type) => type.mediaType).join(', ')}`,
  })
  @idParam
  @ApiQuery({ name: 'fileName', required: false, description: 'ชื่อไฟล์ เมื่อส่งเป็นเนื้อหาคำขอ / File name of a raw body' })
  @ApiConsumes('multipart/form-data', ...EVIDENCE_TYPES.map((type) => type.mediaType))
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } })
  @ApiResponse({ status: 201, description: 'เก็บไฟล์แล้ว / File stored', schema: evidenceFileRequestSchema })
  @ApiProblems(400, 404, 413, 415)
  async uploadEvidence(@Param('id') id: string, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<EvidenceFileRequest> {
    // Checks that the assessment exists before a byte is stored.
    await this.catalog.request(CatalogSubjects.assessmentGet, { assessmentId: id });

    return receiveEvidenceUpload(req, res, this.options.objectStore, { maxUploadBytes: this.options.maxUploadBytes });
  }

  @Access('agency.write', { agency: ownerOf('assessment') })
  @Post(':id/submit')
  @HttpCode(200)
  @ApiOperation({
    summary: 'ส่งการประเมินให้ตรวจ (หน่วยงาน) / Submit for review (agencies)',
    description: 'ทุกข้อที่ใช้ต้องตอบพร้อมหลักฐานที่กำหนด / Every applicable question needs an answer with its evidence',
  })
  @idParam
  @ApiOkResponse({ schema: assessmentDetailSchema })
  @ApiProblems(400, 404, 409)
  submit(@Param('id') id: string): Promise<AssessmentDetail> {
    return this.catalog.request(CatalogSubjects.assessmentSubmit, { assessmentId: id });
  }

  @Access('evaluation.write')
  @Post(':id/review')
  @HttpCode(200)
  @ApiOperation({
    summary: 'ตรวจการประเมิน (ผู้ประเมิน) / Review an assessment (evaluators)',
    description:
      'accept และ reject เป็นที่สิ้นสุด requestEvidence ส่งคืนหน่วยงาน / accept and reject are final; requestEvidence returns it to the agency',
  })
  @idParam
  @ApiBody({ schema: reviewAssessmentBodySchema })
  @ApiOkResponse({ schema: assessmentDetailSchema })
  @ApiProblems(400, 404, 409)
  review(@Param('id') id: string, @Body() body: ReviewAssessmentBody): Promise<AssessmentDetail> {
    return this.catalog.request(CatalogSubjects.assessmentReview, { ...body, assessmentId: id });
  }
}
