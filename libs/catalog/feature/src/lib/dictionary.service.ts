import { Injectable } from '@nestjs/common';

import type {
  DictionaryCsvResponse,
  DictionaryFieldRequest,
  DictionaryReferenceRequest,
  DictionaryResponse,
  ImportDictionaryCsvRequest,
  ReplaceDictionaryRequest,
} from '@bma-kpi/contracts-catalog';
import type { DictionaryField } from '@bma-kpi/catalog-domain';
import { dictionaryToCsv, parseDictionaryCsv } from '@bma-kpi/catalog-domain';
import type { DatasetDetail, DictionaryFieldRecord } from '@bma-kpi/catalog-data-access';
import { DictionaryRepository, InvalidDictionaryError, RecordNotFoundError } from '@bma-kpi/catalog-data-access';
import { OutboxRelay } from '@bma-kpi/messaging';

import { CatalogEventFactory } from './catalog-events';
import { CatalogExceptions } from './catalog.exceptions';
import { toDictionaryFieldInput, toDictionaryFieldResponse, toDomainDictionaryField } from './dataset.mapper';
import { DatasetService } from './dataset.service';
import type { RequestMeta } from './request-meta';

/** A dataset's dictionary, or one resource's, with its current fields. */
export interface DictionaryTarget {
  dataset: DatasetDetail;
  resourceId: string | null;
  fields: DictionaryFieldRecord[];
}

/** Names an exported dictionary after its dataset and, for a resource's, the resource id. */
export function dictionaryFileName(slug: string, resourceId: string | null, extension: 'csv' | 'xlsx'): string {
  return `${slug}${resourceId === null ? '' : `-${resourceId.slice(0, 8)}`}-dictionary.${extension}`;
}

/** Reads, replaces, imports and exports the data dictionaries (พจนานุกรมข้อมูล) of datasets and their resources. */
@Injectable()
export class DictionaryService {
  constructor(
    private readonly datasets: DatasetService,
    private readonly dictionaries: DictionaryRepository,
    private readonly relay: OutboxRelay,
  ) {}

  /**
   * Finds the dataset and, with `resourceId`, checks that the resource is one of its own.
   * Throws datasetNotFound or resourceNotFound.
   */
  async target(request: DictionaryReferenceRequest): Promise<DictionaryTarget> {
    const dataset = await this.datasets.find(request.idOrSlug);
    const resourceId = request.resourceId ?? null;

    if (resourceId !== null && !dataset.resources.some((resource) => resource.id === resourceId)) {
      throw CatalogExceptions.resourceNotFound(dataset.slug, resourceId);
    }

    return { dataset, resourceId, fields: await this.dictionaries.list(dataset.id, resourceId) };
  }

  async get(request: DictionaryReferenceRequest): Promise<DictionaryResponse> {
    const { dataset, resourceId, fields } = await this.target(request);

    return { datasetId: dataset.id, slug: dataset.slug, resourceId, fields: fields.map(toDictionaryFieldResponse) };
  }

  /** Replaces the dictionary with the request's fields. `datasetName` is the dataset's id or slug. */
  replace(request: ReplaceDictionaryRequest, meta: RequestMeta): Promise<DictionaryResponse> {
    return this.store({ idOrSlug: request.datasetName, resourceId: request.resourceId }, request.fields, meta);
  }

  /** Parses CSV text and replaces the dictionary with its fields. Any row error rejects the whole file. */
  importCsv(request: ImportDictionaryCsvRequest, meta: RequestMeta): Promise<DictionaryResponse> {
    const parsed = parseDictionaryCsv(request.csv);
    const unreadable = parsed.errors.find((error) => error.code === 'unreadableFile');

    if (unreadable !== undefined) {
      throw CatalogExceptions.dictionaryFileUnreadable(unreadable);
    }
    if (parsed.errors.length > 0) {
      throw CatalogExceptions.invalidDictionaryRows(parsed.errors);
    }

    return this.store(request, parsed.fields, meta);
  }

  async exportCsv(request: DictionaryReferenceRequest): Promise<DictionaryCsvResponse> {
    const { dataset, resourceId, fields } = await this.target(request);

    return { fileName: dictionaryFileName(dataset.slug, resourceId, 'csv'), csv: dictionaryToCsv(fields.map(toDomainDictionaryField)) };
  }

  private async store(
    request: DictionaryReferenceRequest,
    fields: readonly (DictionaryFieldRequest | DictionaryField)[],
    meta: RequestMeta,
  ): Promise<DictionaryResponse> {
    const { dataset, resourceId } = await this.target(request);

    try {
      const result = await this.dictionaries.replaceFields(
        dataset.id,
        resourceId,
        fields.map(toDictionaryFieldInput),
        meta.actor,
        meta.correlationId,
        () => [
          CatalogEventFactory.datasetUpdated(
            { datasetId: dataset.id, slug: dataset.slug, version: dataset.version, changedFields: ['dictionary'] },
            meta,
          ),
        ],
      );

      if (result.changed) {
        this.relay.kick();
      }

      return { datasetId: dataset.id, slug: dataset.slug, resourceId, fields: result.fields.map(toDictionaryFieldResponse) };
    } catch (error) {
      if (error instanceof RecordNotFoundError) {
        throw CatalogExceptions.datasetNotFound(request.idOrSlug);
      }
      if (error instanceof InvalidDictionaryError) {
        throw CatalogExceptions.invalidDictionary(dataset.id, error.message);
      }
      throw error;
    }
  }
}
