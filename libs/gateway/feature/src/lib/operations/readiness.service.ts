import { Inject, Injectable } from '@nestjs/common';

import { CatalogSubjects } from '@bma-kpi/contracts-catalog';
import { EvaluationSubjects } from '@bma-kpi/contracts-evaluation';
import { IndicatorsSubjects } from '@bma-kpi/contracts-indicators';
import { NotificationSubjects } from '@bma-kpi/contracts-notification';
import { CommonErrorCode, DomainException } from '@bma-kpi/errors';

import { CatalogClient } from '../clients/catalog.client';
import { EvaluationClient } from '../clients/evaluation.client';
import { IndicatorsClient } from '../clients/indicators.client';
import { NotificationClient } from '../clients/notification.client';
import { GATEWAY_OPTIONS, type GatewayOptions } from '../gateway.options';
import { GatewayMetrics, type ServiceHealthSample } from './gateway-metrics';

/** Health of one service: its own reply, or why the gateway could not get one. */
export type ServiceReadiness =
  | ({ status: 'ok' } & Record<string, unknown>)
  | { status: 'unavailable'; code: string; message: string };

/** Readiness of every service behind the gateway. */
export interface ReadinessReport {
  status: 'ok' | 'unavailable';
  services: Record<string, ServiceReadiness>;
}

/**
 * Checks every service through its `<service>.health.check.v1` subject. A service's reply means
 * that the gateway reaches it over NATS and that the service reaches its database, so one round of
 * requests covers both.
 */
@Injectable()
export class ReadinessService {
  constructor(
    private readonly indicators: IndicatorsClient,
    private readonly catalog: CatalogClient,
    private readonly evaluation: EvaluationClient,
    private readonly notification: NotificationClient,
    private readonly metrics: GatewayMetrics,
    @Inject(GATEWAY_OPTIONS) private readonly options: GatewayOptions,
  ) {}

  /** Sends the health checks concurrently, records the results as gauges and returns them. */
  async check(): Promise<ReadinessReport> {
    const timeoutMs = this.options.operations.healthCheckTimeoutMs;
    const [indicators, catalog, evaluation, notification] = await Promise.all([
      settle(this.indicators.request(IndicatorsSubjects.healthCheck, {}, timeoutMs)),
      settle(this.catalog.request(CatalogSubjects.healthCheck, {}, timeoutMs)),
      settle(this.evaluation.request(EvaluationSubjects.healthCheck, {}, timeoutMs)),
      settle(this.notification.request(NotificationSubjects.healthCheck, {}, timeoutMs)),
    ]);
    const services: Record<string, ServiceReadiness> = { indicators, catalog, evaluation, notification };

    this.metrics.recordHealth(Object.entries(services).map(([service, readiness]) => healthSampleOf(service, readiness)));

    return {
      status: Object.values(services).every((readiness) => readiness.status === 'ok') ? 'ok' : 'unavailable',
      services,
    };
  }
}

async function settle(reply: Promise<object>): Promise<ServiceReadiness> {
  try {
    return { ...(await reply), status: 'ok' };
  } catch (error) {
    // The English message names the service and the failure; the report is for operators.
    return error instanceof DomainException
      ? { status: 'unavailable', code: error.code, message: error.messageEn }
      : { status: 'unavailable', code: CommonErrorCode.internal, message: 'The health check failed.' };
  }
}

/** Reads the gauges of one service's readiness; fields a service does not send stay unset. */
export function healthSampleOf(service: string, readiness: ServiceReadiness): ServiceHealthSample {
  const numberOf = (key: string): number | undefined => {
    const value = (readiness as Record<string, unknown>)[key];

    return typeof value === 'number' ? value : undefined;
  };

  return {
    service,
    ready: readiness.status === 'ok',
    outboxBacklog: numberOf('outboxBacklog'),
    consumerLag: numberOf('consumerLag'),
  };
}
