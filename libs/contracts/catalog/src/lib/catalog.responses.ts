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
  /** The thai_gdc metadata, present in lists only when the request sets `withMetadata`. */
  metadata?: DatasetMetadata;
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
  /** Smallest and largest allowed value, or null when the dictionary sets none. */
  minValue: string | null;
  maxValue: string | null;
  example: string | null;
  personalData: boolean;
  /** PDPA legal basis of a personal-data field, or null when none is recorded. */
  personalDataLegalBasis: string | null;
}

/** A resource (distribution) of a dataset: a link, or a file in the object store. */
export interface ResourceResponse {
  id: string;
  name: string;
  /** Address of the data; for an uploaded file, the gateway's download address. */
  url: string | null;
  format: string;
  /** SHA-256 of the uploaded file, its key in the object store, or null for a link. */
  sha256: string | null;
  sizeBytes: number | null;
  mediaType: string | null;
  /** Other thai_gdc resource fields by CKAN key. */
  metadata: Record<string, unknown>;
  /** 0-based order within the dataset. */
  position: number;
}

/** A dataset with its thai_gdc metadata, resources and data dictionary. */
export interface DatasetDetail extends DatasetSummary {
  metadata: DatasetMetadata;
  resources: ResourceResponse[];
  fields: DictionaryFieldResponse[];
  createdBy: string;
  updatedBy: string;
}

/** The data dictionary of one dataset, by position. */
export interface DictionaryResponse {
  datasetId: string;
  slug: string;
  /** The resource whose dictionary this is, or null for the dataset's own. */
  resourceId: string | null;
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

/**
 * One page of the DCAT export: the catalog node without its datasets, this page's `dcat:Dataset`
 * nodes in slug order, and the slug to ask for the next page after, or null after the last page.
 */
export interface DcatCatalogPage {
  catalog: JsonLdDocument;
  datasets: JsonLdDocument[];
  nextAfterSlug: string | null;
}

/** Health of the catalog service. */
export interface CatalogHealthResponse {
  status: 'ok';
  service: 'catalog';
  database: 'postgres' | 'pglite';
  /** Events stored in the outbox and not yet published to the event stream. */
  outboxBacklog: number;
}
