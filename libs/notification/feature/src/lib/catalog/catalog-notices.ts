import { Inject, Injectable, Logger } from '@nestjs/common';

import type { QualityAssessedEvent } from '@bma-kpi/contracts-catalog';
import type { NotificationKind } from '@bma-kpi/notification-domain';
import type { EventEnvelope } from '@bma-kpi/messaging';

import type { Notice } from '../dispatch/notice';
import { NOTIFICATION_SERVICE_OPTIONS, type NotificationServiceOptions } from '../notification-service.options';
import type { RequestMeta } from '../request-meta';
import { AgencyDirectory } from './agency-directory';
import {
  assessmentVariables,
  districtReportVariables,
  qualityVariables,
  type AssessmentNoticeData,
  type DistrictReportData,
} from './catalog-notice-variables';

/** Notification kinds that catalog events trigger. */
export const CATALOG_NOTICE_KINDS: ReadonlySet<NotificationKind> = new Set<NotificationKind>([
  'districtReportLate',
  'districtReportMissing',
  'governanceAssessmentSubmitted',
  'governanceAssessmentReviewed',
  'governanceAssessmentReturned',
  'dataQualityAssessed',
]);

/**
 * Builds the notices of District Catalog and data governance events. District reports go to the
 * district office that the indicators service lists under the event's geocode. Assessments and
 * quality runs go to the agency code that the event carries.
 */
@Injectable()
export class CatalogNotices {
  private readonly logger = new Logger(CatalogNotices.name);

  constructor(
    private readonly directory: AgencyDirectory,
    @Inject(NOTIFICATION_SERVICE_OPTIONS) private readonly options: NotificationServiceOptions,
  ) {}

  /** Builds the notice of a catalog event whose kind is in CATALOG_NOTICE_KINDS. */
  async build(kind: NotificationKind, event: EventEnvelope): Promise<Notice> {
    const meta: RequestMeta = { actor: event.actor, correlationId: event.correlationId };
    const base = this.options.publicBaseUrl;

    if (kind === 'districtReportLate' || kind === 'districtReportMissing') {
      const data = event.data as DistrictReportData;
      const office = await this.districtOffice(data, event.eventId, meta);

      return { kind, agencyCode: office.agencyCode, sourceId: event.eventId, variables: districtReportVariables(data, office.nameTh, base) };
    }
    if (kind === 'dataQualityAssessed') {
      const data = event.data as QualityAssessedEvent['data'];
      const agencyNameTh = await this.agencyName(data.agencyCode, meta);

      return { kind, agencyCode: data.agencyCode, sourceId: event.eventId, variables: qualityVariables(data, event.occurredAt, agencyNameTh, base) };
    }
    const data = event.data as AssessmentNoticeData;
    const agencyNameTh = await this.agencyName(data.agencyCode, meta);

    return { kind, agencyCode: data.agencyCode, sourceId: event.eventId, variables: assessmentVariables(data, agencyNameTh, base) };
  }

  /**
   * Resolves the district office of a report. An office the agency list lacks (the catalog checked
   * it when the report was made, so the list changed since) keeps the geocode as its agency code.
   */
  private async districtOffice(data: DistrictReportData, eventId: string, meta: RequestMeta): Promise<{ agencyCode: string; nameTh: string }> {
    const office = await this.directory.districtOffice(data.district, meta);

    if (office !== null) {
      return office;
    }
    this.logger.warn({ eventId, district: data.district }, 'District office not found for the geocode, so the notice goes to the geocode as agency code');

    return { agencyCode: data.district, nameTh: data.districtNameTh };
  }

  /** Returns the agency's Thai name, or its code when the agency list does not have it. */
  private async agencyName(agencyCode: string, meta: RequestMeta): Promise<string> {
    return (await this.directory.agencyName(agencyCode, meta)) ?? agencyCode;
  }
}
