import { Injectable } from '@nestjs/common';

import type { DistrictItemListResponse, DistrictItemResponse, PutDistrictItemListRequest } from '@bma-kpi/contracts-catalog';
import { defaultDistrictDueDay } from '@bma-kpi/contracts-catalog';
import type { DistrictItemListRecord, DistrictItemRecord } from '@bma-kpi/catalog-data-access';
import { DistrictItemRepository } from '@bma-kpi/catalog-data-access';
import type { DistrictFieldError, DueRule } from '@bma-kpi/catalog-domain';

import { DistrictCatalogExceptions } from './district-catalog.exceptions';
import type { RequestMeta } from './request-meta';

/** Returns the due day and offset in force for an item: its own, else its list's. */
export function dueRuleOf(item: DistrictItemRecord, list: DistrictItemListRecord): DueRule {
  return { dueDay: item.dueDay ?? list.dueDay, dueMonthOffset: item.dueMonthOffset ?? list.dueMonthOffset };
}

export function toItemResponse(item: DistrictItemRecord, list: DistrictItemListRecord): DistrictItemResponse {
  const rule = dueRuleOf(item, list);

  return {
    code: item.code,
    nameTh: item.nameTh,
    nameEn: item.nameEn,
    datasetId: item.datasetId,
    geometryExpected: item.geometryExpected,
    dueDay: item.dueDay,
    dueMonthOffset: item.dueMonthOffset,
    effectiveDueDay: rule.dueDay,
    effectiveDueMonthOffset: rule.dueMonthOffset,
  };
}

function toListResponse(list: DistrictItemListRecord): DistrictItemListResponse {
  return {
    fiscalYear: list.fiscalYear,
    dueDay: list.dueDay,
    dueMonthOffset: list.dueMonthOffset,
    version: list.version,
    updatedBy: list.updatedBy,
    updatedAt: list.updatedAt.toISOString(),
    items: list.items.filter((item) => item.retiredAt === null).map((item) => toItemResponse(item, list)),
    retiredItemCodes: list.items.filter((item) => item.retiredAt !== null).map((item) => item.code),
  };
}

function duplicateCodeErrors(request: PutDistrictItemListRequest): DistrictFieldError[] {
  const seen = new Set<string>();
  const errors: DistrictFieldError[] = [];

  for (const [index, item] of request.items.entries()) {
    if (seen.has(item.code)) {
      const field = `items[${index}].code`;

      errors.push({ field, rule: 'unique', messageEn: `${field} ${item.code} appears twice in the list`, messageTh: `${field} ${item.code} ซ้ำในรายการ` });
    }
    seen.add(item.code);
  }

  return errors;
}

/** The District Catalog data item list of each fiscal year. */
@Injectable()
export class DistrictItemService {
  constructor(private readonly items: DistrictItemRepository) {}

  /** Replaces a fiscal year's list after checking that codes are unique and every dataset exists. */
  async put(request: PutDistrictItemListRequest, meta: RequestMeta): Promise<DistrictItemListResponse> {
    const unknown = new Set(await this.items.unknownDatasetIds(request.items.map((item) => item.datasetId)));
    const datasetErrors = request.items.flatMap((item, index): DistrictFieldError[] => {
      const field = `items[${index}].datasetId`;

      return unknown.has(item.datasetId)
        ? [{ field, rule: 'exists', messageEn: `${field}: no dataset has id ${item.datasetId}`, messageTh: `${field}: ไม่พบชุดข้อมูล ${item.datasetId}` }]
        : [];
    });
    const errors = [...duplicateCodeErrors(request), ...datasetErrors];

    if (errors.length > 0) {
      throw DistrictCatalogExceptions.invalidFields(errors);
    }
    const stored = await this.items.replace(
      {
        fiscalYear: request.fiscalYear,
        dueDay: request.dueDay ?? defaultDistrictDueDay,
        dueMonthOffset: request.dueMonthOffset ?? 0,
        items: request.items.map((item) => ({
          code: item.code,
          nameTh: item.nameTh,
          nameEn: item.nameEn ?? null,
          datasetId: item.datasetId,
          geometryExpected: item.geometryExpected,
          dueDay: item.dueDay ?? null,
          dueMonthOffset: item.dueMonthOffset ?? null,
        })),
      },
      meta.actor,
      meta.correlationId,
    );

    return toListResponse(stored);
  }

  async get(fiscalYear: number): Promise<DistrictItemListResponse> {
    return toListResponse(await this.getRecord(fiscalYear));
  }

  /** Returns the stored list with retired items; throws itemListNotFound when there is none. */
  async getRecord(fiscalYear: number): Promise<DistrictItemListRecord> {
    const list = await this.items.get(fiscalYear);

    if (list === null) {
      throw DistrictCatalogExceptions.itemListNotFound(fiscalYear);
    }

    return list;
  }
}
