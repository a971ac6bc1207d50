import { Inject, Injectable } from '@nestjs/common';

import type {
  AddResourceRequest,
  DatasetDetail,
  DatasetType,
  ResourceFieldsRequest,
  ResourceReferenceRequest,
  ResourceResponse,
  UpdateResourceRequest,
} from '@bma-kpi/contracts-catalog';
import type { DatasetDetail as DatasetDetailRecord, ResourceChangeResult } from '@bma-kpi/catalog-data-access';
import { RecordNotFoundError, ResourceRepository, VersionConflictError } from '@bma-kpi/catalog-data-access';
import { validateResourceMetadata } from '@bma-kpi/catalog-domain';
import { ValidationFailedException } from '@bma-kpi/errors';
import { OutboxRelay } from '@bma-kpi/messaging';

import { CatalogEventFactory } from './catalog-events';
import { CatalogExceptions } from './catalog.exceptions';
import { CATALOG_SERVICE_OPTIONS, type CatalogServiceOptions } from './catalog-service.options';
import { CatalogTransferExceptions } from './catalog-transfer.exceptions';
import { DatasetService } from './dataset.service';
import { QualityService } from './quality.service';
import { toDatasetDetail, toResourceResponse } from './dataset.mapper';
import type { RequestMeta } from './request-meta';

/**
 * Checks a resource's fields with the thai_gdc rules of its dataset's type; errors name
 * `resource.<field>`. The URL of an uploaded file is the gateway's download address, which the
 * gateway's configuration sets (an intranet host needs no top-level domain), so it is not checked.
 */
function assertValidResource(fields: ResourceFieldsRequest, dataType: string, hasFile: boolean): void {
  const errors = validateResourceMetadata(
    { ...fields.metadata, name: fields.name, format: fields.format, ...(fields.url === undefined || hasFile ? {} : { url: fields.url }) },
    dataType as DatasetType,
    hasFile,
  );

  if (errors.length > 0) {
    throw new ValidationFailedException(
      errors.map((error) => ({ field: `resource.${error.field}`, rule: error.rule, messageEn: error.messageEn, messageTh: error.messageTh })),
    );
  }
}

/** Adds, changes and removes the resources (distributions) of catalog datasets. */
@Injectable()
export class ResourceService {
  constructor(
    private readonly resources: ResourceRepository,
    private readonly datasets: DatasetService,
    private readonly relay: OutboxRelay,
    private readonly quality: QualityService,
    @Inject(CATALOG_SERVICE_OPTIONS) private readonly options: CatalogServiceOptions,
  ) {}

  /** Adds a link, or a file that must already be in the object store with the declared size. */
  async add(request: AddResourceRequest, meta: RequestMeta): Promise<DatasetDetail> {
    const dataset = await this.datasets.find(request.idOrSlug);

    assertValidResource(request.resource, dataset.datasetType, request.file !== undefined);
    if (request.file !== undefined) {
      await this.assertStored(request.file.sha256, request.file.sizeBytes);
    }
    const { name, url, format, metadata } = request.resource;
    const added = await this.writeChange(dataset, request.expectedVersion, () =>
      this.resources.add(
        dataset.id,
        {
          id: request.resourceId,
          name,
          url: url ?? null,
          format,
          metadata: metadata ?? {},
          objectSha256: request.file?.sha256 ?? null,
          sizeBytes: request.file?.sizeBytes ?? null,
          mediaType: request.file?.mediaType ?? null,
        },
        request.expectedVersion,
        meta,
        (change) => this.updatedEvent(change, meta),
      ),
    );

    // A CSV or XLSX upload is assessed against the dictionary in the background.
    if (request.file !== undefined) {
      await this.quality.startForUpload(added.dataset, added.resourceId, meta);
    }

    return toDatasetDetail(added.dataset);
  }

  /** Replaces the name, URL, format and thai_gdc fields of a resource; an uploaded file stays attached. */
  async update(request: UpdateResourceRequest, meta: RequestMeta): Promise<DatasetDetail> {
    const dataset = await this.datasets.find(request.idOrSlug);
    const current = this.findResource(dataset, request.resourceId);

    assertValidResource(request.resource, dataset.datasetType, current.objectSha256 !== null);
    const { name, url, format, metadata } = request.resource;

    return this.write(dataset, request.expectedVersion, meta, () =>
      this.resources.update(
        dataset.id,
        current.id,
        // An uploaded file keeps its download address; only a link's URL can change.
        { name, url: current.objectSha256 === null ? (url ?? current.url) : current.url, format, metadata: metadata ?? {} },
        request.expectedVersion,
        meta,
        (change) => this.updatedEvent(change, meta),
      ),
    );
  }

  async remove(request: ResourceReferenceRequest, meta: RequestMeta): Promise<DatasetDetail> {
    const dataset = await this.datasets.find(request.idOrSlug);
    const current = this.findResource(dataset, request.resourceId);

    return this.write(dataset, request.expectedVersion, meta, () =>
      this.resources.remove(dataset.id, current.id, request.expectedVersion, meta, (change) => this.updatedEvent(change, meta)),
    );
  }

  /** Returns one resource, so that the gateway can stream its file. */
  async get(request: ResourceReferenceRequest): Promise<ResourceResponse> {
    const dataset = await this.datasets.find(request.idOrSlug, request.publicOnly ?? false);

    return toResourceResponse(this.findResource(dataset, request.resourceId));
  }

  private findResource(dataset: DatasetDetailRecord, resourceId: string) {
    const resource = dataset.resources.find((candidate) => candidate.id === resourceId);

    if (resource === undefined) {
      throw CatalogExceptions.resourceNotFound(dataset.slug, resourceId);
    }

    return resource;
  }

  private updatedEvent(change: ResourceChangeResult, meta: RequestMeta) {
    const { dataset } = change;

    return [CatalogEventFactory.datasetUpdated({ datasetId: dataset.id, slug: dataset.slug, version: dataset.version, changedFields: ['resources'] }, meta)];
  }

  private async write(
    dataset: DatasetDetailRecord,
    expectedVersion: number | undefined,
    meta: RequestMeta,
    work: () => Promise<ResourceChangeResult>,
  ): Promise<DatasetDetail> {
    return toDatasetDetail((await this.writeChange(dataset, expectedVersion, work)).dataset);
  }

  private async writeChange(
    dataset: DatasetDetailRecord,
    expectedVersion: number | undefined,
    work: () => Promise<ResourceChangeResult>,
  ): Promise<ResourceChangeResult> {
    try {
      const change = await work();

      this.relay.kick();

      return change;
    } catch (error) {
      if (error instanceof VersionConflictError) {
        throw CatalogTransferExceptions.versionConflict(dataset.slug, expectedVersion ?? error.expectedVersion, error.actualVersion);
      }
      if (error instanceof RecordNotFoundError) {
        throw error.entity === 'Resource' ? CatalogExceptions.resourceNotFound(dataset.slug, error.key) : CatalogExceptions.datasetNotFound(dataset.slug);
      }
      throw error;
    }
  }

  private async assertStored(sha256: string, sizeBytes: number): Promise<void> {
    const stored = await this.options.objectStore?.stat(sha256);

    if (stored === undefined || stored === null) {
      throw CatalogExceptions.resourceFileMissing(sha256);
    }
    if (stored.sizeBytes !== sizeBytes) {
      throw CatalogExceptions.evidenceSizeMismatch(sha256, sizeBytes, stored.sizeBytes);
    }
  }
}
