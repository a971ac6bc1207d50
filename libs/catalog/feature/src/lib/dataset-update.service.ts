import { Injectable } from '@nestjs/common';

import type { DatasetDetail, UpdateDatasetRequest } from '@bma-kpi/contracts-catalog';
import type { DatasetDetail as DatasetDetailRecord, DatasetUpdateResult } from '@bma-kpi/catalog-data-access';
import { DatasetRepository, RecordNotFoundError, SlugTakenError, VersionConflictError } from '@bma-kpi/catalog-data-access';
import { ValidationFailedException } from '@bma-kpi/errors';
import { OutboxRelay } from '@bma-kpi/messaging';

import { CatalogEventFactory } from './catalog-events';
import { CatalogExceptions } from './catalog.exceptions';
import { CatalogTransferExceptions } from './catalog-transfer.exceptions';
import { datasetColumnsOf, datasetMetadataErrors, mergeMetadata } from './dataset-metadata.check';
import { toDatasetDetail, unsetClassification } from './dataset.mapper';
import { DatasetService } from './dataset.service';
import type { RequestMeta } from './request-meta';

const classificationOf = (record: DatasetDetailRecord) => ({
  dataCategory: record.dataCategory,
  classification: record.classification === unsetClassification ? null : record.classification,
});

/** Changes the thai_gdc metadata of stored datasets, guarded by their version. */
@Injectable()
export class DatasetUpdateService {
  constructor(
    private readonly datasets: DatasetRepository,
    private readonly finder: DatasetService,
    private readonly relay: OutboxRelay,
  ) {}

  /**
   * Merges the request's fields into the stored metadata, validates the result as a create would,
   * and stores it. Throws CATALOG_VERSION_CONFLICT when `expectedVersion` is not the stored version.
   */
  async update(request: UpdateDatasetRequest, meta: RequestMeta): Promise<DatasetDetail> {
    const current = await this.finder.find(request.idOrSlug);

    if (request.expectedVersion !== undefined && request.expectedVersion !== current.version) {
      throw CatalogTransferExceptions.versionConflict(current.slug, request.expectedVersion, current.version);
    }
    const merged = mergeMetadata(current.metadata, request.metadata);
    const errors = await datasetMetadataErrors(merged);

    if (errors.length > 0) {
      throw new ValidationFailedException(errors);
    }
    const result = await this.store(current, merged, meta);

    return toDatasetDetail(result.dataset);
  }

  /**
   * Stores validated metadata over a dataset that was read at `current.version`, with its ChangeLog
   * row and events in one transaction. Metadata equal to the stored one writes nothing.
   */
  async store(current: DatasetDetailRecord, metadata: Record<string, unknown>, meta: RequestMeta): Promise<DatasetUpdateResult> {
    const slug = typeof metadata['name'] === 'string' ? metadata['name'] : current.slug;

    try {
      const result = await this.datasets.update(current.id, datasetColumnsOf(metadata, slug), current.version, meta.actor, meta.correlationId, (updated) =>
        this.eventsOf(current, updated, meta),
      );

      if (result.changedFields.length > 0) {
        this.relay.kick();
      }

      return result;
    } catch (error) {
      if (error instanceof SlugTakenError) {
        throw CatalogExceptions.slugTaken(slug);
      }
      if (error instanceof VersionConflictError) {
        throw CatalogTransferExceptions.versionConflict(current.slug, current.version, error.actualVersion);
      }
      throw error instanceof RecordNotFoundError ? CatalogExceptions.datasetNotFound(current.id) : error;
    }
  }

  private eventsOf(before: DatasetDetailRecord, result: DatasetUpdateResult, meta: RequestMeta) {
    const after = result.dataset;
    const events = [
      CatalogEventFactory.datasetUpdated(
        { datasetId: after.id, slug: after.slug, version: after.version, changedFields: result.changedFields },
        meta,
      ),
    ];

    if (after.dataCategory !== before.dataCategory || after.classification !== before.classification) {
      events.push(
        CatalogEventFactory.datasetClassificationChanged(
          {
            datasetId: after.id,
            slug: after.slug,
            agencyCode: after.agencyCode,
            version: after.version,
            previous: classificationOf(before),
            current: classificationOf(after),
          },
          meta,
        ),
      );
    }

    return events;
  }
}
