import type { OnApplicationShutdown } from '@nestjs/common';
import { Inject, Injectable, Logger } from '@nestjs/common';

import type { DistrictResponse, LinkedIndicator, LinkedIndicatorStatus } from '@bma-kpi/contracts-catalog';
import { CatalogErrorCode } from '@bma-kpi/contracts-catalog';
import type { IndicatorsMessages, IndicatorSummary } from '@bma-kpi/contracts-indicators';
import { IndicatorsErrorCode, IndicatorsSubjects } from '@bma-kpi/contracts-indicators';
import { CommonErrorCode, DomainException } from '@bma-kpi/errors';
import { ServiceClient } from '@bma-kpi/messaging';

import { CATALOG_SERVICE_OPTIONS, type CatalogServiceOptions } from './catalog-service.options';
import { CatalogExceptions } from './catalog.exceptions';
import type { RequestMeta } from './request-meta';

/** An indicator looked up for display, or the reason it is missing. */
export interface IndicatorLookup {
  status: LinkedIndicatorStatus;
  indicator: LinkedIndicator | null;
}

export function toLinkedIndicator(detail: Pick<IndicatorSummary, 'id' | 'code' | 'title' | 'fiscalYear' | 'agency'>): LinkedIndicator {
  return {
    id: detail.id,
    code: detail.code,
    titleTh: detail.title,
    fiscalYear: detail.fiscalYear,
    agencyCode: detail.agency?.code ?? null,
  };
}

/** Error codes after which an indicator lookup for display reports `unavailable` instead of failing. */
const unavailableCodes = new Set<string>([CommonErrorCode.serviceUnavailable, CommonErrorCode.serviceTimeout]);

/**
 * Client of the indicators service. The catalog service learns about indicators only through it
 * and never reads that service's tables.
 */
@Injectable()
export class IndicatorsClient implements OnApplicationShutdown {
  private readonly logger = new Logger(IndicatorsClient.name);
  private readonly client: ServiceClient<IndicatorsMessages> | null;

  constructor(@Inject(CATALOG_SERVICE_OPTIONS) private readonly options: CatalogServiceOptions) {
    const connection = options.indicators;

    this.client =
      connection === undefined
        ? null
        : new ServiceClient<IndicatorsMessages>(connection.proxy, {
            service: 'indicators',
            subjectPrefix: connection.subjectPrefix,
            timeoutMs: connection.timeoutMs,
          });
  }

  /**
   * Fetches one indicator's summary, which has every field a link shows and none of the targets,
   * progress or long texts of the full detail. Throws CATALOG_INDICATOR_NOT_FOUND when the indicators service has no
   * such indicator, SERVICE_UNAVAILABLE when it is not running and SERVICE_TIMEOUT when it does not
   * reply in time.
   */
  async get(indicatorId: string, meta: RequestMeta): Promise<LinkedIndicator> {
    if (this.client === null) {
      throw notConnected();
    }
    try {
      const detail = await this.client.request(IndicatorsSubjects.indicatorSummaryGet, { id: indicatorId }, meta);

      return toLinkedIndicator(detail);
    } catch (error) {
      if (error instanceof DomainException && error.code === IndicatorsErrorCode.indicatorNotFound) {
        throw CatalogExceptions.indicatorNotFound(indicatorId);
      }
      throw error;
    }
  }

  /**
   * Looks up indicators for display, in parallel. When the indicators service is down or slow, those
   * indicators come back `unavailable` and one warning is logged. Other errors are raised.
   */
  async lookup(indicatorIds: readonly string[], meta: RequestMeta): Promise<Map<string, IndicatorLookup>> {
    const ids = [...new Set(indicatorIds)];
    const results = await Promise.all(ids.map((id) => this.lookupOne(id, meta)));
    const failures = results.filter((result) => result.failure !== null);

    if (failures.length > 0) {
      this.logger.warn(
        {
          indicatorIds: failures.map((result) => result.id),
          code: failures[0]?.failure,
          correlationId: meta.correlationId,
        },
        'Indicators service did not return linked indicators; listing them as unavailable',
      );
    }

    return new Map(results.map((result) => [result.id, result.lookup]));
  }

  /**
   * Lists the district offices (agencies of kind districtOffice that have a geocode), by geocode,
   * reading every page. Throws SERVICE_UNAVAILABLE or SERVICE_TIMEOUT when the indicators service fails.
   */
  async listDistricts(meta: RequestMeta): Promise<DistrictResponse[]> {
    if (this.client === null) {
      throw notConnected();
    }
    const districts: DistrictResponse[] = [];
    const pageSize = 200;

    for (let page = 1; ; page += 1) {
      const reply = await this.client.request(IndicatorsSubjects.agencyList, { kind: 'districtOffice', page, pageSize }, meta);

      for (const agency of reply.items) {
        if (agency.geocode !== null) {
          districts.push({ geocode: agency.geocode, nameTh: agency.nameTh, nameEn: agency.nameEn });
        }
      }
      if (page * pageSize >= reply.total || reply.items.length === 0) {
        break;
      }
    }

    return districts.sort((a, b) => a.geocode.localeCompare(b.geocode));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.options.indicators?.proxy.close();
  }

  private async lookupOne(
    id: string,
    meta: RequestMeta,
  ): Promise<{ id: string; lookup: IndicatorLookup; failure: string | null }> {
    try {
      return { id, lookup: { status: 'available', indicator: await this.get(id, meta) }, failure: null };
    } catch (error) {
      if (!(error instanceof DomainException)) {
        throw error;
      }
      if (error.code === CatalogErrorCode.indicatorNotFound) {
        return { id, lookup: { status: 'notFound', indicator: null }, failure: null };
      }
      if (unavailableCodes.has(error.code)) {
        return { id, lookup: { status: 'unavailable', indicator: null }, failure: error.code };
      }
      throw error;
    }
  }
}

function notConnected(): DomainException {
  return new DomainException(
    CommonErrorCode.serviceUnavailable,
    'The catalog service has no connection to the indicators service. Check its configuration.',
    'บริการบัญชีข้อมูลไม่ได้เชื่อมต่อกับบริการตัวชี้วัด โปรดตรวจสอบการตั้งค่า',
  );
}
