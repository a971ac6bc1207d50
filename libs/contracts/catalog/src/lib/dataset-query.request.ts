import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, IsUrl, Matches, Max, MaxLength, Min } from 'class-validator';

import { CLASSIFICATION_LEVELS, DATASET_TYPES, DATA_CATEGORIES } from './catalog-vocabulary.data';
import type { ClassificationLevel, DataCategory, DatasetType } from './catalog-vocabulary.data';
import { IsCatalogChoice, IsCatalogText, IsQueryBoolean } from './catalog.validators';

/** Largest page of a dataset list. */
export const maxCatalogPageSize = 200;

/** Highest page number accepted. It is far beyond any real list and keeps OFFSET within integer range. */
export const maxCatalogPage = 1_000_000;

/** A dataset id (UUID) or slug (CKAN `name`), both written with lower-case ASCII letters, digits, `-` and `_`. */
export const datasetReferencePattern = /^[a-z0-9_-]{2,100}$/;

/** Largest page of the DCAT export, in datasets. */
export const maxDcatPageSize = 200;

/** Maximum length of a data dictionary CSV in characters, kept below the 1 MB that NATS carries per message. */
export const maxDictionaryCsvChars = 500_000;

/** Request that names one dataset by id or slug. */
export class DatasetReferenceRequest {
  @Matches(datasetReferencePattern, { message: '$property must be a dataset id or slug (a–z, 0–9, - and _)' })
  @IsString()
  idOrSlug: string;
}

/** Request that names the data dictionary of a dataset, or of one of its resources with `resourceId`. */
export class DictionaryReferenceRequest extends DatasetReferenceRequest {
  @IsOptional()
  @IsUUID()
  resourceId?: string;
}

/** Request for one dataset. With `publicOnly`, a dataset that is not public data is reported as not found. */
export class GetDatasetRequest extends DatasetReferenceRequest {
  @IsOptional()
  @IsQueryBoolean()
  publicOnly?: boolean;
}

/** Filters of the dataset list, all of which must match. */
export class ListDatasetsRequest {
  /** Organisation that owns the dataset (CKAN `owner_org`). */
  @IsOptional()
  @IsCatalogText(100)
  agency?: string;

  @IsOptional()
  @IsCatalogChoice(DATASET_TYPES)
  type?: DatasetType;

  @IsOptional()
  @IsCatalogChoice(DATA_CATEGORIES)
  category?: DataCategory;

  @IsOptional()
  @IsCatalogChoice(CLASSIFICATION_LEVELS)
  classification?: ClassificationLevel;

  /** One keyword of `tag_string`, matched exactly. */
  @IsOptional()
  @IsCatalogText(100)
  tag?: string;

  /** Words that must all occur in the title, slug, description or keywords. */
  @IsOptional()
  @MaxLength(200)
  @IsString()
  q?: string;

  /** Only datasets of category ข้อมูลสาธารณะ whose classification is เปิดเผย or not set. */
  @IsOptional()
  @IsQueryBoolean()
  publicOnly?: boolean;

  /** Adds each dataset's thai_gdc metadata to its list entry, for clients that harvest the catalog. */
  @IsOptional()
  @IsQueryBoolean()
  withMetadata?: boolean;

  @IsOptional()
  @Type(() => Number)
  @Min(1)
  @Max(maxCatalogPage)
  @IsInt()
  page?: number;

  @IsOptional()
  @Type(() => Number)
  @Min(1)
  @Max(maxCatalogPageSize)
  @IsInt()
  pageSize?: number;
}

/** Request to replace a dataset's data dictionary with the fields read from CSV text. */
export class ImportDictionaryCsvRequest extends DictionaryReferenceRequest {
  @MaxLength(maxDictionaryCsvChars)
  @IsString()
  csv: string;
}

/** Request for the catalog as DCAT JSON-LD. */
export class ExportCatalogRequest {
  /** IRI of the catalog; dataset and organisation IRIs start with it. */
  @IsUrl({ require_protocol: true, require_tld: false })
  catalogUri: string;

  @IsOptional()
  @IsQueryBoolean()
  publicOnly?: boolean;

  /** Slug of the last dataset of the previous page; the page starts after it in slug order. */
  @IsOptional()
  @Matches(datasetReferencePattern, { message: '$property must be a dataset slug (a–z, 0–9, - and _)' })
  @IsString()
  afterSlug?: string;

  /** Datasets per page; the default keeps a page of rich metadata well below the NATS message limit. */
  @IsOptional()
  @Type(() => Number)
  @Min(1)
  @Max(maxDcatPageSize)
  @IsInt()
  limit?: number;
}

/** Request for the health of the catalog service; it has no fields. */
export class CatalogHealthRequest {}
