import { Injectable } from '@nestjs/common';

import type { DistrictMatrixCell, DistrictMatrixRequest, DistrictMatrixResponse } from '@bma-kpi/contracts-catalog';
import type { DistrictSubmissionSummary } from '@bma-kpi/catalog-data-access';
import { DistrictSubmissionRepository } from '@bma-kpi/catalog-data-access';
import { bangkokStartOfDay, cellStatus, districtRates, dueDateOf, dueInstantOf, fiscalYearMonths } from '@bma-kpi/catalog-domain';

import { DistrictCatalogContext } from './district-catalog.settings';
import { DistrictCatalogExceptions } from './district-catalog.exceptions';
import { dueRuleOf, DistrictItemService, toItemResponse } from './district-item.service';
import { IndicatorsClient } from './indicators.client';
import type { RequestMeta } from './request-meta';

/** Reads an as-of value: a date is the start of that day in Bangkok, an instant is taken as given. */
export function parseAsOf(asOf: string | undefined, now: Date): Date {
  if (asOf === undefined) {
    return now;
  }
  const isDate = asOf.length === 10;
  const instant = isDate ? bangkokStartOfDay(asOf) : new Date(asOf);
  // Date.UTC rolls 2024-02-30 over to March, so a date must read back unchanged to be real.
  const realDate = !isDate || new Date(`${asOf}T00:00:00Z`).toISOString().slice(0, 10) === asOf;

  if (Number.isNaN(instant.getTime()) || !realDate) {
    throw DistrictCatalogExceptions.invalidAsOf(asOf, 'unreadable');
  }

  return instant;
}

/** The completeness matrix (district × item × month) and per-district rates of a fiscal year. */
@Injectable()
export class DistrictMatrixService {
  constructor(
    private readonly lists: DistrictItemService,
    private readonly submissions: DistrictSubmissionRepository,
    private readonly indicators: IndicatorsClient,
    private readonly context: DistrictCatalogContext,
  ) {}

  /**
   * Computes every cell's status as of `asOf` (now when absent) for the items in the list.
   * Retired items are left out, although their submissions stay stored.
   */
  async get(request: DistrictMatrixRequest, meta: RequestMeta): Promise<DistrictMatrixResponse> {
    const asOf = parseAsOf(request.asOf, this.context.now());
    const list = await this.lists.getRecord(request.fiscalYear);
    const items = list.items.filter((item) => item.retiredAt === null);
    const allDistricts = await this.indicators.listDistricts(meta);
    const districts = request.district === undefined ? allDistricts : allDistricts.filter((district) => district.geocode === request.district);

    if (districts.length === 0 && request.district !== undefined) {
      throw DistrictCatalogExceptions.districtNotFound(request.district);
    }
    const months = fiscalYearMonths(request.fiscalYear);
    const submitted = new Map<string, DistrictSubmissionSummary>(
      (await this.submissions.summaries(items.map((item) => item.id))).map((row) => [`${row.itemId}|${row.district}|${row.month}`, row]),
    );
    const cells: DistrictMatrixCell[] = [];

    for (const district of districts) {
      for (const item of items) {
        const rule = dueRuleOf(item, list);

        for (const month of months) {
          const submission = submitted.get(`${item.id}|${district.geocode}|${month}`) ?? null;
          const status = cellStatus(submission, dueInstantOf(month, rule), asOf);
          const counted = submission !== null && status !== 'pending' && status !== 'missing';

          cells.push({
            district: district.geocode,
            itemCode: item.code,
            month,
            dueDate: dueDateOf(month, rule),
            status,
            firstSubmittedAt: counted ? submission.firstSubmittedAt.toISOString() : null,
            version: counted ? submission.version : 0,
          });
        }
      }
    }
    const rates = districts.map((district) => ({
      district: district.geocode,
      nameTh: district.nameTh,
      ...districtRates(cells.filter((cell) => cell.district === district.geocode).map((cell) => cell.status)),
    }));

    return { fiscalYear: request.fiscalYear, asOf: asOf.toISOString(), months, items: items.map((item) => toItemResponse(item, list)), districts, cells, rates };
  }
}
