import { Injectable } from '@nestjs/common';

import type { ExportProgressRequest, Page, ProgressExportItem } from '@bma-kpi/contracts-indicators';
import { ProgressExportRepository, type ProgressExportRecord } from '@bma-kpi/indicators-data-access';

import { roundToNumber, toProgressResponse } from './indicator.mapper';
import { normalizeKpiCode } from './record-import.params';

const defaultPageSize = 50;

/** Maps an export record to its response, with values rounded to the indicator's decimals. */
export function toProgressExportItem(record: ProgressExportRecord): ProgressExportItem {
  const decimals = record.decimals;

  return {
    id: record.id,
    code: record.code,
    title: record.title,
    fiscalYear: record.fiscalYear,
    agency: record.agency && { code: record.agency.code, nameTh: record.agency.nameTh, nameEn: record.agency.nameEn },
    unit: record.unit,
    decimals,
    target: roundToNumber(record.targetValue, decimals),
    actual: roundToNumber(record.actualValue, decimals),
    quarterTargets: record.quarterTargets.map((target) => ({ quarter: target.quarter, plannedValue: roundToNumber(target.plannedValue, decimals) })),
    progress: record.progress.map((note) => {
      const { id, date, dateTh, fiscalYear, quarter, value, text, source, createdAt } = toProgressResponse(note, decimals);

      return { id, date, dateTh, fiscalYear, quarter, value, text, source, createdAt };
    }),
    updatedAt: record.updatedAt,
  };
}

/** Pages of indicators with their progress for other systems, such as BMA Digital Plans. */
@Injectable()
export class ProgressExportService {
  constructor(private readonly exports: ProgressExportRepository) {}

  async page(request: ExportProgressRequest): Promise<Page<ProgressExportItem>> {
    const page = request.page ?? 1;
    const pageSize = request.pageSize ?? defaultPageSize;
    const codeNormalized = request.code === undefined ? undefined : (normalizeKpiCode(request.code) ?? undefined);
    const result = await this.exports.page({
      fiscalYear: request.fiscalYear,
      quarter: request.quarter,
      agencyCode: request.agency,
      codeNormalized,
      // A code without the `dddd-n` form has no normal form, so it is matched as printed.
      code: request.code !== undefined && codeNormalized === undefined ? request.code.trim() : undefined,
      ids: request.ids,
      page,
      pageSize,
    });

    return { items: result.items.map(toProgressExportItem), total: result.total, page, pageSize };
  }
}
