import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

import { ALLOWED_VALUES_SEPARATOR, DICTIONARY_COLUMNS } from './dictionary-columns.data';
import { dictionaryError } from './dictionary-error';
import type { DictionaryField, DictionaryParseResult } from './dictionary-field.types';
import { parseDictionaryRows } from './dictionary-rows.parser';
import type { SheetRow } from './dictionary-rows.parser';
import { csvSafeCast } from '@bma-kpi/util-thai';

interface CsvRecord {
  record: string[];
  info: { records: number };
}

/** Language of the header row that the writers produce. */
export type DictionaryHeaderLanguage = 'th' | 'en';

/** Returns the header row of a written dictionary. */
export function dictionaryHeaders(language: DictionaryHeaderLanguage): string[] {
  return DICTIONARY_COLUMNS.map((column) => (language === 'th' ? column.headerTh : column.headerEn));
}

/** Returns the cells of one field in the column order of DICTIONARY_COLUMNS. */
export function dictionaryCells(field: DictionaryField): string[] {
  const yesNo = (value: boolean): string => (value ? 'ใช่' : 'ไม่ใช่');
  const cells: Record<keyof DictionaryField, string> = {
    name: field.name,
    labelTh: field.labelTh,
    description: field.description ?? '',
    type: field.type,
    size: field.size === undefined ? '' : String(field.size),
    precision: field.precision === undefined ? '' : String(field.precision),
    unit: field.unit ?? '',
    required: yesNo(field.required),
    primaryKey: yesNo(field.primaryKey),
    allowedValues: field.allowedValues.join(ALLOWED_VALUES_SEPARATOR),
    example: field.example ?? '',
    personalData: yesNo(field.personalData),
    personalDataLegalBasis: field.personalDataLegalBasis ?? '',
  };

  return DICTIONARY_COLUMNS.map((column) => cells[column.key]);
}

/**
 * Parses a data dictionary from CSV text (RFC 4180; UTF-8 with or without a byte order mark).
 * Quoted cells may hold commas and line breaks. Text that is not valid CSV, such as an
 * unclosed quote, yields one `unreadableFile` error and no fields.
 */
export function parseDictionaryCsv(text: string): DictionaryParseResult {
  let records: CsvRecord[];

  try {
    // With `info: true` csv-parse returns records with their position, which its types do not express.
    records = parse(text, { bom: true, relax_column_count: true, info: true }) as unknown as CsvRecord[];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);

    return { fields: [], errors: [dictionaryError(1, 'unreadableFile', reason)], ignoredColumns: [] };
  }
  const rows: SheetRow[] = records.map(({ record, info }) => ({ row: info.records, cells: record }));

  return parseDictionaryRows(rows);
}

/** Writes a data dictionary as CSV with a byte order mark and CRLF line ends, so Excel reads the Thai text. */
export function dictionaryToCsv(fields: readonly DictionaryField[], headerLanguage: DictionaryHeaderLanguage = 'th'): string {
  return stringify([dictionaryHeaders(headerLanguage), ...fields.map(dictionaryCells)], { bom: true, record_delimiter: 'windows', cast: csvSafeCast });
}
