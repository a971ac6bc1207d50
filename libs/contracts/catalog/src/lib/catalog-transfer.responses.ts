import type { FieldError } from '@bma-kpi/errors';

/** One page of the agency data catalog as table rows, one row per dataset. */
export interface CatalogTablePage {
  /** Header cells, in the order of the row cells. */
  header: string[];
  rows: string[][];
  /** Slug to send as `afterSlug` for the next page, or null after the last page. */
  nextAfterSlug: string | null;
}

/** Action that an import took, or in a dry run would take, on one row. */
export type CatalogImportAction = 'created' | 'updated' | 'unchanged' | 'rejected';

/** Outcome of one row of a catalog import. */
export interface CatalogImportRowReport {
  /** 1-based row number in the file, counting the header row. */
  row: number;
  action: CatalogImportAction;
  /** Slug of the dataset the row created or updated; for a rejected row the slug it names, if any. */
  slug: string | null;
  /** Id of the stored dataset; null in a dry run of a new dataset and for a rejected row. */
  datasetId: string | null;
  /** Reasons for rejecting the row, one entry per failed check; empty for other actions. */
  errors: FieldError[];
}

/** Outcome of one batch of catalog rows. */
export interface CatalogImportRowsResponse {
  rows: CatalogImportRowReport[];
  /** Header cells that name no catalog column; their values were not read. */
  ignoredColumns: string[];
}

/** Outcome of a whole catalog import file, as the gateway returns it. */
export interface CatalogImportReport extends CatalogImportRowsResponse {
  dryRun: boolean;
  format: 'csv' | 'xlsx';
  /** Number of data rows read from the file, blank rows excluded. */
  totalRows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

/** A data dictionary written as an XLSX workbook with Thai headers. */
export interface DictionaryXlsxResponse {
  /** Suggested file name, `<slug>-dictionary.xlsx`. */
  fileName: string;
  /** The workbook's bytes, base64-encoded. */
  xlsxBase64: string;
}
