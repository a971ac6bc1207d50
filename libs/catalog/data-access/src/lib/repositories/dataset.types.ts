import type { Page, PageRequest } from '@bma-kpi/database';
import type { DictionaryFieldRecord } from './dictionary.types';

/** A distribution of a dataset as a write gives it; `position` is its index in the list. */
export interface ResourceInput {
  name: string;
  url?: string | null;
  /** SHA-256 (64 lower-case hex digits) of the file in the object store. */
  objectSha256?: string | null;
  format: string;
  sizeBytes?: number | null;
  mediaType?: string | null;
  /** Resource fields of the thai_gdc schema as CKAN key → value. */
  metadata?: Record<string, unknown>;
}

/** A stored resource. */
export interface ResourceRecord {
  id: string;
  name: string;
  url: string | null;
  objectSha256: string | null;
  format: string;
  sizeBytes: number | null;
  mediaType: string | null;
  metadata: Record<string, unknown>;
  position: number;
}

/** Dataset columns that a create sets and a patch may change. */
export interface DatasetFields {
  /** CKAN `name`: lower-case letters, digits, `-` and `_`, 2–100 characters. */
  slug: string;
  agencyCode: string;
  titleTh: string;
  titleEn?: string | null;
  /** Thai `data_type` value, e.g. ข้อมูลสถิติ. */
  datasetType: string;
  dataCategory: string;
  classification: string;
  /** Every thai_gdc field as CKAN key → value; `notes` and `tag_string` also feed search. */
  metadata: Record<string, unknown>;
  /** `YYYY-MM-DD` in the Christian era. */
  lastUpdatedDate?: string | null;
  updateFrequencyUnit?: string | null;
  updateFrequencyInterval?: number | null;
}

/** Input of DatasetRepository.create. */
export interface CreateDatasetInput extends DatasetFields {
  /** Id to use, e.g. one that events already carry; a random UUID when absent. */
  id?: string;
  resources?: ResourceInput[];
}

/** Changes of DatasetRepository.update; absent fields stay unchanged. Resources are not changed here. */
export type DatasetPatch = Partial<DatasetFields>;

/** A dataset without its resources and dictionary, as listings return it; timestamps are ISO 8601. */
export interface DatasetRecord {
  id: string;
  slug: string;
  agencyCode: string;
  titleTh: string;
  titleEn: string | null;
  datasetType: string;
  dataCategory: string;
  classification: string;
  metadata: Record<string, unknown>;
  lastUpdatedDate: string | null;
  updateFrequencyUnit: string | null;
  updateFrequencyInterval: number | null;
  version: number;
  createdBy: string;
  updatedBy: string;
  createdAt: string;
  updatedAt: string;
}

/** A dataset with its resources (by position) and its whole data dictionary. */
export interface DatasetDetail extends DatasetRecord {
  resources: ResourceRecord[];
  fields: DictionaryFieldRecord[];
}

/** Result of DatasetRepository.update: the dataset after the change and the columns that changed. */
export interface DatasetUpdateResult {
  dataset: DatasetDetail;
  changedFields: string[];
}

/** Filters of DatasetRepository.list; all given filters must match. */
export interface DatasetListQuery extends PageRequest {
  agencyCode?: string;
  datasetType?: string;
  dataCategory?: string;
  classification?: string;
  /** The dataset's classification must be one of these; an empty list matches no dataset. */
  classificationIn?: readonly string[];
  /** One keyword of the metadata's `tag_string`, matched exactly after trimming. */
  tag?: string;
  /** Free text, matched by its words or, when no dataset has them all, by similar titles and keywords. */
  search?: string;
}

/** Filters of DatasetRepository.listAfterSlug, which exports read page by page. */
export type DatasetExportFilter = Pick<DatasetListQuery, 'agencyCode' | 'dataCategory' | 'classificationIn'>;

/** A page of DatasetRepository.list. */
export interface DatasetPage extends Page<DatasetRecord> {
  /** Kind of free-text match: every word occurs (`words`), or the titles and keywords are similar (`similar`). */
  match?: 'words' | 'similar';
}
