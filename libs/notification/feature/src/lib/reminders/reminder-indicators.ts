import { Inject, Injectable } from '@nestjs/common';

import type { IndicatorsMessages, IndicatorSummary } from '@bma-kpi/contracts-indicators';
import { IndicatorsSubjects, maxScoringBatch } from '@bma-kpi/contracts-indicators';
import { ServiceClient } from '@bma-kpi/messaging';

import { NOTIFICATION_SERVICE_OPTIONS, type NotificationServiceOptions } from '../notification-service.options';
import type { RequestMeta } from '../request-meta';

/** Largest page of the indicator list, which the indicators contracts allow. */
const listPageSize = 200;

/** The KPI fields a reminder shows, and the months the KPI already has progress for. */
export interface ReminderIndicator {
  id: string;
  code: string;
  titleTh: string;
  agencyCode: string;
  agencyNameTh: string;
  /** `YYYY-MM` months of its dated progress notes. */
  reportedMonths: ReadonlySet<string>;
}

/** The KPIs of a fiscal year that reminders can go to, and the number of every KPI of the year. */
export interface ReminderYearIndicators {
  /** KPIs with an agency, because a KPI without one has no one to remind. */
  items: ReminderIndicator[];
  total: number;
}

function describe(summary: IndicatorSummary): Omit<ReminderIndicator, 'reportedMonths'> | null {
  const agencyCode = summary.agency?.code;

  if (!agencyCode) {
    return null;
  }

  return {
    id: summary.id,
    code: summary.code ?? summary.id,
    // An imported record may have no title, and the code or id already names the KPI.
    titleTh: summary.title ?? '(ไม่มีชื่อตัวชี้วัด)',
    agencyCode,
    agencyNameTh: summary.agency?.nameTh ?? agencyCode,
  };
}

/**
 * Reads the KPIs of a fiscal year with their reported months from the indicators service: the
 * list gives codes, titles and agencies, and the scoring batches give the progress notes.
 * The connection belongs to IndicatorsClient, which closes it.
 */
@Injectable()
export class ReminderIndicatorsReader {
  private readonly client: ServiceClient<IndicatorsMessages>;

  constructor(@Inject(NOTIFICATION_SERVICE_OPTIONS) options: NotificationServiceOptions) {
    this.client = new ServiceClient<IndicatorsMessages>(options.indicators.proxy, {
      service: 'indicators',
      subjectPrefix: options.indicators.subjectPrefix,
      timeoutMs: options.indicators.timeoutMs,
    });
  }

  /** Returns the KPIs of a fiscal year with their reported months. */
  async listYear(fiscalYear: number, meta: RequestMeta): Promise<ReminderYearIndicators> {
    const [summaries, months] = await Promise.all([this.listSummaries(fiscalYear, meta), this.readReportedMonths(fiscalYear, meta)]);
    const items = summaries.flatMap((summary) => {
      const described = describe(summary);

      return described === null ? [] : [{ ...described, reportedMonths: months.get(summary.id) ?? new Set<string>() }];
    });

    return { items, total: summaries.length };
  }

  private async listSummaries(fiscalYear: number, meta: RequestMeta): Promise<IndicatorSummary[]> {
    const items: IndicatorSummary[] = [];

    for (let page = 1; ; page += 1) {
      const result = await this.client.request(IndicatorsSubjects.indicatorList, { fiscalYear, page, pageSize: listPageSize }, meta);

      items.push(...result.items);
      if (result.items.length === 0 || items.length >= result.total) {
        return items;
      }
    }
  }

  private async readReportedMonths(fiscalYear: number, meta: RequestMeta): Promise<Map<string, Set<string>>> {
    const months = new Map<string, Set<string>>();
    let afterId: string | undefined;

    do {
      const batch = await this.client.request(
        IndicatorsSubjects.indicatorScoringBatch,
        { fiscalYear, limit: maxScoringBatch, ...(afterId === undefined ? {} : { afterId }) },
        meta,
      );

      for (const indicator of batch.items) {
        const dated = indicator.progress.flatMap((note) => (note.date === null ? [] : [note.date.slice(0, 7)]));

        months.set(indicator.id, new Set(dated));
      }
      afterId = batch.nextAfterId ?? undefined;
    } while (afterId !== undefined);

    return months;
  }
}
