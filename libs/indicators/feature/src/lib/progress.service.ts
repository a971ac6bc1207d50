import { Injectable } from '@nestjs/common';

import type {
  AddProgressRequest,
  ListProgressRequest,
  Page,
  ProgressReportedEvent,
  ProgressResponse,
} from '@bma-kpi/contracts-indicators';
import type { ProgressInput, ProgressRecord } from '@bma-kpi/indicators-data-access';
import { DuplicateProgressError, IndicatorRepository, ProgressRepository } from '@bma-kpi/indicators-data-access';
import { OutboxRelay } from '@bma-kpi/messaging';
import { type FiscalPeriod, fiscalPeriodOf, normalizeThai } from '@bma-kpi/util-thai';

import { IndicatorEventFactory } from './indicator-events';
import { toProgressResponse } from './indicator.mapper';
import { IndicatorsExceptions } from './indicators.exceptions';
import type { RequestMeta } from './request-meta';

function toProgressInput(request: AddProgressRequest, period: FiscalPeriod): ProgressInput {
  return {
    date: request.date,
    fiscalYear: period.fiscalYear,
    quarter: period.quarter,
    rawDate: request.date,
    ambiguous: false,
    sectionQuarter: null,
    text: normalizeThai(request.text),
    rawText: request.text,
    value: request.value === undefined ? null : String(request.value),
    source: 'api',
  };
}

function reportedData(note: ProgressRecord, value: number | undefined): ProgressReportedEvent['data'] {
  return {
    indicatorId: note.indicatorId,
    progressId: note.id,
    fiscalYear: note.fiscalYear,
    quarter: note.quarter,
    date: note.reportDate,
    value: value ?? null,
  };
}

/** Progress notes (รายงานผลการดำเนินงาน) of indicators. */
@Injectable()
export class ProgressService {
  constructor(
    private readonly indicators: IndicatorRepository,
    private readonly progress: ProgressRepository,
    private readonly relay: OutboxRelay,
  ) {}

  async add(request: AddProgressRequest, meta: RequestMeta): Promise<ProgressResponse> {
    const indicator = await this.indicators.get(request.indicatorId);

    if (!indicator) {
      throw IndicatorsExceptions.indicatorNotFound(request.indicatorId);
    }
    const period = fiscalPeriodOf(request.date);

    if (period.fiscalYear !== indicator.fiscalYear) {
      throw IndicatorsExceptions.progressOutsideFiscalYear(request.date, indicator.fiscalYear);
    }
    try {
      const note = await this.progress.add(
        request.indicatorId,
        toProgressInput(request, period),
        meta.actor,
        meta.correlationId,
        (stored) => [IndicatorEventFactory.progressReported(reportedData(stored, request.value), meta)],
      );

      this.relay.kick();

      return toProgressResponse(note, indicator.decimals);
    } catch (error) {
      if (error instanceof DuplicateProgressError) {
        throw IndicatorsExceptions.duplicateProgress(request.indicatorId, request.date);
      }
      throw error;
    }
  }

  async list(request: ListProgressRequest): Promise<Page<ProgressResponse>> {
    const indicator = await this.indicators.get(request.indicatorId);

    if (!indicator) {
      throw IndicatorsExceptions.indicatorNotFound(request.indicatorId);
    }
    const page = request.page ?? 1;
    const pageSize = request.pageSize ?? 50;
    const result = await this.progress.list(request.indicatorId, {
      fiscalYear: request.fiscalYear,
      quarter: request.quarter,
      page,
      pageSize,
    });

    return {
      items: result.items.map((note) => toProgressResponse(note, indicator.decimals)),
      total: result.total,
      page,
      pageSize,
    };
  }
}
