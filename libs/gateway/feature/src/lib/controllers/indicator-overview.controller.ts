import { Controller, Get, Inject, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';

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
import type { CacheRead } from '../overview/overview-cache';
import { serialized, type SerializedOverview } from '../overview/serialized-overview';
import { IndicatorOverviewCache } from '../overview/overview-cache.providers';
import { GatewayMetrics } from '../operations/gateway-metrics';
import { Access } from '../auth/access.decorator';

const uuidPipe = new ParseUUIDPipe({
  exceptionFactory: () =>
    new ValidationFailedException([{ field: 'id', rule: 'isUuid', messageEn: 'id must be a UUID', messageTh: 'id ต้องเป็น UUID' }]),
});

/** Returns the Cache-Status header (RFC 9211) of an overview read. */
function cacheStatusOf(read: CacheRead<SerializedOverview>): string {
  if (read.source === 'hit') {
    return 'bma-kpi-gateway; hit';
  }

  return `bma-kpi-gateway; fwd=miss${read.source === 'collapsed' ? '; collapsed' : ''}${read.stored ? '; stored' : ''}`;
}

/** One page with everything about an indicator, gathered from the services it concerns. */
@ApiTags('indicators')
@Controller('v1/indicators')
export class IndicatorOverviewController {
  constructor(
    private readonly indicators: IndicatorsClient,
    private readonly evaluation: EvaluationClient,
    private readonly catalog: CatalogClient,
    @Inject(GATEWAY_OPTIONS) private readonly options: GatewayOptions,
    private readonly cache: IndicatorOverviewCache,
    private readonly metrics: GatewayMetrics,
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
      'service calls run at the same time, so the longest wait is about one timeout. ' +
      'ภาพรวมที่ครบทุกส่วนจะเก็บไว้ในแคชของเกตเวย์ และล้างทันทีเมื่อมีการเขียนข้อมูลหรือบริการแจ้งเหตุการณ์ ' +
      'ส่วนหัว Cache-Status บอกว่าคำตอบมาจากแคช (hit) หรือจากบริการ (fwd=miss) / A complete overview is kept in the ' +
      "gateway's cache for at most OVERVIEW_CACHE_TTL_MS and dropped as soon as any write or service event may have " +
      'changed it; the Cache-Status header says whether the answer came from the cache (hit) or from the services (fwd=miss). ' +
      'ส่งส่วนหัว If-None-Match ด้วยค่า ETag ที่ได้รับ เพื่อรับ 304 เมื่อข้อมูลไม่เปลี่ยน / Send If-None-Match with the ETag received to get 304 while nothing has changed.',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({
    schema: overviewSchema,
    headers: { 'Cache-Status': { description: 'bma-kpi-gateway; hit, or bma-kpi-gateway; fwd=miss with `; collapsed` when the response came from another request\'s gather and `; stored` when it was cached', schema: { type: 'string' } } },
  })
  @ApiProblems(400, 404)
  async overview(@Param('id', uuidPipe) id: string, @Res({ passthrough: true }) response: Response): Promise<string> {
    // UUIDs are case-insensitive: one spelling keeps one cache entry and the id the services return.
    const indicatorId = id.toLowerCase();
    const read = await this.cache.read(indicatorId, async () => serialized(await this.gather(indicatorId)), (value) => value.complete);

    this.metrics.observeOverviewCacheLookup(read.source);
    response.setHeader('Cache-Status', cacheStatusOf(read));
    // Express responds 304 to a matching If-None-Match and otherwise sends the text unchanged.
    response.setHeader('ETag', read.value.etag);
    response.type('application/json');

    return read.value.json;
  }

  /** Requests the three services at once and builds the overview from their replies. */
  private async gather(id: string): Promise<IndicatorOverview> {
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
