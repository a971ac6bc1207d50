import { Injectable } from '@nestjs/common';

import type { DictionaryReferenceRequest, DictionaryResponse, DictionaryXlsxResponse, ImportDictionaryXlsxRequest } from '@bma-kpi/contracts-catalog';
import { DictionaryRepository } from '@bma-kpi/catalog-data-access';
import { dictionaryToXlsx, parseDictionaryXlsx } from '@bma-kpi/catalog-domain';

import { CatalogExceptions } from './catalog.exceptions';
import { CatalogTransferExceptions } from './catalog-transfer.exceptions';
import { toDomainDictionaryField } from './dataset.mapper';
import { DatasetService } from './dataset.service';
import { dictionaryFileName, DictionaryService } from './dictionary.service';
import type { RequestMeta } from './request-meta';

/**
 * Imports and exports data dictionaries as XLSX workbooks. The workbook travels base64-encoded
 * inside the NATS message so that the same domain parser reads CSV and XLSX dictionaries.
 */
@Injectable()
export class DictionaryXlsxService {
  constructor(
    private readonly datasets: DatasetService,
    private readonly dictionaries: DictionaryService,
    private readonly fields: DictionaryRepository,
  ) {}

  /** Parses the first worksheet and replaces the dictionary with its rows. Any row error rejects the whole workbook. */
  async importXlsx(request: ImportDictionaryXlsxRequest, meta: RequestMeta): Promise<DictionaryResponse> {
    const parsed = await parseDictionaryXlsx(Buffer.from(request.xlsxBase64, 'base64'));
    const unreadable = parsed.errors.find((error) => error.code === 'unreadableFile');

    if (unreadable !== undefined) {
      throw CatalogExceptions.dictionaryFileUnreadable(unreadable);
    }
    if (parsed.errors.length > 0) {
      throw CatalogTransferExceptions.invalidDictionarySheetRows(parsed.errors);
    }

    return this.dictionaries.replace({ datasetName: request.idOrSlug, resourceId: request.resourceId, fields: parsed.fields }, meta);
  }

  async exportXlsx(request: DictionaryReferenceRequest): Promise<DictionaryXlsxResponse> {
    const { dataset, resourceId, fields } = await this.dictionaries.target(request);
    const workbook = await dictionaryToXlsx(fields.map(toDomainDictionaryField));

    return { fileName: dictionaryFileName(dataset.slug, resourceId, 'xlsx'), xlsxBase64: workbook.toString('base64') };
  }
}
