import type { OnApplicationShutdown } from '@nestjs/common';
import { Inject, Injectable } from '@nestjs/common';

import type { IndicatorDetail, IndicatorsMessages } from '@bma-kpi/contracts-indicators';
import { IndicatorsSubjects } from '@bma-kpi/contracts-indicators';
import { ServiceClient } from '@bma-kpi/messaging';

import { NOTIFICATION_SERVICE_OPTIONS, type NotificationServiceOptions } from './notification-service.options';
import type { RequestMeta } from './request-meta';

/** Client of the indicators service, which supplies the KPI titles and agency names of notices. */
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

  async onApplicationShutdown(): Promise<void> {
    await this.options.indicators.proxy.close();
  }
}
