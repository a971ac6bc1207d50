import { Injectable } from '@nestjs/common';

import type {
  DistrictResponse,
  DistrictSubmissionReferenceRequest,
  DistrictSubmissionResponse,
  DistrictSubmissionVersionResponse,
  SubmitDistrictReportRequest,
} from '@bma-kpi/contracts-catalog';
import type { DistrictItemListRecord, DistrictItemRecord, DistrictSubmissionRecord } from '@bma-kpi/catalog-data-access';
import { DictionaryRepository, DistrictSubmissionRepository, InvalidInputError } from '@bma-kpi/catalog-data-access';
import type { RecordFieldRule } from '@bma-kpi/catalog-domain';
import { districtRecordErrors, dueInstantOf, fiscalYearOfMonth, submissionStatus } from '@bma-kpi/catalog-domain';
import { ValidationFailedException } from '@bma-kpi/errors';
import { OutboxRelay } from '@bma-kpi/messaging';

import { CatalogEventFactory } from './catalog-events';
import { DistrictCatalogContext } from './district-catalog.settings';
import { DistrictCatalogExceptions } from './district-catalog.exceptions';
import { dueRuleOf, DistrictItemService } from './district-item.service';
import { IndicatorsClient } from './indicators.client';
import type { RequestMeta } from './request-meta';

function toResponse(fiscalYear: number, itemCode: string, stored: DistrictSubmissionRecord): DistrictSubmissionResponse {
  const history = stored.versions.map(
    (version): DistrictSubmissionVersionResponse => ({
      version: version.version,
      records: version.records as DistrictSubmissionVersionResponse['records'],
      submittedBy: version.submittedBy,
      submittedAt: version.submittedAt.toISOString(),
      reason: version.reason,
    }),
  );

  return {
    id: stored.id,
    fiscalYear,
    district: stored.district,
    itemCode,
    month: stored.month,
    dueAt: stored.dueAt.toISOString(),
    status: stored.status,
    firstSubmittedAt: stored.firstSubmittedAt.toISOString(),
    version: stored.version,
    records: history.at(-1)?.records ?? [],
    history,
  };
}

/** Returns the item of a list by code; retired items count only when `includeRetired`. */
export function findItem(list: DistrictItemListRecord, itemCode: string, includeRetired: boolean): DistrictItemRecord {
  const item = list.items.find((candidate) => candidate.code === itemCode && (includeRetired || candidate.retiredAt === null));

  if (item === undefined) {
    throw DistrictCatalogExceptions.itemNotFound(list.fiscalYear, itemCode);
  }

  return item;
}

/** Monthly reports of district offices: checks, stores versions and emits the submission events. */
@Injectable()
export class DistrictSubmissionService {
  constructor(
    private readonly lists: DistrictItemService,
    private readonly submissions: DistrictSubmissionRepository,
    private readonly dictionaries: DictionaryRepository,
    private readonly indicators: IndicatorsClient,
    private readonly relay: OutboxRelay,
    private readonly context: DistrictCatalogContext,
  ) {}

  /**
   * Stores a first submission or a correction. The month must be in the fiscal year, the item in
   * its list, the district a district office of the indicators service, and every record valid
   * against the item dataset's dictionary and the bounding box. The status is fixed on version 1.
   */
  async submit(request: SubmitDistrictReportRequest, meta: RequestMeta): Promise<DistrictSubmissionResponse> {
    if (fiscalYearOfMonth(request.month) !== request.fiscalYear) {
      throw DistrictCatalogExceptions.monthOutsideFiscalYear(request.month, request.fiscalYear);
    }
    const list = await this.lists.getRecord(request.fiscalYear);
    const item = findItem(list, request.itemCode, false);
    const district = await this.findDistrict(request.district, meta);

    await this.checkRecords(request, item);
    const submittedAt = this.context.now();
    const dueAt = dueInstantOf(request.month, dueRuleOf(item, list));
    const identity = { fiscalYear: request.fiscalYear, district: district.geocode, districtNameTh: district.nameTh, itemCode: item.code, itemNameTh: item.nameTh, month: request.month };

    try {
      const stored = await this.submissions.submit(
        { itemId: item.id, district: district.geocode, month: request.month, records: request.records, reason: request.reason ?? null, submittedAt, dueAt, status: submissionStatus(submittedAt, dueAt) },
        meta.actor,
        meta.correlationId,
        (saved) => {
          const data = { ...identity, dueAt: saved.dueAt.toISOString(), submissionId: saved.id, submittedAt: submittedAt.toISOString() };
          const submitted = CatalogEventFactory.districtSubmissionSubmitted({ ...data, version: saved.version, status: saved.status, recordCount: request.records.length }, meta);

          return saved.version === 1 && saved.status === 'late' ? [submitted, CatalogEventFactory.districtSubmissionLate(data, meta)] : [submitted];
        },
      );

      this.relay.kick();

      return toResponse(request.fiscalYear, item.code, stored);
    } catch (error) {
      if (error instanceof InvalidInputError) {
        throw new ValidationFailedException([
          { field: error.field, rule: 'required', messageEn: error.message, messageTh: 'reason ต้องระบุเหตุผลที่แก้ไข เพราะรายงานนี้เคยส่งแล้ว' },
        ]);
      }
      throw error;
    }
  }

  /** Returns a report with every version; items removed from the list still have their reports. */
  async get(request: DistrictSubmissionReferenceRequest): Promise<DistrictSubmissionResponse> {
    const item = findItem(await this.lists.getRecord(request.fiscalYear), request.itemCode, true);
    const stored = await this.submissions.find(item.id, request.district, request.month);

    if (stored === null) {
      throw DistrictCatalogExceptions.submissionNotFound(request.district, request.itemCode, request.month);
    }

    return toResponse(request.fiscalYear, item.code, stored);
  }

  private async findDistrict(geocode: string, meta: RequestMeta): Promise<DistrictResponse> {
    const district = (await this.indicators.listDistricts(meta)).find((candidate) => candidate.geocode === geocode);

    if (district === undefined) {
      throw DistrictCatalogExceptions.districtNotFound(geocode);
    }

    return district;
  }

  private async checkRecords(request: SubmitDistrictReportRequest, item: DistrictItemRecord): Promise<void> {
    const fields = await this.dictionaries.list(item.datasetId, null);

    if (fields.length === 0) {
      throw DistrictCatalogExceptions.dictionaryEmpty(item.code, item.datasetId);
    }
    const rules: RecordFieldRule[] = fields.map((field) => ({
      name: field.name,
      labelTh: field.labelTh,
      dataType: field.dataType,
      required: field.required,
      allowedValues: field.allowedValues,
      size: field.size,
    }));
    const errors = districtRecordErrors(request.records, rules, { geometryExpected: item.geometryExpected, boundingBox: this.context.settings.boundingBox });

    if (errors.length > 0) {
      throw DistrictCatalogExceptions.invalidFields(errors);
    }
  }
}
