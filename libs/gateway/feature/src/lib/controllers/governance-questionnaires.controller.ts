import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';

import type { QuestionnaireListResponse, QuestionnaireResponse } from '@bma-kpi/contracts-catalog';
import {
  ASSESSMENT_KINDS,
  CatalogSubjects,
  CreateQuestionnaireRequest,
  ListQuestionnairesRequest,
  LoadDefaultQuestionnaireRequest,
} from '@bma-kpi/contracts-catalog';

import { CatalogClient } from '../clients/catalog.client';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { createQuestionnaireBodySchema, questionnaireListSchema, questionnaireSchema } from '../openapi/governance.schemas';
import { Access } from '../auth/access.decorator';

/** Versioned questionnaires of the readiness and security assessments; publishing is for administrators. */
@ApiTags('governance questionnaires')
@Controller('v1/governance/questionnaires')
export class GovernanceQuestionnairesController {
  constructor(private readonly catalog: CatalogClient) {}

  @Access('admin')
  @Post()
  @ApiOperation({
    summary: 'เผยแพร่แบบประเมินฉบับใหม่ (ผู้ดูแล) / Publish a questionnaire version (administrators)',
    description: 'ฉบับที่เผยแพร่แล้วแก้ไขไม่ได้ การเปลี่ยนแปลงคือฉบับใหม่ / Published versions never change; a change is a new version',
  })
  @ApiBody({ schema: createQuestionnaireBodySchema })
  @ApiResponse({ status: 201, description: 'เผยแพร่แล้ว / Published', schema: questionnaireSchema })
  @ApiProblems(400, 409)
  create(@Body() body: CreateQuestionnaireRequest): Promise<QuestionnaireResponse> {
    return this.catalog.request(CatalogSubjects.questionnaireCreate, body);
  }

  @Access('admin')
  @Post('defaults')
  @ApiOperation({
    summary: 'เผยแพร่แบบประเมินตัวอย่างของระบบ (ผู้ดูแล) / Publish the shipped example questionnaire (administrators)',
    description: 'ถ้าฉบับล่าสุดมีเนื้อหาเดียวกันจะคืนฉบับนั้นโดยไม่สร้างใหม่ / Returns the latest version unchanged when its content is the same',
  })
  @ApiBody({ schema: { type: 'object', required: ['kind'], properties: { kind: { type: 'string', enum: [...ASSESSMENT_KINDS] } } } })
  @ApiResponse({ status: 201, description: 'ฉบับที่ใช้งาน / The current version', schema: questionnaireSchema })
  @ApiProblems(400, 409)
  loadDefault(@Body() body: LoadDefaultQuestionnaireRequest): Promise<QuestionnaireResponse> {
    return this.catalog.request(CatalogSubjects.questionnaireLoadDefault, body);
  }

  @Access('read')
  @Get()
  @ApiOperation({ summary: 'รายการแบบประเมินทุกฉบับ / List questionnaire versions', description: 'ฉบับใหม่ก่อน / Newest first' })
  @ApiQuery({ name: 'kind', required: false, enum: [...ASSESSMENT_KINDS], description: 'ประเภทการประเมิน / Assessment kind' })
  @ApiOkResponse({ schema: questionnaireListSchema })
  @ApiProblems(400)
  list(@Query() query: ListQuestionnairesRequest): Promise<QuestionnaireListResponse> {
    return this.catalog.request(CatalogSubjects.questionnaireList, query);
  }

  @Access('read')
  @Get(':id')
  @ApiOperation({ summary: 'แบบประเมินหนึ่งฉบับ / One questionnaire version' })
  @ApiParam({ name: 'id', description: 'รหัส UUID ของฉบับ / Version UUID' })
  @ApiOkResponse({ schema: questionnaireSchema })
  @ApiProblems(400, 404)
  get(@Param('id') id: string): Promise<QuestionnaireResponse> {
    return this.catalog.request(CatalogSubjects.questionnaireGet, { questionnaireId: id });
  }
}
