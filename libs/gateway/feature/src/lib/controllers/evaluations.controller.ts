import { applyDecorators, Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiResponse, ApiTags, OmitType } from '@nestjs/swagger';
import type { Request } from 'express';

import type { EvaluationResponse, EvaluationSummaryResponse, ModelResponse, RoundPage, RoundResponse } from '@bma-kpi/contracts-evaluation';
import {
  AssignModelRequest,
  CreateRoundRequest,
  EvaluationReferenceRequest,
  EvaluationSubjects,
  EvaluationSummaryRequest,
  FiscalQuarterRequest,
  IndicatorYearRequest,
  ListRoundsRequest,
  SignOffRoundRequest,
  TransitionRequest,
} from '@bma-kpi/contracts-evaluation';

import { EvaluationClient } from '../clients/evaluation.client';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { evaluationSchema, modelSchema, roundPageSchema, roundSchema, summarySchema } from '../openapi/evaluation.schemas';
import { Access, ownerOf } from '../auth/access.decorator';
import { requestAccessOf } from '../auth/access.guard';
import { transitionPermission, workflowRoleOf } from '../auth/permission-choices';

/** Body of a sign-off: the round is in the path, and the access rule admits evaluators only. */
export class SignOffRoundBody extends OmitType(SignOffRoundRequest, ['fiscalYear', 'quarter', 'role'] as const) {}

/** Body of a scoring-model assignment: indicator and year are in the path. */
export class AssignModelBody extends OmitType(AssignModelRequest, ['indicatorId', 'fiscalYear'] as const) {}

/** Body of a workflow action: round and indicator are in the path. */
/** The role and agency of a transition come from the caller's credentials, never from the body. */
export class TransitionBody extends OmitType(TransitionRequest, ['fiscalYear', 'quarter', 'indicatorId', 'role', 'agencyCode'] as const) {}

const roundParams = [
  ApiParam({ name: 'fiscalYear', description: 'ปีงบประมาณ พ.ศ. / Fiscal year (BE)', example: 2564 }),
  ApiParam({ name: 'quarter', description: 'ไตรมาส 1–4 (ไตรมาส 1 = ต.ค.–ธ.ค.) / Quarter 1–4 (Q1 = Oct–Dec)', example: 1 }),
];

/** Quarterly evaluation by the Strategy and Evaluation Department (สยป.): rounds, scoring models and the evaluator workflow. */
@ApiTags('evaluations')
@Controller('v1/evaluations')
export class EvaluationsController {
  constructor(private readonly evaluation: EvaluationClient) {}

  @Access('evaluation.write')
  @Post('rounds')
  @ApiOperation({ summary: 'เปิดรอบการประเมิน / Open an evaluation round' })
  @ApiBody({ schema: { $ref: '#/components/schemas/CreateRoundRequest' } })
  @ApiResponse({ status: 201, description: 'เปิดรอบแล้ว / Round opened', schema: roundSchema })
  @ApiProblems(400, 409)
  createRound(@Body() body: CreateRoundRequest): Promise<RoundResponse> {
    return this.evaluation.request(EvaluationSubjects.roundCreate, body);
  }

  @Access('read')
  @Get('rounds')
  @ApiOperation({ summary: 'รายการรอบการประเมิน / List evaluation rounds' })
  @ApiQuery({ name: 'fiscalYear', required: false, type: Number, description: 'ปีงบประมาณ พ.ศ. / Fiscal year (BE)' })
  @ApiOkResponse({ schema: roundPageSchema })
  @ApiProblems(400)
  listRounds(@Query() query: ListRoundsRequest): Promise<RoundPage> {
    return this.evaluation.request(EvaluationSubjects.roundList, query);
  }

  @Access('read')
  @Get('rounds/:fiscalYear/:quarter')
  @ApiOperation({ summary: 'รอบการประเมินพร้อมกำหนดการและช่วงปัจจุบัน / One round with its schedule and current phase' })
  @applyDecorators(...roundParams)
  @ApiOkResponse({ schema: roundSchema })
  @ApiProblems(400, 404)
  getRound(@Param() params: FiscalQuarterRequest): Promise<RoundResponse> {
    return this.evaluation.request(EvaluationSubjects.roundGet, params);
  }

  @Access('evaluation.write')
  @Post('rounds/:fiscalYear/:quarter/sign-off')
  @HttpCode(200)
  @ApiOperation({ summary: 'ลงนามรับรองผลรอบการประเมิน / Sign a round off, locking its evaluations' })
  @applyDecorators(...roundParams)
  @ApiBody({ schema: { $ref: '#/components/schemas/SignOffRoundBody' } })
  @ApiOkResponse({ schema: roundSchema })
  @ApiProblems(400, 404, 409)
  signOff(@Param() params: FiscalQuarterRequest, @Body() body: SignOffRoundBody): Promise<RoundResponse> {
    return this.evaluation.request(EvaluationSubjects.roundSignOff, { ...body, ...params, role: 'evaluator' });
  }

  @Access('evaluation.write')
  @Put('models/:indicatorId/:fiscalYear')
  @ApiOperation({ summary: 'กำหนดวิธีคิดคะแนนของตัวชี้วัด / Choose an indicator\'s scoring model for a year' })
  @ApiParam({ name: 'indicatorId', description: 'รหัสตัวชี้วัด / Indicator id' })
  @ApiParam({ name: 'fiscalYear', description: 'ปีงบประมาณ พ.ศ. / Fiscal year (BE)' })
  @ApiBody({ schema: { $ref: '#/components/schemas/AssignModelBody' } })
  @ApiOkResponse({ schema: modelSchema })
  @ApiProblems(400, 409, 422)
  assignModel(@Param() params: IndicatorYearRequest, @Body() body: AssignModelBody): Promise<ModelResponse> {
    return this.evaluation.request(EvaluationSubjects.modelAssign, { ...body, ...params });
  }

  @Access('read')
  @Get('models/:indicatorId/:fiscalYear')
  @ApiOperation({ summary: 'วิธีคิดคะแนนปัจจุบันและประวัติ / The current scoring model and its history' })
  @ApiParam({ name: 'indicatorId', description: 'รหัสตัวชี้วัด / Indicator id' })
  @ApiParam({ name: 'fiscalYear', description: 'ปีงบประมาณ พ.ศ. / Fiscal year (BE)' })
  @ApiOkResponse({ schema: modelSchema })
  @ApiProblems(400)
  getModel(@Param() params: IndicatorYearRequest): Promise<ModelResponse> {
    return this.evaluation.request(EvaluationSubjects.modelGet, params);
  }

  @Access('read')
  @Get('rounds/:fiscalYear/:quarter/indicators/:indicatorId')
  @ApiOperation({
    summary: 'ผลการประเมินตัวชี้วัดในรอบ / The evaluation of an indicator in a round',
    description: 'ค่าของไตรมาส คะแนน ข้อสังเกตความสอดคล้อง สถานะ และประวัติ / Quarter value, score, consistency flags, state and history',
  })
  @applyDecorators(...roundParams)
  @ApiParam({ name: 'indicatorId', description: 'รหัสตัวชี้วัด / Indicator id' })
  @ApiOkResponse({ schema: evaluationSchema })
  @ApiProblems(400, 404, 503)
  getEvaluation(@Param() params: EvaluationReferenceRequest): Promise<EvaluationResponse> {
    return this.evaluation.request(EvaluationSubjects.evaluationGet, params);
  }

  @Access(transitionPermission, { agency: ownerOf('indicator', 'indicatorId') })
  @Post('rounds/:fiscalYear/:quarter/indicators/:indicatorId/transitions')
  @HttpCode(200)
  @ApiOperation({
    summary: 'ดำเนินการตามขั้นตอนการประเมิน / Apply a workflow action',
    description:
      'submit, score, requestCorrection, correct, appeal, signOff การดำเนินการที่ไม่อนุญาตตอบ 409 พร้อมกฎที่ขัด / ' +
      'A forbidden action answers 409 naming the rule. The role follows from the action and the caller\'s credentials',
  })
  @applyDecorators(...roundParams)
  @ApiParam({ name: 'indicatorId', description: 'รหัสตัวชี้วัด / Indicator id' })
  @ApiBody({ schema: { $ref: '#/components/schemas/TransitionBody' } })
  @ApiOkResponse({ schema: evaluationSchema })
  @ApiProblems(400, 404, 409, 422, 503)
  transition(@Param() params: EvaluationReferenceRequest, @Body() body: TransitionBody, @Req() request: Request): Promise<EvaluationResponse> {
    const role = workflowRoleOf(body.action);
    // The access guard has checked that an agency's caller owns the indicator, so its owner speaks for the agency.
    const agencyCode = role === 'agency' ? (requestAccessOf(request)?.targetAgency ?? undefined) : undefined;

    return this.evaluation.request(EvaluationSubjects.evaluationTransition, { ...body, ...params, role, ...(agencyCode ? { agencyCode } : {}) });
  }

  @Access('read')
  @Get('summary')
  @ApiOperation({
    summary: 'สรุปผลตามหน่วยงาน แผน หรือประเภทตัวชี้วัด / Results grouped by agency, plan node or KPI type',
    description:
      'ผลของไตรมาสที่ขอและแนวโน้มตั้งแต่ไตรมาส 1 ใช้คะแนนที่ผู้ประเมินบันทึกแล้ว ที่เหลือคำนวณจากข้อมูลปัจจุบัน / ' +
      'The quarter asked for and the trend from quarter 1; stored scores where evaluators scored, previews elsewhere',
  })
  @ApiQuery({ name: 'fiscalYear', type: Number, example: 2564, description: 'ปีงบประมาณ พ.ศ. / Fiscal year (BE)' })
  @ApiQuery({ name: 'quarter', type: Number, example: 2, description: 'ไตรมาส 1–4 / Quarter 1–4' })
  @ApiQuery({ name: 'groupBy', enum: ['agency', 'planNode', 'kpiType'] })
  @ApiQuery({ name: 'planLevel', required: false, enum: ['dimension', 'subDimension', 'goal'], description: 'ด้าน มิติ เป้าหมาย / Plan level' })
  @ApiQuery({ name: 'agency', required: false, description: 'รหัสหน่วยงาน 4 หลัก / Four-digit agency code' })
  @ApiOkResponse({ schema: summarySchema })
  @ApiProblems(400, 503)
  summary(@Query() query: EvaluationSummaryRequest): Promise<EvaluationSummaryResponse> {
    return this.evaluation.request(EvaluationSubjects.summaryGet, query);
  }
}
