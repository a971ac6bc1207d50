import type { OnApplicationShutdown } from '@nestjs/common';
import { Inject, Injectable } from '@nestjs/common';

import type { IndicatorDetail, IndicatorsMessages } from '@bma-kpi/contracts-indicators';
import { IndicatorsErrorCode, IndicatorsSubjects } from '@bma-kpi/contracts-indicators';
import { DomainException } from '@bma-kpi/errors';
import { ServiceClient } from '@bma-kpi/messaging';

import { EVALUATION_SERVICE_OPTIONS, type EvaluationServiceOptions } from './evaluation-service.options';
import { EvaluationExceptions } from './evaluation.exceptions';
import type { RequestMeta } from './request-meta';

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
   * Fetches one indicator with its targets and progress. Throws EVALUATION_INDICATOR_NOT_FOUND when
   * the indicators service has no such indicator, SERVICE_UNAVAILABLE when it is not running and
   * SERVICE_TIMEOUT when it does not reply in time.
   */
  async get(indicatorId: string, meta: RequestMeta): Promise<IndicatorDetail> {
    try {
      return await this.client.request(IndicatorsSubjects.indicatorGet, { id: indicatorId }, meta);
    } catch (error) {
      if (error instanceof DomainException && error.code === IndicatorsErrorCode.indicatorNotFound) {
        throw EvaluationExceptions.indicatorNotFound(indicatorId);
      }
      throw error;
    }
  }

  /**
   * Yields the indicators of a fiscal year (optionally of one agency) in batches, in id order, each
   * with its targets and progress. The indicators service ends a batch early when its reply would
   * not fit in one NATS message.
   */
  async *listDetails(fiscalYear: number, agency: string | undefined, meta: RequestMeta): AsyncGenerator<IndicatorDetail[]> {
    let afterId: string | undefined;

    do {
      const batch = await this.client.request(IndicatorsSubjects.indicatorDetails, { fiscalYear, agency, afterId, limit: 500 }, meta);

      yield batch.items;
      afterId = batch.nextAfterId ?? undefined;
    } while (afterId !== undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.options.indicators.proxy.close();
  }
}
