import type { OnApplicationShutdown } from '@nestjs/common';
import { Inject, Injectable } from '@nestjs/common';

import type { IndicatorsMessages, ScoringIndicator, ScoringIndicatorBatch } from '@bma-kpi/contracts-indicators';
import { IndicatorsErrorCode, IndicatorsSubjects, maxScoringBatch } from '@bma-kpi/contracts-indicators';
import { DomainException } from '@bma-kpi/errors';
import { ServiceClient } from '@bma-kpi/messaging';

import { EVALUATION_SERVICE_OPTIONS, type EvaluationServiceOptions } from './evaluation-service.options';
import { EvaluationExceptions } from './evaluation.exceptions';
import type { RequestMeta } from './request-meta';

const firstBatchLimit = 200;
const minBatchLimit = 20;
/** Id ranges read at the same time by forEachDetailBatch. */
const detailRangeCount = 4;

/**
 * Splits the UUID space into `count` ranges by its four leading hex digits. Random (version 4) ids
 * fall evenly into them. Each range starts just before its lower bound, because `afterId` is
 * exclusive, and ends before its upper bound, so every id belongs to exactly one range.
 */
export function idRanges(count: number): { afterId?: string; beforeId?: string }[] {
  const leads = Array.from({ length: count - 1 }, (_, index) => Math.floor(((index + 1) * 0x10000) / count));
  const bound = (lead: number) => `${lead.toString(16).padStart(4, '0')}0000-0000-0000-0000-000000000000`;
  const justBelow = (lead: number) => `${(lead - 1).toString(16).padStart(4, '0')}ffff-ffff-ffff-ffff-ffffffffffff`;

  return Array.from({ length: count }, (_, index) => {
    const lower = leads[index - 1];
    const upper = leads[index];

    return {
      ...(lower === undefined ? {} : { afterId: justBelow(lower) }),
      ...(upper === undefined ? {} : { beforeId: bound(upper) }),
    };
  });
}

/**
 * Client of the indicators service. The evaluation service reads indicators, targets and progress
 * only through it and never reads that service's tables.
 */
@Injectable()
export class IndicatorsClient implements OnApplicationShutdown {
  private readonly client: ServiceClient<IndicatorsMessages>;

  constructor(@Inject(EVALUATION_SERVICE_OPTIONS) private readonly options: EvaluationServiceOptions) {
    this.client = new ServiceClient<IndicatorsMessages>(options.indicators.proxy, {
      service: 'indicators',
      subjectPrefix: options.indicators.subjectPrefix,
      timeoutMs: options.indicators.timeoutMs,
    });
  }

  /**
   * Fetches what scoring reads of one indicator: targets, progress values, agency and plan path,
   * without the long texts of the full detail. Throws EVALUATION_INDICATOR_NOT_FOUND when
   * the indicators service has no such indicator, SERVICE_UNAVAILABLE when it is not running and
   * SERVICE_TIMEOUT when it does not reply in time.
   */
  async get(indicatorId: string, meta: RequestMeta): Promise<ScoringIndicator> {
    try {
      return await this.client.request(IndicatorsSubjects.indicatorScoringGet, { id: indicatorId }, meta);
    } catch (error) {
      if (error instanceof DomainException && error.code === IndicatorsErrorCode.indicatorNotFound) {
        throw EvaluationExceptions.indicatorNotFound(indicatorId);
      }
      throw error;
    }
  }

  /**
   * Reads what scoring needs of every indicator of a fiscal year (optionally of one agency) and hands
   * each batch to `onBatch`. The id space is split into ranges read at the same time, so
   * several indicators service instances, or one with a busy database, share the work. Within a
   * range, the next batch is requested before `onBatch` handles the current one.
   */
  async forEachDetailBatch(
    fiscalYear: number,
    agency: string | undefined,
    meta: RequestMeta,
    onBatch: (batch: ScoringIndicator[]) => Promise<void>,
  ): Promise<void> {
    const ranges = idRanges(detailRangeCount);

    await Promise.all(ranges.map((range) => this.readRange(fiscalYear, agency, range, meta, onBatch)));
  }

  private async readRange(
    fiscalYear: number,
    agency: string | undefined,
    range: { afterId?: string; beforeId?: string },
    meta: RequestMeta,
    onBatch: (batch: ScoringIndicator[]) => Promise<void>,
  ): Promise<void> {
    const fetchBatch = (afterId: string | undefined, limit: number): Promise<ScoringIndicatorBatch> =>
      this.client.request(
        IndicatorsSubjects.indicatorScoringBatch,
        { fiscalYear, agency, afterId, beforeId: range.beforeId, limit },
        meta,
      );
    let pending: Promise<ScoringIndicatorBatch> | null = fetchBatch(range.afterId, firstBatchLimit);

    while (pending !== null) {
      const batch: ScoringIndicatorBatch = await pending;
      // Asking for about as many as fitted last time keeps the service from reading rows that its
      // byte budget would drop.
      const limit = Math.min(maxScoringBatch, Math.max(minBatchLimit, Math.ceil(batch.items.length * 1.1)));

      pending = batch.nextAfterId === null ? null : fetchBatch(batch.nextAfterId, limit);
      await onBatch(batch.items);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.options.indicators.proxy.close();
  }
}
