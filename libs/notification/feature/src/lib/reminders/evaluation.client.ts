import type { OnApplicationShutdown } from '@nestjs/common';
import { Inject, Injectable } from '@nestjs/common';

import type { EvaluationCalendarResponse, EvaluationMessages } from '@bma-kpi/contracts-evaluation';
import { EvaluationSubjects } from '@bma-kpi/contracts-evaluation';
import { CommonErrorCode, DomainException } from '@bma-kpi/errors';
import { ServiceClient } from '@bma-kpi/messaging';

import { NOTIFICATION_SERVICE_OPTIONS, type NotificationServiceOptions } from '../notification-service.options';
import type { RequestMeta } from '../request-meta';

/** Client of the evaluation service, the single source of the progress and review deadlines. */
@Injectable()
export class EvaluationClient implements OnApplicationShutdown {
  private readonly client: ServiceClient<EvaluationMessages> | null;

  constructor(@Inject(NOTIFICATION_SERVICE_OPTIONS) private readonly options: NotificationServiceOptions) {
    const connection = options.evaluation;

    this.client =
      connection === undefined
        ? null
        : new ServiceClient<EvaluationMessages>(connection.proxy, {
            service: 'evaluation',
            subjectPrefix: connection.subjectPrefix,
            timeoutMs: connection.timeoutMs,
          });
  }

  /** Whether the host gave a connection to the evaluation service. */
  get configured(): boolean {
    return this.client !== null;
  }

  /**
   * Fetches the monthly progress deadlines and the rounds of a Buddhist-era fiscal year. Throws
   * SERVICE_UNAVAILABLE when no connection is configured or the service is not running, and
   * SERVICE_TIMEOUT when it does not reply in time.
   */
  calendar(fiscalYear: number, meta: RequestMeta): Promise<EvaluationCalendarResponse> {
    if (this.client === null) {
      throw new DomainException(
        CommonErrorCode.serviceUnavailable,
        'The notification service has no connection to the evaluation service, so it cannot read the deadlines. Set the evaluation connection of the host.',
        'บริการแจ้งเตือนไม่ได้เชื่อมต่อกับบริการประเมินผล จึงอ่านกำหนดส่งไม่ได้ ให้ตั้งค่าการเชื่อมต่อบริการประเมินผล',
      );
    }

    return this.client.request(EvaluationSubjects.calendarGet, { fiscalYear }, meta);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.options.evaluation?.proxy.close();
  }
}
