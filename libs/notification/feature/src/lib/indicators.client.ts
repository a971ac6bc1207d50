import type { OnApplicationShutdown } from '@nestjs/common';
import { Inject, Injectable } from '@nestjs/common';

import type { AgencyResponse, IndicatorDetail, IndicatorsMessages, Page } from '@bma-kpi/contracts-indicators';
import { IndicatorsSubjects } from '@bma-kpi/contracts-indicators';
import { ServiceClient } from '@bma-kpi/messaging';

import { NOTIFICATION_SERVICE_OPTIONS, type NotificationServiceOptions } from './notification-service.options';
import type { RequestMeta } from './request-meta';

/** Client of the indicators service, which supplies the KPI titles, agencies and agency names of notices. */
@Injectable()
export class IndicatorsClient implements OnApplicationShutdown {
  private readonly client: ServiceClient<IndicatorsMessages>;

  constructor(@Inject(NOTIFICATION_SERVICE_OPTIONS) private readonly options: NotificationServiceOptions) {
    this.client = new ServiceClient<IndicatorsMessages>(options.indicators.proxy, {
      service: 'indicators',
      subjectPrefix: options.indicators.subjectPrefix,
      timeoutMs: options.indicators.timeoutMs,
    });
  }

  get(indicatorId: string, meta: RequestMeta): Promise<IndicatorDetail> {
    return this.client.request(IndicatorsSubjects.indicatorGet, { id: indicatorId }, meta);
  }

  /** Reads one page of the agency list, at most 200 agencies. */
  listAgencies(page: number, pageSize: number, meta: RequestMeta): Promise<Page<AgencyResponse>> {
    return this.client.request(IndicatorsSubjects.agencyList, { page, pageSize }, meta);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.options.indicators.proxy.close();
  }
}
