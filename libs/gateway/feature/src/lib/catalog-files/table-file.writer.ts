import type { Writable } from 'node:stream';

import { stringify } from 'csv-stringify/sync';
import { stream } from 'exceljs';
import type { Worksheet } from 'exceljs';
import { csvSafeCast } from '@bma-kpi/util-thai';

/** Destination of a table written row by row: a CSV or an XLSX file on a stream. */
export interface TableSink {
  writeHeader(cells: readonly string[]): Promise<void>;
  writeRows(rows: readonly (readonly string[])[]): Promise<void>;
  /** Finishes the file and ends the stream. */
  close(): Promise<void>;
}

/** Writes rows as CSV lines with CRLF line ends (RFC 4180). */
export function csvLines(rows: readonly (readonly string[])[]): string {
  return rows.length === 0 ? '' : stringify(rows as string[][], { record_delimiter: 'windows', cast: csvSafeCast });
}

/** CSV in UTF-8 with a byte order mark, which Excel needs to read Thai text. */
export class CsvTableSink implements TableSink {
  constructor(private readonly output: Writable) {}

  writeHeader(cells: readonly string[]): Promise<void> {
    return this.write(`\uFEFF${csvLines([cells])}`);
  }

  writeRows(rows: readonly (readonly string[])[]): Promise<void> {
    return this.write(csvLines(rows));
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.output.end(resolve));
  }

  // Waits while the client's buffer is full, so a large export does not pile up in memory.
  private write(text: string): Promise<void> {
    return this.output.write(text) ? Promise.resolve() : new Promise((resolve) => this.output.once('drain', () => resolve()));
  }
}

/** A one-worksheet XLSX workbook written straight to the stream, every cell as text. */
export class XlsxTableSink implements TableSink {
  private readonly workbook: stream.xlsx.WorkbookWriter;
  private readonly sheet: Worksheet;

  constructor(output: Writable, sheetName: string) {
    this.workbook = new stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
    this.sheet = this.workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  }

  writeHeader(cells: readonly string[]): Promise<void> {
    const row = this.sheet.addRow([...cells]);

    row.font = { bold: true };
    row.commit();

    return Promise.resolve();
  }

  writeRows(rows: readonly (readonly string[])[]): Promise<void> {
    for (const cells of rows) {
      this.sheet.addRow([...cells]).commit();
    }

    return Promise.resolve();
  }

  async close(): Promise<void> {
    this.sheet.commit();
    await this.workbook.commit();
  }
}
