import { parse } from 'csv-parse/sync';
import { Workbook } from 'exceljs';
import type { CellValue } from 'exceljs';

import { CatalogErrorCode } from '@bma-kpi/contracts-catalog';
import { DomainException } from '@bma-kpi/errors';

import { decodeUtf8 } from '../http/body-parser.middleware';

/** File formats of the agency data catalog table. */
export type TableFileFormat = 'csv' | 'xlsx';

/** Media type of an XLSX workbook. */
export const xlsxMediaType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Cells of one row as text, with its 1-based row number in the file. */
export interface TableRow {
  row: number;
  cells: string[];
}

// Every XLSX file is a ZIP archive, which starts with the local file header signature "PK\x03\x04".
const zipSignature = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Tells the format of a file from its media type, its name or, failing both, its first bytes. */
export function tableFileFormat(bytes: Buffer, mediaType: string, fileName = ''): TableFileFormat {
  if (mediaType.startsWith(xlsxMediaType) || /\.xlsx$/iu.test(fileName)) {
    return 'xlsx';
  }
  if (/^text\//iu.test(mediaType) || /\.csv$/iu.test(fileName)) {
    return 'csv';
  }

  return bytes.subarray(0, zipSignature.length).equals(zipSignature) ? 'xlsx' : 'csv';
}

function unreadable(format: TableFileFormat, reason: string): DomainException {
  return new DomainException(
    CatalogErrorCode.catalogFileUnreadable,
    `The ${format.toUpperCase()} file could not be read: ${reason}. Save it again as UTF-8 CSV or as XLSX.`,
    `อ่านไฟล์ ${format.toUpperCase()} ไม่ได้: ${reason} โปรดบันทึกใหม่เป็น CSV แบบ UTF-8 หรือ XLSX`,
  );
}

function readCsv(bytes: Buffer): TableRow[] {
  const text = decodeUtf8(bytes);

  try {
    const records: string[][] = parse(text, { bom: true, relax_column_count: true });

    // Rows are numbered by record, as a spreadsheet numbers them, so a cell with line breaks counts once.
    return records.map((cells, index) => ({ row: index + 1, cells }));
  } catch (error) {
    throw unreadable('csv', error instanceof Error ? error.message : String(error));
  }
}

/** Returns the text of a cell; dates become `YYYY-MM-DD` in the Christian era, as the catalog stores them. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (value instanceof Date) {
    return value.toISOString().slice(0, 10);
  }
  if (typeof value !== 'object') {
    return String(value);
  }
  if ('richText' in value) {
    return value.richText.map((run) => run.text).join('');
  }
  if ('result' in value) {
    return cellText(value.result);
  }

  return 'text' in value ? String(value.text) : '';
}

async function readXlsx(bytes: Buffer): Promise<TableRow[]> {
  const workbook = new Workbook();

  try {
    // exceljs declares its own `Buffer` type as an ArrayBuffer, so a Node Buffer fails its type check.
    await workbook.xlsx.load(Uint8Array.from(bytes).buffer);
  } catch (error) {
    throw unreadable('xlsx', error instanceof Error ? error.message : String(error));
  }
  const rows: TableRow[] = [];

  workbook.worksheets[0]?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];

    for (let column = 1; column <= row.cellCount; column += 1) {
      cells.push(cellText(row.getCell(column).value));
    }
    rows.push({ row: rowNumber, cells });
  });

  return rows;
}

/**
 * Reads the rows of a CSV file (UTF-8, with or without a byte order mark) or of the first
 * worksheet of an XLSX workbook, blank rows left out. Throws CATALOG_FILE_UNREADABLE for a file
 * that is not valid CSV or XLSX, and INVALID_ENCODING for CSV that is not UTF-8.
 */
export async function readTableRows(bytes: Buffer, format: TableFileFormat): Promise<TableRow[]> {
  const rows = format === 'csv' ? readCsv(bytes) : await readXlsx(bytes);

  return rows.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
}
