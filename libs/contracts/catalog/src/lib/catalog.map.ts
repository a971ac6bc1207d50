import type {
  CatalogHealthResponse,
  CatalogPage,
  CkanPackageResponse,
  DatasetDetail,
  DatasetSummary,
  DictionaryCsvResponse,
  DictionaryResponse,
  JsonLdDocument,
} from './catalog.responses';
import { CatalogSubjects } from './catalog.subjects';
import type {
  CatalogHealthRequest,
  DatasetReferenceRequest,
  ExportCatalogRequest,
  GetDatasetRequest,
  ImportDictionaryCsvRequest,
  ListDatasetsRequest,
} from './dataset-query.request';
import type { CreateDatasetRequest } from './dataset.request';
import type { ReplaceDictionaryRequest } from './dictionary-field.request';

/** Request and response type of every catalog subject, for a type-checked client. */
export interface CatalogMessages {
  [CatalogSubjects.datasetCreate]: { request: CreateDatasetRequest; response: DatasetDetail };
  [CatalogSubjects.datasetGet]: { request: GetDatasetRequest; response: DatasetDetail };
  [CatalogSubjects.datasetList]: { request: ListDatasetsRequest; response: CatalogPage<DatasetSummary> };
  [CatalogSubjects.datasetExportCkan]: { request: DatasetReferenceRequest; response: CkanPackageResponse };
  [CatalogSubjects.dictionaryReplace]: { request: ReplaceDictionaryRequest; response: DictionaryResponse };
  [CatalogSubjects.dictionaryGet]: { request: DatasetReferenceRequest; response: DictionaryResponse };
  [CatalogSubjects.dictionaryImportCsv]: { request: ImportDictionaryCsvRequest; response: DictionaryResponse };
  [CatalogSubjects.dictionaryExportCsv]: { request: DatasetReferenceRequest; response: DictionaryCsvResponse };
  [CatalogSubjects.catalogExportDcat]: { request: ExportCatalogRequest; response: JsonLdDocument };
  [CatalogSubjects.healthCheck]: { request: CatalogHealthRequest; response: CatalogHealthResponse };
}
