import { Readable } from 'node:stream';

import { parse } from 'csv-parse';
import { stream as excelStream } from 'exceljs';
import type { CellValue } from 'exceljs';

import type { RawRow } from './quality.types';

/** Bytes read so far from the source of a reader, for progress reports. */
export interface ReadProgress {
  bytesRead: number;
}

const utf8Bom = [0xef, 0xbb, 0xbf];

// Counts bytes and removes a UTF-8 BOM from the first chunk, telling the caller through onBom.
// NOTE: a BOM split across the first two chunks is not recognised; stream chunks are kilobytes long.
async function* countedBytes(source: AsyncIterable<Uint8Array>, progress: ReadProgress, onBom?: () => void): AsyncGenerator<Uint8Array> {
  let first = true;

  for await (const chunk of source) {
    progress.bytesRead += chunk.byteLength;
    if (first && onBom !== undefined && utf8Bom.every((byte, index) => chunk[index] === byte)) {
      onBom();
      first = false;
      yield chunk.subarray(utf8Bom.length);
      continue;
    }
    first = false;
    yield chunk;
  }
}

/**
 * Reads the records of a UTF-8 CSV stream (RFC 4180: quoted fields may hold commas, quotes and
 * line breaks) one at a time. `rowNumber` counts records, so it matches the row a spreadsheet
 * shows even when a quoted cell spans lines. Empty lines are yielded as rows without cells. A
 * BOM is removed from the bytes and passed on as U+FEFF at the start of the first cell, where
 * QualityAssessor reports it.
 */
export async function* readCsvRows(source: AsyncIterable<Uint8Array>, progress: ReadProgress = { bytesRead: 0 }): AsyncGenerator<RawRow> {
  let bom = false;
  const parser = Readable.from(countedBytes(source, progress, () => (bom = true))).pipe(
    parse({ relax_column_count: true, skip_empty_lines: false, record_delimiter: ['\r\n', '\n', '\r'] }),
  );
  let rowNumber = 0;

  for await (const record of parser as AsyncIterable<string[]>) {
    rowNumber += 1;
    const cells = record.length === 1 && record[0] === '' ? [] : record;

    if (rowNumber === 1 && bom) {
      yield { rowNumber, cells: cells.length === 0 ? ['\uFEFF'] : [`\uFEFF${cells[0]}`, ...cells.slice(1)] };
      continue;
    }
    yield { rowNumber, cells };
  }
}

function dateText(date: Date): string {
  const iso = date.toISOString();

  // Excel stores dates without a time zone; exceljs reads them as UTC, so midnight UTC is a plain date.
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}

/** Returns the text of a cell as it would be written in a CSV file. */
export function xlsxCellText(value: CellValue): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (value instanceof Date) {
    return dateText(value);
  }
  if (typeof value !== 'object') {
    return String(value);
  }
  if ('richText' in value) {
    return value.richText.map((part) => part.text).join('');
  }
  if ('result' in value) {
    return xlsxCellText(value.result ?? null);
  }
  if ('text' in value && typeof value.text === 'string') {
    return value.text;
  }

  return 'error' in value ? String(value.error) : '';
}

/**
 * Reads the rows of the first worksheet of an XLSX stream one at a time with exceljs's streaming
 * reader. Rows missing from the sheet (never written) are yielded as rows without cells, so row
 * numbers match the sheet.
 * NOTE: exceljs caches the shared-strings table, so memory grows with the number of distinct
 * texts in the workbook, not with the number of rows.
 */
export async function* readXlsxRows(source: AsyncIterable<Uint8Array>, progress: ReadProgress = { bytesRead: 0 }): AsyncGenerator<RawRow> {
  const reader = new excelStream.xlsx.WorkbookReader(Readable.from(countedBytes(source, progress)), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    // Styles are needed to tell a date from a number, since Excel stores both as numbers.
    styles: 'cache',
    entries: 'ignore',
  });

  for await (const worksheet of reader) {
    let previous = 0;

    for await (const row of worksheet) {
      for (let gap = previous + 1; gap < row.number; gap += 1) {
        yield { rowNumber: gap, cells: [] };
      }
      previous = row.number;
      // row.values is 1-based: index 0 is always empty.
      const values = (row.values as CellValue[]).slice(1);

      yield { rowNumber: row.number, cells: Array.from(values, (value) => xlsxCellText(value ?? null)) };
    }

    return;
  }
}
