import { CKAN_BOOLEANS } from '@bma-kpi/contracts-catalog';
import type { DatasetMetadata } from '@bma-kpi/contracts-catalog';
import { normalizeThai, thaiDigitsToAscii } from '@bma-kpi/util-thai';

import type { CatalogFieldKind, CatalogFieldSpec } from './catalog-field.types';
import { CATALOG_TABLE_COLUMNS, catalogColumnForHeader } from './catalog-table-columns.data';
import type { CatalogTableColumn } from './catalog-table-columns.data';

/** Separator of the values of a multi-select field in one cell; a comma or a line break also separates them on input. */
export const CATALOG_LIST_SEPARATOR = ', ';

/** Cell texts of the CKAN yes/no values. */
const yesNoCells: Readonly<Record<string, string>> = { True: 'ใช่', False: 'ไม่ใช่' };
const yesWords = new Set(['ใช่', 'true', 'yes', 'y', '1']);
const noWords = new Set(['ไม่ใช่', 'ไม่', 'false', 'no', 'n', '0']);

/** Field kinds whose cells hold digits, which Thai spreadsheets may write as Thai digits. */
const digitKinds: ReadonlySet<CatalogFieldKind> = new Set(['isoDate', 'buddhistYear', 'positiveInteger', 'longitude', 'latitude']);

/** Header row of the columns the export writes; `th` uses Thai labels and `en` CKAN field names. */
export function catalogTableHeader(language: 'th' | 'en'): string[] {
  return CATALOG_TABLE_COLUMNS.map((column) => (language === 'th' ? column.headerTh : column.headerEn));
}

const isYesNo = (spec: CatalogFieldSpec): boolean => spec.choices === CKAN_BOOLEANS;

function cellOf(spec: CatalogFieldSpec, value: unknown): string {
  if (value === undefined || value === null) {
    return '';
  }
  if (Array.isArray(value)) {
    // API clients may send `tag_string` as a list; the table writes it the way CKAN forms do.
    return value.map(String).join(spec.kind === 'tags' ? ',' : CATALOG_LIST_SEPARATOR);
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value);

  return isYesNo(spec) ? (yesNoCells[text] ?? text) : text;
}

/** Returns the cells of one dataset's metadata in the column order of the export. */
export function catalogTableCells(metadata: DatasetMetadata | Readonly<Record<string, unknown>>): string[] {
  // DatasetMetadata is an interface without an index signature, so it is read by field name here.
  const values = metadata as Readonly<Record<string, unknown>>;

  return CATALOG_TABLE_COLUMNS.map((column) => cellOf(column.spec, values[column.spec.name]));
}

/** Columns of an imported header row by position, and the header cells that name no column. */
export interface CatalogTableHeader {
  readonly columns: readonly (CatalogTableColumn | undefined)[];
  readonly ignored: readonly string[];
}

/** Maps the cells of a header row to columns. A column named twice is read from its first cell only. */
export function readCatalogTableHeader(header: readonly string[]): CatalogTableHeader {
  const seen = new Set<string>();
  const ignored: string[] = [];
  const columns = header.map((cell) => {
    const column = catalogColumnForHeader(cell);

    if (column === undefined || seen.has(column.spec.name)) {
      if (cell.trim() !== '') {
        ignored.push(cell.trim());
      }

      return undefined;
    }
    seen.add(column.spec.name);

    return column;
  });

  return { columns, ignored };
}

/** Values read from one table row: filled cells by field name, and the fields whose cell is blank. */
export interface CatalogTableRowValues {
  readonly values: Record<string, unknown>;
  readonly blankFields: readonly string[];
}

// A choice cell may contain the stored Thai value or its English label. Other text is kept as
// written, so the metadata validator reports it as a `choice` error.
function choiceValue(spec: CatalogFieldSpec, text: string): string {
  const key = normalizeThai(text).normalize('NFC').toLowerCase();

  if (isYesNo(spec)) {
    if (yesWords.has(key)) {
      return 'True';
    }
    if (noWords.has(key)) {
      return 'False';
    }
  }
  const choice = (spec.choices ?? []).find(
    (candidate) => normalizeThai(candidate.value).normalize('NFC').toLowerCase() === key || candidate.labelEn.toLowerCase() === key,
  );

  return choice?.value ?? text;
}

function valueOf(spec: CatalogFieldSpec, text: string): unknown {
  if (spec.kind === 'choiceList') {
    return text
      .split(/[,\r\n]+/u)
      .map((item) => item.trim())
      .filter((item) => item !== '')
      .map((item) => choiceValue(spec, item));
  }
  if (spec.kind === 'choice') {
    return choiceValue(spec, text);
  }

  return digitKinds.has(spec.kind) ? thaiDigitsToAscii(text) : text;
}

/** Reads the metadata values of one data row; cells under ignored headers are skipped. */
export function readCatalogTableRow(header: CatalogTableHeader, cells: readonly string[]): CatalogTableRowValues {
  const values: Record<string, unknown> = {};
  const blankFields: string[] = [];

  header.columns.forEach((column, position) => {
    if (column === undefined) {
      return;
    }
    const text = (cells[position] ?? '').trim();

    if (text === '') {
      blankFields.push(column.spec.name);
    } else {
      values[column.spec.name] = valueOf(column.spec, text);
    }
  });

  return { values, blankFields };
}
