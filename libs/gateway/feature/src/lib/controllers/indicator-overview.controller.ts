import { Controller, Get, Inject, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';

import { CatalogSubjects } from '@bma-kpi/contracts-catalog';
import { EvaluationSubjects } from '@bma-kpi/contracts-evaluation';
import { IndicatorsSubjects } from '@bma-kpi/contracts-indicators';
import { ValidationFailedException } from '@bma-kpi/errors';

import { CatalogClient } from '../clients/catalog.client';
import { EvaluationClient } from '../clients/evaluation.client';
import { IndicatorsClient } from '../clients/indicators.client';
import { GATEWAY_OPTIONS, type GatewayOptions } from '../gateway.options';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { overviewSchema } from '../openapi/overview.schemas';
import { assertIndicatorReadable, evaluationSections, type IndicatorOverview, indicatorSections, settle, unavailable } from '../overview/indicator-overview';
import { Access } from '../auth/access.decorator';

// eslint-disable-next-line no-useless-assignment -- the rule misses reads in parameter decorators such as @Param below
const uuidPipe = new ParseUUIDPipe({
  exceptionFactory: () =>
    new ValidationFailedException([{ field: 'id', rule: 'isUuid', messageEn: 'id must be a UUID', messageTh: 'id ต้องเป็น UUID' }]),
});

/** One page with everything about an indicator, gathered from the services it concerns. */
@ApiTags('indicators')
@Controller('v1/indicators')
export class IndicatorOverviewController {
  constructor(
    private readonly indicators: IndicatorsClient,
    private readonly evaluation: EvaluationClient,
    private readonly catalog: CatalogClient,
    @Inject(GATEWAY_OPTIONS) private readonly options: GatewayOptions,
  ) {}

  @Access('read')
  @Get(':id/overview')
  @ApiOperation({
    summary: 'ภาพรวมตัวชี้วัด / Indicator overview',
    description:
      'นิยาม ค่าเป้าหมาย ผลการดำเนินงาน ผลการประเมินรายไตรมาส ชุดข้อมูลที่เชื่อมโยง และข้อสังเกต แต่ละส่วนที่บริการไม่ตอบภายใน ' +
      'OVERVIEW_CALL_TIMEOUT_MS จะมี status: unavailable ส่วนอื่นยังแสดงตามปกติ / Definition, targets, progress, evaluations ' +
      'per quarter, linked datasets and flags. A section whose service fails or does not answer within OVERVIEW_CALL_TIMEOUT_MS ' +
      'is { status: unavailable, code, messageTh, messageEn }; the other sections are still returned with 200. The three ' +
      'service calls run at the same time, so the longest wait is about one timeout.',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ schema: overviewSchema })
  @ApiProblems(400, 404)
  async overview(@Param('id', uuidPipe) id: string): Promise<IndicatorOverview> {
    const timeoutMs = this.options.operations.overviewCallTimeoutMs;
    // The evaluation service reads the indicator's fiscal year itself, so all three calls run at once.
    const [indicator, evaluations, datasets] = await Promise.all([
      settle(this.indicators.request(IndicatorsSubjects.indicatorGet, { id }, timeoutMs)),
      settle(this.evaluation.request(EvaluationSubjects.evaluationListByIndicator, { indicatorId: id }, timeoutMs)),
      settle(this.catalog.request(CatalogSubjects.linkListByIndicator, { indicatorId: id }, timeoutMs)),
    ]);

    assertIndicatorReadable(indicator);

    return {
      indicatorId: id,
      ...indicatorSections(indicator),
      ...evaluationSections(indicator, evaluations),
      datasets: datasets.ok ? { status: 'ok', data: { items: datasets.value.items } } : unavailable(datasets.error),
    };
  }
}
