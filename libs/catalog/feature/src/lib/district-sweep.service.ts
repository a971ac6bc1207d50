import { Injectable, Logger } from '@nestjs/common';

import type { DistrictSweepResponse } from '@bma-kpi/contracts-catalog';
import type { DistrictItemListRecord, DistrictMissingCandidate } from '@bma-kpi/catalog-data-access';
import { DistrictItemRepository, DistrictSubmissionRepository } from '@bma-kpi/catalog-data-access';
import { bangkokDateOf, dueInstantOf, fiscalYearMonths } from '@bma-kpi/catalog-domain';
import { fiscalYearOf } from '@bma-kpi/util-thai';
import { OutboxRelay } from '@bma-kpi/messaging';

import { CatalogEventFactory } from './catalog-events';
import { DistrictCatalogContext } from './district-catalog.settings';
import { DistrictCatalogExceptions } from './district-catalog.exceptions';
import { dueRuleOf } from './district-item.service';
import { parseAsOf } from './district-matrix.service';
import { IndicatorsClient } from './indicators.client';
import type { RequestMeta } from './request-meta';

/**
 * Finds the reports whose due day has passed with nothing submitted, records each once and emits
 * one missing event for it. It sweeps the fiscal year of the as-of date and the one before,
 * because a September report may be due in October of the next fiscal year.
 */
@Injectable()
export class DistrictSweepService {
  private readonly logger = new Logger(DistrictSweepService.name);

  constructor(
    private readonly lists: DistrictItemRepository,
    private readonly submissions: DistrictSubmissionRepository,
    private readonly indicators: IndicatorsClient,
    private readonly relay: OutboxRelay,
    private readonly context: DistrictCatalogContext,
  ) {}

  /** Sweeps as of `asOf` (now when absent); rejects an as-of later than now, which would report reports missing early. */
  async run(asOfText: string | undefined, meta: RequestMeta): Promise<DistrictSweepResponse> {
    const now = this.context.now();
    const asOf = parseAsOf(asOfText, now);

    if (asOf.getTime() > now.getTime()) {
      throw DistrictCatalogExceptions.invalidAsOf(asOfText ?? '', 'future');
    }
    const currentYear = fiscalYearOf(bangkokDateOf(asOf));
    const lists = await this.lists.getMany([currentYear - 1, currentYear]);
    let newlyMissing = 0;

    if (lists.length > 0) {
      const districts = await this.indicators.listDistricts(meta);
      const names = new Map(districts.map((district) => [district.geocode, district.nameTh]));

      for (const list of lists) {
        const candidates = await this.candidates(list, [...names.keys()], asOf);
        const recorded = await this.submissions.recordMissing(candidates, now, (missing) => {
          const item = list.items.find((candidate) => candidate.id === missing.itemId);
          const data = {
            fiscalYear: list.fiscalYear,
            district: missing.district,
            districtNameTh: names.get(missing.district) ?? missing.district,
            itemCode: item?.code ?? '',
            itemNameTh: item?.nameTh ?? '',
            month: missing.month,
            dueAt: missing.dueAt.toISOString(),
            detectedAt: now.toISOString(),
          };

          return [CatalogEventFactory.districtSubmissionMissing(data, meta)];
        });

        newlyMissing += recorded.length;
      }
    }
    if (newlyMissing > 0) {
      this.relay.kick();
      this.logger.log({ asOf: asOf.toISOString(), newlyMissing, correlationId: meta.correlationId }, 'District sweep recorded missing reports');
    }

    return { asOf: asOf.toISOString(), fiscalYears: lists.map((list) => list.fiscalYear), newlyMissing };
  }

  /** Lists the reports of active items that are overdue at `asOf`, not submitted and not yet recorded missing. */
  private async candidates(list: DistrictItemListRecord, districts: readonly string[], asOf: Date): Promise<DistrictMissingCandidate[]> {
    const items = list.items.filter((item) => item.retiredAt === null);
    const itemIds = items.map((item) => item.id);
    const submitted = new Set((await this.submissions.summaries(itemIds)).map((row) => `${row.itemId}|${row.district}|${row.month}`));
    const recorded = await this.submissions.missingKeys(itemIds);
    const candidates: DistrictMissingCandidate[] = [];

    for (const item of items) {
      for (const month of fiscalYearMonths(list.fiscalYear)) {
        const dueAt = dueInstantOf(month, dueRuleOf(item, list));

        if (dueAt.getTime() >= asOf.getTime()) {
          continue;
        }
        for (const district of districts) {
          const key = `${item.id}|${district}|${month}`;

          if (!submitted.has(key) && !recorded.has(key)) {
            candidates.push({ itemId: item.id, district, month, dueAt });
          }
        }
      }
    }

    return candidates;
  }
}
