import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, Payload } from '@nestjs/microservices';

import type {
  CatalogImportRowsResponse,
  CatalogTablePage,
  DatasetDetail,
  DictionaryResponse,
  DictionaryXlsxResponse,
} from '@bma-kpi/contracts-catalog';
import {
  CatalogSubjects,
  CatalogTablePageRequest,
  DictionaryReferenceRequest,
  ImportCatalogRowsRequest,
  ImportDictionaryXlsxRequest,
  UpdateDatasetRequest,
} from '@bma-kpi/contracts-catalog';

import { CatalogTransferService } from './catalog-transfer.service';
import { DatasetUpdateService } from './dataset-update.service';
import { DictionaryXlsxService } from './dictionary-xlsx.service';
import { requestMetaOf } from './request-meta';

/** NATS handlers of dataset updates and of catalog and dictionary file transfers. */
@Controller()
export class CatalogTransferController {
  constructor(
    private readonly updates: DatasetUpdateService,
    private readonly transfers: CatalogTransferService,
    private readonly dictionaries: DictionaryXlsxService,
  ) {}

  @MessagePattern(CatalogSubjects.datasetUpdate)
  update(@Payload() request: UpdateDatasetRequest, @Ctx() context: unknown): Promise<DatasetDetail> {
    return this.updates.update(request, requestMetaOf(context));
  }

  @MessagePattern(CatalogSubjects.catalogTablePage)
  tablePage(@Payload() request: CatalogTablePageRequest): Promise<CatalogTablePage> {
    return this.transfers.tablePage(request);
  }

  @MessagePattern(CatalogSubjects.catalogImportRows)
  importRows(@Payload() request: ImportCatalogRowsRequest, @Ctx() context: unknown): Promise<CatalogImportRowsResponse> {
    return this.transfers.importRows(request, requestMetaOf(context));
  }

  @MessagePattern(CatalogSubjects.dictionaryImportXlsx)
  importDictionaryXlsx(@Payload() request: ImportDictionaryXlsxRequest, @Ctx() context: unknown): Promise<DictionaryResponse> {
    return this.dictionaries.importXlsx(request, requestMetaOf(context));
  }

  @MessagePattern(CatalogSubjects.dictionaryExportXlsx)
  exportDictionaryXlsx(@Payload() request: DictionaryReferenceRequest): Promise<DictionaryXlsxResponse> {
    return this.dictionaries.exportXlsx(request);
  }
}
