import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { CatalogSubjects } from '@bma-kpi/contracts-catalog';
import { EvaluationSubjects } from '@bma-kpi/contracts-evaluation';
import { IndicatorsSubjects } from '@bma-kpi/contracts-indicators';
import { NotificationSubjects } from '@bma-kpi/contracts-notification';

import { CatalogClient } from '../clients/catalog.client';
import { EvaluationClient } from '../clients/evaluation.client';
import { IndicatorsClient } from '../clients/indicators.client';
import { NotificationClient } from '../clients/notification.client';

/** Liveness of the gateway and readiness of the services behind it. */
@ApiTags('health')
@Controller()
export class HealthController {
  constructor(
    private readonly indicators: IndicatorsClient,
    private readonly catalog: CatalogClient,
    private readonly evaluation: EvaluationClient,
    private readonly notification: NotificationClient,
  ) {}

  @Get('health/live')
  @ApiOperation({ summary: 'เกตเวย์ทำงานอยู่ / The gateway process is up' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('health')
  @ApiOperation({ summary: 'ความพร้อมของบริการ / Readiness: 503 when a service does not answer' })
  async ready(): Promise<{ status: 'ok'; services: Record<string, unknown> }> {
    const [indicators, catalog, evaluation, notification] = await Promise.all([
      this.indicators.request(IndicatorsSubjects.healthCheck, {}),
      this.catalog.request(CatalogSubjects.healthCheck, {}),
      this.evaluation.request(EvaluationSubjects.healthCheck, {}),
      this.notification.request(NotificationSubjects.healthCheck, {}),
    ]);

    return { status: 'ok', services: { indicators, catalog, evaluation, notification } };
  }
}
