import type { OnApplicationBootstrap } from '@nestjs/common';
import { Injectable, Logger } from '@nestjs/common';

import type {
  CatalogHealthResponse,
  CatalogPage,
  CkanPackageResponse,
  CreateDatasetRequest,
  DatasetDetail,
  DatasetSummary,
  ExportCatalogRequest,
  GetDatasetRequest,
  DcatCatalogPage,
  ListDatasetsRequest,
} from '@bma-kpi/contracts-catalog';
import type { DatasetDetail as DatasetDetailRecord, DatasetListQuery } from '@bma-kpi/catalog-data-access';
import { CatalogDatabase, DatasetRepository, OutboxRepository, SlugTakenError } from '@bma-kpi/catalog-data-access';
import { datasetSlug, toCkanPackage, toDcatCatalogNode, toDcatDatasetNode, validateDatasetMetadata } from '@bma-kpi/catalog-domain';
import { ValidationFailedException } from '@bma-kpi/errors';
import { OutboxRelay } from '@bma-kpi/messaging';

import { CatalogEventFactory } from './catalog-events';
import { CatalogExceptions } from './catalog.exceptions';
import {
  isPublicDataset,
  openClassification,
  publicDataCategory,
  toCatalogResource,
  toDatasetDetail,
  toDatasetMetadata,
  toDatasetSummary,
  unsetClassification,
} from './dataset.mapper';
import type { RequestMeta } from './request-meta';

const defaultPageSize = 50;
// Datasets per DCAT page: with a few resources each, a page stays far below the 1 MB NATS limit.
const defaultDcatPageSize = 100;
const catalogTitle = 'บัญชีข้อมูลกรุงเทพมหานคร';
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Returns the request's fields without the ones left undefined, as the metadata to store. */
function definedFields(request: CreateDatasetRequest): Record<string, unknown> {
  return Object.fromEntries(Object.entries(request).filter(([, value]) => value !== undefined));
}

/** Turns the list filters into repository filters, or returns null when `publicOnly` excludes every match. */
function toListQuery(request: ListDatasetsRequest, page: number, pageSize: number): DatasetListQuery | null {
  const query: DatasetListQuery = {
    agencyCode: request.agency,
    datasetType: request.type,
    dataCategory: request.category,
    classification: request.classification,
    tag: request.tag,
    search: request.q,
    page,
    pageSize,
  };

  if (!request.publicOnly) {
    return query;
  }
  if (request.category !== undefined && request.category !== publicDataCategory) {
    return null;
  }
  if (request.classification !== undefined && request.classification !== openClassification) {
    return null;
  }

  return { ...query, dataCategory: publicDataCategory, classification: undefined, classificationIn: [unsetClassification, openClassification] };
}

/** Creates, reads, lists and exports catalog datasets. */
@Injectable()
export class DatasetService implements OnApplicationBootstrap {
  private readonly logger = new Logger(DatasetService.name);

  constructor(
    private readonly datasets: DatasetRepository,
    private readonly database: CatalogDatabase,
    private readonly relay: OutboxRelay,
    private readonly outbox: OutboxRepository,
  ) {}

  /** Brings the search columns of datasets stored by an older release up to the current rules. */
  async onApplicationBootstrap(): Promise<void> {
    const refreshed = await this.datasets.refreshSearchColumns();

    if (refreshed > 0) {
      this.logger.log({ refreshed }, 'Recomputed the search columns of older datasets');
    }
  }

  /** Finds a dataset by UUID or slug. Throws datasetNotFound, also for a non-public dataset when `publicOnly` is set. */
  async find(idOrSlug: string, publicOnly = false): Promise<DatasetDetailRecord> {
    const record = uuidPattern.test(idOrSlug) ? await this.datasets.get(idOrSlug) : await this.datasets.getBySlug(idOrSlug);

    if (record === null || (publicOnly && !isPublicDataset(record))) {
      throw CatalogExceptions.datasetNotFound(idOrSlug);
    }

    return record;
  }

  async get(request: GetDatasetRequest): Promise<DatasetDetail> {
    return toDatasetDetail(await this.find(request.idOrSlug, request.publicOnly ?? false));
  }

  async list(request: ListDatasetsRequest): Promise<CatalogPage<DatasetSummary>> {
    const page = request.page ?? 1;
    const pageSize = request.pageSize ?? defaultPageSize;
    const query = toListQuery(request, page, pageSize);

    if (query === null) {
      return { items: [], total: 0, page, pageSize };
    }
    const result = await this.datasets.list(query);

    const items = request.withMetadata
      ? result.items.map((record) => ({ ...toDatasetSummary(record), metadata: toDatasetMetadata(record) }))
      : result.items.map(toDatasetSummary);

    return { items, total: result.total, page, pageSize, ...(result.match === undefined ? {} : { match: result.match }) };
  }

  /**
   * Validates the metadata against the thai_gdc schema, derives a slug unless the request names
   * one, and stores the dataset with its `dataset.created` event in one transaction.
   */
  async create(request: CreateDatasetRequest, meta: RequestMeta): Promise<DatasetDetail> {
    const metadata = definedFields(request);
    const errors = validateDatasetMetadata(metadata);

    if (errors.length > 0) {
      throw new ValidationFailedException(
        errors.map((error) => ({ field: error.field, rule: error.rule, messageEn: error.messageEn, messageTh: error.messageTh })),
      );
    }
    const slug = request.name ?? (await this.freeSlug(request.title, request.titleEn));

    try {
      const created = await this.datasets.create(
        {
          slug,
          agencyCode: request.owner_org,
          titleTh: request.title,
          titleEn: request.titleEn ?? null,
          datasetType: request.data_type,
          dataCategory: request.data_category,
          classification: request.data_classification ?? unsetClassification,
          metadata: { ...metadata, name: slug },
          lastUpdatedDate: request.last_updated_date ?? null,
          updateFrequencyUnit: request.update_frequency_unit,
          updateFrequencyInterval: request.update_frequency_interval === undefined ? null : Number(request.update_frequency_interval),
        },
        meta.actor,
        meta.correlationId,
        (detail) => [
          CatalogEventFactory.datasetCreated(
            { datasetId: detail.id, slug: detail.slug, agencyCode: detail.agencyCode, titleTh: detail.titleTh, dataCategory: detail.dataCategory },
            meta,
          ),
        ],
      );

      this.relay.kick();

      return toDatasetDetail(created);
    } catch (error) {
      throw error instanceof SlugTakenError ? CatalogExceptions.slugTaken(slug) : error;
    }
  }

  async exportCkan(idOrSlug: string): Promise<CkanPackageResponse> {
    const record = await this.find(idOrSlug);

    return toCkanPackage(toDatasetMetadata(record), record.resources.map(toCatalogResource));
  }

  /**
   * Maps one page of datasets (or of public ones) with their resources to DCAT-AP JSON-LD, in slug
   * order after `afterSlug`. The gateway joins the pages into one document, because the whole
   * catalog can exceed the 1 MB that one NATS message carries.
   */
  async exportDcat(request: ExportCatalogRequest): Promise<DcatCatalogPage> {
    const limit = request.limit ?? defaultDcatPageSize;
    const filters = request.publicOnly ? { dataCategory: publicDataCategory, classificationIn: [unsetClassification, openClassification] } : {};
    // Reading one row more than the page shows whether another page follows.
    const records = await this.datasets.listAfterSlug(filters, request.afterSlug, limit + 1);
    const page = records.slice(0, limit);

    return {
      catalog: toDcatCatalogNode({ uri: request.catalogUri, title: catalogTitle }),
      datasets: page.map((record) =>
        toDcatDatasetNode(request.catalogUri, { metadata: toDatasetMetadata(record), resources: record.resources.map(toCatalogResource) }, record.slug),
      ),
      nextAfterSlug: records.length > limit ? (page.at(-1)?.slug ?? null) : null,
    };
  }

  async health(): Promise<CatalogHealthResponse> {
    await this.database.prisma.$queryRaw`SELECT 1`;

    return { status: 'ok', service: 'catalog', database: this.database.database.kind, outboxBacklog: await this.outbox.countPending() };
  }

  /** Derives a slug from the titles that no stored dataset uses yet. */
  private async freeSlug(title: string, titleEn: string | undefined): Promise<string> {
    const base = datasetSlug(title, titleEn, new Set());
    const usedSlugs = new Set(await this.datasets.slugsStartingWith(base));

    return datasetSlug(title, titleEn, usedSlugs);
  }
}
