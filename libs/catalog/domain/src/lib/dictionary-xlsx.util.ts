import { Workbook } from 'exceljs';
import type { CellValue } from 'exceljs';

import { dictionaryCells, dictionaryHeaders } from './dictionary-csv.util';
import type { DictionaryHeaderLanguage } from './dictionary-csv.util';
import { dictionaryError } from './dictionary-error';
import type { DictionaryField, DictionaryParseResult } from './dictionary-field.types';
import { parseDictionaryRows } from './dictionary-rows.parser';
import type { SheetRow } from './dictionary-rows.parser';

const sheetName = 'พจนานุกรมข้อมูล';

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

/**
 * Parses a data dictionary from the first worksheet of an XLSX workbook. A buffer that is not
 * an XLSX workbook yields one `unreadableFile` error and no fields.
 */
export async function parseDictionaryXlsx(buffer: Buffer | Uint8Array): Promise<DictionaryParseResult> {
  const workbook = new Workbook();

  try {
    // exceljs declares its own `Buffer` type as an ArrayBuffer, so a Node Buffer fails its type check.
    await workbook.xlsx.load(Uint8Array.from(buffer).buffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);

    return { fields: [], errors: [dictionaryError(1, 'unreadableFile', reason)], ignoredColumns: [] };
  }
  const sheet = workbook.worksheets[0];
  const rows: SheetRow[] = [];

  sheet?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];

    for (let column = 1; column <= row.cellCount; column += 1) {
      cells.push(cellText(row.getCell(column).value));
    }
    rows.push({ row: rowNumber, cells });
  });

  return parseDictionaryRows(rows);
}

/** Writes a data dictionary as an XLSX workbook with one worksheet, every cell stored as text. */
export async function dictionaryToXlsx(
  fields: readonly DictionaryField[],
  headerLanguage: DictionaryHeaderLanguage = 'th',
): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(sheetName);

  sheet.addRow(dictionaryHeaders(headerLanguage)).font = { bold: true };
  for (const field of fields) {
    sheet.addRow(dictionaryCells(field));
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
