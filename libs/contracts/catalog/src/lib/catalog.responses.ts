import type { DatasetMetadata } from './dataset-metadata.types';
import type { DictionaryDataType } from './dictionary-field.request';

/** One page of results with the total number of matches. */
export interface CatalogPage<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  /**
   * With a `q` filter: `words` when every word of it occurs in the matches, `similar` when no
   * dataset had them all and the matches have similar titles or keywords instead.
   */
  match?: 'words' | 'similar';
}

/** A dataset in list responses, with `lastUpdatedDate` as `YYYY-MM-DD` and timestamps in ISO 8601. */
export interface DatasetSummary {
  id: string;
  /** CKAN `name` of the dataset. */
  slug: string;
  /** Organisation that owns the dataset (CKAN `owner_org`). */
  agencyCode: string;
  titleTh: string;
  titleEn: string | null;
  datasetType: string;
  dataCategory: string;
  /** Thai `data_classification` value, or null when the metadata does not set it. */
  classification: string | null;
  lastUpdatedDate: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** One column of a data dictionary. */
export interface DictionaryFieldResponse {
  name: string;
  labelTh: string;
  description: string | null;
  type: DictionaryDataType;
  size: number | null;
  precision: number | null;
  unit: string | null;
  required: boolean;
  primaryKey: boolean;
  allowedValues: string[];
  example: string | null;
  personalData: boolean;
}

/** A dataset with its thai_gdc metadata and data dictionary. */
export interface DatasetDetail extends DatasetSummary {
  metadata: DatasetMetadata;
  fields: DictionaryFieldResponse[];
  createdBy: string;
  updatedBy: string;
}

/** The data dictionary of one dataset, by position. */
export interface DictionaryResponse {
  datasetId: string;
  slug: string;
  fields: DictionaryFieldResponse[];
}

/** A data dictionary written as CSV (UTF-8 with a byte order mark, Thai headers). */
export interface DictionaryCsvResponse {
  /** Suggested file name, `<slug>-dictionary.csv`. */
  fileName: string;
  csv: string;
}

/** Value of one CKAN field: text, or a list for multi-select fields. */
export type CkanFieldValue = string | string[];

/** A CKAN package dict for `package_create`, with thai_gdc fields as top-level keys. */
export interface CkanPackageResponse {
  [field: string]: CkanFieldValue | Record<string, CkanFieldValue>[];
  name: string;
  resources: Record<string, CkanFieldValue>[];
}

/** A JSON-LD document. */
export type JsonLdDocument = Record<string, unknown>;

/** Health of the catalog service. */
export interface CatalogHealthResponse {
  status: 'ok';
  service: 'catalog';
  database: 'postgres' | 'pglite';
}
