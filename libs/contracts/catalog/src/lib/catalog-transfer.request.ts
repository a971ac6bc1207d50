import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBase64,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { IsCatalogText, IsQueryBoolean } from './catalog.validators';
import { DictionaryReferenceRequest } from './dataset-query.request';
import { datasetSlugPattern } from './dataset.request';

/** Maximum data rows in one catalog import file. */
export const maxCatalogImportRows = 5000;

/** Maximum rows in one import batch message. The gateway also keeps each batch under the NATS message limit. */
export const maxCatalogImportBatchRows = 100;

/**
 * Maximum size in bytes of a catalog file that the gateway accepts for import.
 * NOTE: fixed here rather than configured, and the gateway keeps the whole file in memory while it reads it.
 */
export const maxCatalogFileBytes = 10 * 1024 * 1024;

/** Maximum columns of a catalog table row. */
export const maxCatalogColumns = 200;

/** Maximum length of a catalog table cell in characters, the limit of the longest metadata text (`notes`). */
export const maxCatalogCellChars = 20_000;

/** Maximum datasets in one page of the catalog table. */
export const maxCatalogTablePageSize = 200;

/**
 * Largest dictionary workbook in bytes. It travels base64-encoded (4/3 of its size) in one NATS
 * message, which carries at most 1 MB by default.
 */
export const maxDictionaryXlsxBytes = 512 * 1024;

/** Languages of the header row of a written catalog table: Thai labels, or CKAN field names. */
export const CATALOG_HEADER_LANGUAGES = ['th', 'en'] as const;
export type CatalogHeaderLanguage = (typeof CATALOG_HEADER_LANGUAGES)[number];

/** Request for one page of the agency data catalog (บัญชีรายการข้อมูล) as table rows, ordered by slug. */
export class CatalogTablePageRequest {
  /** Organisation that owns the datasets (CKAN `owner_org`); every agency when absent. */
  @IsOptional()
  @IsCatalogText(100)
  agency?: string;

  /** Slug of the last dataset of the previous page; the first page when absent. */
  @IsOptional()
  @Matches(datasetSlugPattern)
  @IsString()
  afterSlug?: string;

  @IsOptional()
  @IsIn(CATALOG_HEADER_LANGUAGES)
  @IsString()
  headerLanguage?: CatalogHeaderLanguage;

  @IsOptional()
  @Type(() => Number)
  @Min(1)
  @Max(maxCatalogTablePageSize)
  @IsInt()
  pageSize?: number;
}

/** One data row of an imported catalog file: its 1-based row number in the file and its cells as text. */
export class CatalogImportRow {
  @Min(1)
  @IsInt()
  row: number;

  @ArrayMaxSize(maxCatalogColumns)
  @MaxLength(maxCatalogCellChars, { each: true })
  @IsString({ each: true })
  @IsArray()
  cells: string[];
}

/** Options of a catalog import, as the gateway's query parameters. */
export class CatalogImportOptions {
  /** Validate and report every row without storing anything. */
  @IsOptional()
  @IsQueryBoolean()
  dryRun?: boolean;

  /** Organisation that every row belongs to: it fills a blank `owner_org`, and rows of other agencies are rejected. */
  @IsOptional()
  @IsCatalogText(100)
  agency?: string;
}

/**
 * Request to validate and store one batch of rows of an agency data catalog file. Every batch of a
 * file carries the file's header row. Each row is checked and stored on its own.
 */
export class ImportCatalogRowsRequest extends CatalogImportOptions {
  @ArrayMaxSize(maxCatalogColumns)
  @MaxLength(500, { each: true })
  @IsString({ each: true })
  @IsArray()
  header: string[];

  @ArrayMaxSize(maxCatalogImportBatchRows)
  @ValidateNested({ each: true })
  @Type(() => CatalogImportRow)
  @IsArray()
  rows: CatalogImportRow[];
}

/** Request to replace a dataset's data dictionary with the fields of an XLSX workbook. */
export class ImportDictionaryXlsxRequest extends DictionaryReferenceRequest {
  /** The workbook's bytes, base64-encoded. */
  @MaxLength(Math.ceil(maxDictionaryXlsxBytes / 3) * 4)
  @IsBase64()
  @IsString()
  xlsxBase64: string;
}
