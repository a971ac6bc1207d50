import { Body, Controller, Get, Headers, Inject, Post, Query } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { EvaluationSubjects } from '@bma-kpi/contracts-evaluation';
import type { Page, ProgressExportItem, ProgressResponse } from '@bma-kpi/contracts-indicators';
import { IndicatorsErrorCode, IndicatorsSubjects } from '@bma-kpi/contracts-indicators';
import { DomainException, ValidationFailedException } from '@bma-kpi/errors';

import { Access, indicatorNamedIn } from '../auth/access.decorator';
import { EvaluationClient } from '../clients/evaluation.client';
import { IndicatorsClient } from '../clients/indicators.client';
import { GATEWAY_OPTIONS, type GatewayOptions } from '../gateway.options';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { requestBodySchema } from '../openapi/notification-registry.schemas';
import {
  integrationEvaluationPageSchema,
  integrationProgressPageSchema,
  integrationPushedProgressSchema,
  pushProgressExamples,
} from '../openapi/integration.schemas';
import { toIntegrationEvaluationPage, type IntegrationEvaluationPage } from './integration.mapper';
import { IntegrationEvaluationsQuery, IntegrationProgressQuery, PushProgressRequest } from './integration.requests';

const defaultPageSize = 50;

function missingIdempotencyKey(): ValidationFailedException {
  return new ValidationFailedException([
    {
      field: 'Idempotency-Key',
      rule: 'isNotEmpty',
      messageTh: 'ต้องส่งส่วนหัว Idempotency-Key เช่น UUID เพื่อให้ส่งซ้ำได้อย่างปลอดภัย',
      messageEn: 'the Idempotency-Key header is required, such as a UUID, so that a retry is safe',
    },
  ]);
}

function ambiguousIndicator(): ValidationFailedException {
  return new ValidationFailedException([
    {
      field: 'indicatorId',
      rule: 'isExclusive',
      messageTh: 'ระบุตัวชี้วัดด้วย indicatorId หรือ kpiCode คู่กับ fiscalYear อย่างใดอย่างหนึ่ง',
      messageEn: 'name the indicator by indicatorId or by kpiCode with fiscalYear, not both',
    },
  ]);
}

/**
 * Versioned integration API for BMA Digital Plans and other BMA systems: exports of progress and
 * evaluation results, and the inbound push of monthly progress. Its paths and payloads stay stable
 * within v1; a breaking change gets /integration/v2.
 */
@ApiTags('integration')
@Controller('integration/v1')
export class IntegrationController {
  constructor(
    private readonly indicators: IndicatorsClient,
    private readonly evaluation: EvaluationClient,
    @Inject(GATEWAY_OPTIONS) private readonly options: GatewayOptions,
  ) {}

  @Access('read')
  @Get('progress')
  @ApiOperation({
    summary: 'ส่งออกผลการดำเนินงานรายปีงบประมาณ / Export progress per fiscal year',
    description:
      'ตัวชี้วัดของปีงบประมาณ (พ.ศ.) ทีละหน้า พร้อมค่าเป้าหมาย แผนรายไตรมาส และรายงานผลในปีหรือไตรมาสนั้น เรียงตามรหัสตัวชี้วัด ' +
      '/ Indicators of a fiscal year (BE), one page at a time, with target, quarter plan and the progress notes of the year or ' +
      'quarter, ordered by KPI code (uncoded last). `quarter` filters the notes; every indicator of the year is still listed.',
  })
  @ApiOkResponse({ schema: integrationProgressPageSchema })
  @ApiProblems(400)
  exportProgress(@Query() query: IntegrationProgressQuery): Promise<Page<ProgressExportItem>> {
    return this.indicators.request(IndicatorsSubjects.progressExport, { ...query, pageSize: query.pageSize ?? defaultPageSize });
  }

  @Access('read')
  @Get('evaluations')
  @ApiOperation({
    summary: 'ส่งออกผลการประเมินของรอบ / Export the evaluation results of a round',
    description:
      'ผลการประเมินรายตัวชี้วัดของรอบ (ปีงบประมาณและไตรมาส) ที่บันทึกแล้ว ทีละหน้า เรียงตามรหัสหน่วยงาน ' +
      '/ Stored evaluations of a round (fiscal year and quarter), one page at a time, ordered by agency code: quarter value, ' +
      'score, workflow state, sign-off and flags. A round never opened returns an empty page with roundStatus null.',
  })
  @ApiOkResponse({ schema: integrationEvaluationPageSchema })
  @ApiProblems(400)
  async exportEvaluations(@Query() query: IntegrationEvaluationsQuery): Promise<IntegrationEvaluationPage> {
    const page = await this.evaluation.request(EvaluationSubjects.evaluationList, { ...query, pageSize: query.pageSize ?? defaultPageSize });
    const ids = [...new Set(page.items.map((item) => item.indicatorId))];

    // One request for the whole page reads the codes and agency names of its indicators.
    const indicators =
      ids.length === 0 ? [] : (await this.indicators.request(IndicatorsSubjects.progressExport, { fiscalYear: query.fiscalYear, quarter: query.quarter, ids, pageSize: ids.length })).items;

    return toIntegrationEvaluationPage(page, indicators);
  }

  @Access('progress.write', { agency: indicatorNamedIn('indicatorId', 'kpiCode', 'fiscalYear') })
  @Post('progress')
  @ApiOperation({
    summary: 'รับรายงานผลรายเดือนจาก BMA Digital Plans / Receive monthly progress from BMA Digital Plans',
    description:
      'ระบุตัวชี้วัดด้วย indicatorId หรือ kpiCode คู่กับ fiscalYear ต้องส่ง Idempotency-Key ทุกครั้ง ส่งซ้ำด้วยคีย์เดิมได้ผลแรกกลับ ' +
      'คีย์เดิมกับข้อมูลอื่นได้ 409 / Name the indicator by indicatorId, or by kpiCode with fiscalYear. Idempotency-Key is ' +
      'required: a replay returns the first result with Idempotent-Replayed: true, the same key with another body is a 409. ' +
      'The caller needs progress.write on the indicator\'s owner agency.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: 'คีย์ไม่ซ้ำต่อการส่งหนึ่งครั้ง เช่น UUID / One key per note sent, such as a UUID' })
  @ApiBody({ schema: requestBodySchema(PushProgressRequest), examples: pushProgressExamples })
  @ApiCreatedResponse({ schema: integrationPushedProgressSchema })
  @ApiProblems(400, 404, 409, 422)
  async pushProgress(@Body() body: PushProgressRequest, @Headers('idempotency-key') key: string | undefined): Promise<ProgressResponse> {
    if (key === undefined || key.trim() === '') {
      throw missingIdempotencyKey();
    }
    if (body.indicatorId !== undefined && (body.kpiCode !== undefined || body.fiscalYear !== undefined)) {
      throw ambiguousIndicator();
    }
    const indicatorId = body.indicatorId ?? (await this.indicatorIdOf(body.kpiCode ?? '', body.fiscalYear ?? 0));

    // The evaluation service owns the round calendar, so it decides whether the month still takes progress.
    if (this.options.progressEntryCheck === 'enforce') {
      await this.evaluation.request(EvaluationSubjects.progressEntryCheck, { indicatorId, date: body.date });
    }

    return this.indicators.request(IndicatorsSubjects.progressAdd, { indicatorId, date: body.date, text: body.text, ...(body.value === undefined ? {} : { value: body.value }) });
  }

  private async indicatorIdOf(kpiCode: string, fiscalYear: number): Promise<string> {
    const page = await this.indicators.request(IndicatorsSubjects.progressExport, { fiscalYear, code: kpiCode, pageSize: 1 });
    const indicator = page.items[0];

    if (indicator === undefined) {
      throw new DomainException(
        IndicatorsErrorCode.indicatorNotFound,
        `No indicator has KPI code ${kpiCode} in fiscal year ${fiscalYear}; check the code and the Buddhist-era year.`,
        `ไม่พบตัวชี้วัดรหัส ${kpiCode} ในปีงบประมาณ ${fiscalYear} โปรดตรวจรหัสและปี พ.ศ.`,
        { details: { kpiCode, fiscalYear } },
      );
    }

    return indicator.id;
  }
}
