import { Injectable } from '@nestjs/common';

import type {
  DictionaryCsvResponse,
  DictionaryFieldRequest,
  DictionaryResponse,
  ImportDictionaryCsvRequest,
  ReplaceDictionaryRequest,
} from '@bma-kpi/contracts-catalog';
import type { DictionaryField } from '@bma-kpi/catalog-domain';
import { dictionaryToCsv, parseDictionaryCsv } from '@bma-kpi/catalog-domain';
import { DictionaryRepository, InvalidDictionaryError, RecordNotFoundError } from '@bma-kpi/catalog-data-access';
import { OutboxRelay } from '@bma-kpi/messaging';

import { CatalogEventFactory } from './catalog-events';
import { CatalogExceptions } from './catalog.exceptions';
import { toDictionaryFieldInput, toDictionaryFieldResponse, toDomainDictionaryField } from './dataset.mapper';
import { DatasetService } from './dataset.service';
import type { RequestMeta } from './request-meta';

/** Reads, replaces, imports and exports the data dictionaries (พจนานุกรมข้อมูล) of datasets. */
@Injectable()
export class DictionaryService {
  constructor(
    private readonly datasets: DatasetService,
    private readonly dictionaries: DictionaryRepository,
    private readonly relay: OutboxRelay,
  ) {}

  async get(idOrSlug: string): Promise<DictionaryResponse> {
    const dataset = await this.datasets.find(idOrSlug);
    const fields = await this.dictionaries.list(dataset.id, null);

    return { datasetId: dataset.id, slug: dataset.slug, fields: fields.map(toDictionaryFieldResponse) };
  }

  /** Replaces the dictionary with the request's fields. `datasetName` is the dataset's id or slug. */
  replace(request: ReplaceDictionaryRequest, meta: RequestMeta): Promise<DictionaryResponse> {
    return this.store(request.datasetName, request.fields, meta);
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

    return this.store(request.idOrSlug, parsed.fields, meta);
  }

  async exportCsv(idOrSlug: string): Promise<DictionaryCsvResponse> {
    const dataset = await this.datasets.find(idOrSlug);
    const fields = await this.dictionaries.list(dataset.id, null);

    return { fileName: `${dataset.slug}-dictionary.csv`, csv: dictionaryToCsv(fields.map(toDomainDictionaryField)) };
  }

  private async store(
    idOrSlug: string,
    fields: readonly (DictionaryFieldRequest | DictionaryField)[],
    meta: RequestMeta,
  ): Promise<DictionaryResponse> {
    const dataset = await this.datasets.find(idOrSlug);

    try {
      const result = await this.dictionaries.replaceFields(
        dataset.id,
        null,
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

      return { datasetId: dataset.id, slug: dataset.slug, fields: result.fields.map(toDictionaryFieldResponse) };
    } catch (error) {
      if (error instanceof RecordNotFoundError) {
        throw CatalogExceptions.datasetNotFound(idOrSlug);
      }
      if (error instanceof InvalidDictionaryError) {
        throw CatalogExceptions.invalidDictionary(dataset.id, error.message);
      }
      throw error;
    }
  }
}
