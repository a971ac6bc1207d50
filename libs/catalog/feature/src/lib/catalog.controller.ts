import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, Payload } from '@nestjs/microservices';

import type {
  CatalogHealthResponse,
  CatalogPage,
  CkanPackageResponse,
  DatasetDetail,
  DatasetSummary,
  DictionaryCsvResponse,
  DictionaryResponse,
  DcatCatalogPage,
} from '@bma-kpi/contracts-catalog';
import {
  CatalogSubjects,
  CreateDatasetRequest,
  DatasetReferenceRequest,
  DictionaryReferenceRequest,
  ExportCatalogRequest,
  GetDatasetRequest,
  ImportDictionaryCsvRequest,
  ListDatasetsRequest,
  ReplaceDictionaryRequest,
} from '@bma-kpi/contracts-catalog';

import { DatasetService } from './dataset.service';
import { DictionaryService } from './dictionary.service';
import { requestMetaOf } from './request-meta';

/** NATS request/reply handlers of the catalog service. Validation runs in the global pipe. */
@Controller()
export class CatalogController {
  constructor(
    private readonly datasets: DatasetService,
    private readonly dictionaries: DictionaryService,
  ) {}

  @MessagePattern(CatalogSubjects.datasetCreate)
  create(@Payload() request: CreateDatasetRequest, @Ctx() context: unknown): Promise<DatasetDetail> {
    return this.datasets.create(request, requestMetaOf(context));
  }

  @MessagePattern(CatalogSubjects.datasetGet)
  get(@Payload() request: GetDatasetRequest): Promise<DatasetDetail> {
    return this.datasets.get(request);
  }

  @MessagePattern(CatalogSubjects.datasetList)
  list(@Payload() request: ListDatasetsRequest): Promise<CatalogPage<DatasetSummary>> {
    return this.datasets.list(request);
  }

  @MessagePattern(CatalogSubjects.datasetExportCkan)
  exportCkan(@Payload() request: DatasetReferenceRequest): Promise<CkanPackageResponse> {
    return this.datasets.exportCkan(request.idOrSlug);
  }

  @MessagePattern(CatalogSubjects.dictionaryReplace)
  replaceDictionary(@Payload() request: ReplaceDictionaryRequest, @Ctx() context: unknown): Promise<DictionaryResponse> {
    return this.dictionaries.replace(request, requestMetaOf(context));
  }

  @MessagePattern(CatalogSubjects.dictionaryGet)
  getDictionary(@Payload() request: DictionaryReferenceRequest): Promise<DictionaryResponse> {
    return this.dictionaries.get(request);
  }

  @MessagePattern(CatalogSubjects.dictionaryImportCsv)
  importDictionaryCsv(@Payload() request: ImportDictionaryCsvRequest, @Ctx() context: unknown): Promise<DictionaryResponse> {
    return this.dictionaries.importCsv(request, requestMetaOf(context));
  }

  @MessagePattern(CatalogSubjects.dictionaryExportCsv)
  exportDictionaryCsv(@Payload() request: DictionaryReferenceRequest): Promise<DictionaryCsvResponse> {
    return this.dictionaries.exportCsv(request);
  }

  @MessagePattern(CatalogSubjects.catalogExportDcat)
  exportDcat(@Payload() request: ExportCatalogRequest): Promise<DcatCatalogPage> {
    return this.datasets.exportDcat(request);
  }

  @MessagePattern(CatalogSubjects.healthCheck)
  health(): Promise<CatalogHealthResponse> {
    return this.datasets.health();
  }
}
