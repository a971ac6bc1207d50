import { Injectable } from '@nestjs/common';

import type {
  DatasetIndicatorLink,
  DatasetIndicatorsResponse,
  IndicatorDatasetLink,
  IndicatorDatasetsResponse,
  IndicatorLinkResponse,
  LinkIndicatorRequest,
  ListIndicatorDatasetsRequest,
  UnlinkIndicatorRequest,
} from '@bma-kpi/contracts-catalog';
import { CatalogErrorCode } from '@bma-kpi/contracts-catalog';
import type {
  DatasetDetail,
  DatasetIndicatorLinkRecord,
  DictionaryFieldRecord,
} from '@bma-kpi/catalog-data-access';
import {
  DuplicateLinkError,
  InvalidDictionaryError,
  LinkRepository,
  RecordNotFoundError,
} from '@bma-kpi/catalog-data-access';
import { DomainException } from '@bma-kpi/errors';
import { OutboxRelay } from '@bma-kpi/messaging';

import { CatalogEventFactory } from './catalog-events';
import { CatalogExceptions } from './catalog.exceptions';
import { DatasetService } from './dataset.service';
import { IndicatorsClient, type IndicatorLookup } from './indicators.client';
import { findDatasetField, toLinkedDataset, toLinkEventData, toLinkResponse } from './link.mapper';
import type { RequestMeta } from './request-meta';

const unavailable: IndicatorLookup = { status: 'unavailable', indicator: null };

/**
 * Links datasets and their dictionary fields to indicators (KPIs), so a KPI shows the data behind
 * it and a dataset shows the KPIs that depend on it. The indicators service checks and describes
 * the indicators over the message transport.
 */
@Injectable()
export class LinkService {
  constructor(
    private readonly datasets: DatasetService,
    private readonly links: LinkRepository,
    private readonly indicators: IndicatorsClient,
    private readonly relay: OutboxRelay,
  ) {}

  /**
   * Links a dataset, or one field of its dictionary, to an indicator after the indicators service
   * confirms the indicator exists. Stores the link and its `dataset.indicator-linked` event in one
   * transaction.
   */
  async link(request: LinkIndicatorRequest, meta: RequestMeta): Promise<DatasetIndicatorLink> {
    const dataset = await this.datasets.find(request.idOrSlug);
    const field = request.fieldName === undefined ? null : requireField(dataset, request.fieldName);
    const indicator = await this.indicators.get(request.indicatorId, meta);

    try {
      const record = await this.links.link(
        { datasetId: dataset.id, indicatorId: indicator.id, fieldId: field?.id ?? null, note: request.note ?? null },
        meta.actor,
        meta.correlationId,
        (stored) => [CatalogEventFactory.datasetIndicatorLinked(toLinkEventData(stored, dataset), meta)],
      );

      this.relay.kick();

      return { ...toLinkResponse(record, dataset.fields), indicator, indicatorStatus: 'available' };
    } catch (error) {
      throw translateLinkError(error, dataset, request);
    }
  }

  /** Removes a link of the dataset and stores its `dataset.indicator-unlinked` event. */
  async unlink(request: UnlinkIndicatorRequest, meta: RequestMeta): Promise<IndicatorLinkResponse> {
    const dataset = await this.datasets.find(request.idOrSlug);
    const links = await this.links.listByDataset(dataset.id);

    if (!links.some((link) => link.id === request.linkId)) {
      throw CatalogExceptions.linkNotFound(dataset.slug, request.linkId);
    }
    try {
      const removed = await this.links.unlink(request.linkId, meta.actor, meta.correlationId, (record) => [
        CatalogEventFactory.datasetIndicatorUnlinked(toLinkEventData(record, dataset), meta),
      ]);

      this.relay.kick();

      return toLinkResponse(removed, dataset.fields);
    } catch (error) {
      // Another request removed the link between the check above and this transaction.
      throw error instanceof RecordNotFoundError ? CatalogExceptions.linkNotFound(dataset.slug, request.linkId) : error;
    }
  }

  /**
   * Lists the indicators that depend on a dataset, each with its code, Thai name and fiscal year.
   * When the indicators service is down or slow the links still come back, marked `unavailable`.
   */
  async listByDataset(idOrSlug: string, meta: RequestMeta): Promise<DatasetIndicatorsResponse> {
    const dataset = await this.datasets.find(idOrSlug);
    const links = await this.links.listByDataset(dataset.id);
    const lookups = await this.indicators.lookup(
      links.map((link) => link.indicatorId),
      meta,
    );
    const items = links.map((link) => {
      const lookup = lookups.get(link.indicatorId) ?? unavailable;

      return { ...toLinkResponse(link, dataset.fields), indicator: lookup.indicator, indicatorStatus: lookup.status };
    });

    return { datasetId: dataset.id, slug: dataset.slug, items };
  }

  /**
   * Lists the datasets behind an indicator, or with `publicOnly` only the public ones. Throws
   * CATALOG_INDICATOR_NOT_FOUND when the indicators service has no such indicator and no dataset
   * links to it. When that service is down or slow the links still come back, marked `unavailable`.
   */
  async listByIndicator(request: ListIndicatorDatasetsRequest, meta: RequestMeta): Promise<IndicatorDatasetsResponse> {
    const links = await this.links.listByIndicator(request.indicatorId);
    const lookup = (await this.indicators.lookup([request.indicatorId], meta)).get(request.indicatorId) ?? unavailable;

    if (lookup.status === 'notFound' && links.length === 0) {
      throw CatalogExceptions.indicatorNotFound(request.indicatorId);
    }
    const datasets = await this.datasetsOf(links);
    const items: IndicatorDatasetLink[] = [];

    for (const link of links) {
      const dataset = datasets.get(link.datasetId);

      if (dataset !== undefined && (!request.publicOnly || toLinkedDataset(dataset).isPublic)) {
        items.push({ ...toLinkResponse(link, dataset.fields), dataset: toLinkedDataset(dataset) });
      }
    }

    return { indicatorId: request.indicatorId, indicator: lookup.indicator, indicatorStatus: lookup.status, items };
  }

  /**
   * Reads each dataset of the links once. A dataset deleted after the links were read is left out,
   * because its links go with it.
   */
  private async datasetsOf(links: readonly DatasetIndicatorLinkRecord[]): Promise<Map<string, DatasetDetail>> {
    const datasets = new Map<string, DatasetDetail>();

    for (const datasetId of new Set(links.map((link) => link.datasetId))) {
      try {
        datasets.set(datasetId, await this.datasets.find(datasetId));
      } catch (error) {
        if (!(error instanceof DomainException && error.code === CatalogErrorCode.datasetNotFound)) {
          throw error;
        }
      }
    }

    return datasets;
  }
}

/** Finds a field of the dataset's own dictionary by machine name, or throws CATALOG_DICTIONARY_FIELD_NOT_FOUND. */
function requireField(dataset: DatasetDetail, fieldName: string): DictionaryFieldRecord {
  const field = findDatasetField(dataset, fieldName);

  if (field === undefined) {
    throw CatalogExceptions.dictionaryFieldNotFound(dataset.slug, fieldName);
  }

  return field;
}

/** Turns the repository's errors of a link write into the catalog's domain exceptions. */
function translateLinkError(error: unknown, dataset: DatasetDetail, request: LinkIndicatorRequest): unknown {
  if (error instanceof DuplicateLinkError) {
    return CatalogExceptions.linkExists(dataset.slug, request.indicatorId, request.fieldName ?? null);
  }
  if (error instanceof RecordNotFoundError) {
    return CatalogExceptions.datasetNotFound(request.idOrSlug);
  }
  if (error instanceof InvalidDictionaryError) {
    return CatalogExceptions.dictionaryFieldNotFound(dataset.slug, request.fieldName ?? '');
  }

  return error;
}
