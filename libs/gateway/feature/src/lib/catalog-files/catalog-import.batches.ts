import type { CatalogImportReport, CatalogImportRowReport, CatalogImportRowsResponse } from '@bma-kpi/contracts-catalog';
import { CatalogErrorCode, maxCatalogCellChars, maxCatalogColumns, maxCatalogImportRows } from '@bma-kpi/contracts-catalog';
import { DomainException } from '@bma-kpi/errors';

import type { TableFileFormat, TableRow } from './table-file.reader';

/** Rows per batch message; each row can take several database writes, so a batch ends well within the request timeout. */
const batchRows = 50;

/**
 * Bytes of row cells (as JSON) per batch message, well under the 1 MB that NATS carries per
 * message by default. A single row larger than this is rejected in the gateway.
 */
const maxBatchBytes = 512 * 1024;

/** Rows split into batch messages, and the rows rejected before any message because they are too large to send. */
export interface ImportPlan {
  batches: TableRow[][];
  rejected: CatalogImportRowReport[];
}

function tooLarge(row: TableRow, reason: { en: string; th: string }): CatalogImportRowReport {
  return {
    row: row.row,
    action: 'rejected',
    slug: null,
    datasetId: null,
    errors: [{ field: `row:${row.row}`, rule: 'rowTooLarge', messageEn: reason.en, messageTh: reason.th }],
  };
}

function sizeProblem(row: TableRow, bytes: number): { en: string; th: string } | null {
  if (row.cells.length > maxCatalogColumns) {
    return { en: `The row has ${row.cells.length} cells, more than ${maxCatalogColumns}.`, th: `แถวนี้มี ${row.cells.length} ช่อง เกิน ${maxCatalogColumns} ช่อง` };
  }
  if (row.cells.some((cell) => cell.length > maxCatalogCellChars)) {
    return { en: `A cell is longer than ${maxCatalogCellChars} characters.`, th: `มีช่องที่ยาวเกิน ${maxCatalogCellChars} ตัวอักษร` };
  }

  return bytes > maxBatchBytes ? { en: `The row is larger than ${maxBatchBytes} bytes.`, th: `แถวนี้ใหญ่เกิน ${maxBatchBytes} ไบต์` } : null;
}

/** Splits data rows into batches by count and size; rows that no message could carry are rejected here. */
export function planImportBatches(rows: readonly TableRow[]): ImportPlan {
  const plan: ImportPlan = { batches: [], rejected: [] };
  let batch: TableRow[] = [];
  let batchBytes = 0;

  for (const row of rows) {
    const bytes = Buffer.byteLength(JSON.stringify(row));
    const problem = sizeProblem(row, bytes);

    if (problem !== null) {
      plan.rejected.push(tooLarge(row, problem));
      continue;
    }
    if (batch.length >= batchRows || batchBytes + bytes > maxBatchBytes) {
      plan.batches.push(batch);
      batch = [];
      batchBytes = 0;
    }
    batch.push(row);
    batchBytes += bytes;
  }
  // An empty batch still goes to the service, which checks the header of a file without data rows.
  plan.batches.push(batch);

  return plan;
}

/** Throws CATALOG_IMPORT_TOO_MANY_ROWS for a file over the row cap, before anything is stored. */
export function assertRowCount(rows: number): void {
  if (rows > maxCatalogImportRows) {
    throw new DomainException(
      CatalogErrorCode.catalogTooManyRows,
      `The file has ${rows} data rows, more than the ${maxCatalogImportRows} allowed. Split it into smaller files.`,
      `ไฟล์มีข้อมูล ${rows} แถว เกินกว่าที่รับได้ ${maxCatalogImportRows} แถว โปรดแบ่งเป็นหลายไฟล์`,
    );
  }
}

/** Error of a file with no non-blank row to read as the header. */
export function missingHeader(): DomainException {
  return new DomainException(
    CatalogErrorCode.catalogHeaderNotFound,
    'The file has no header row. Export a catalog to get a file with every header.',
    'ไม่พบแถวหัวตารางในไฟล์ ส่งออกบัญชีรายการข้อมูลเพื่อดูหัวตารางทั้งหมด',
  );
}

/** Combines the replies of every batch and the rows rejected in the gateway into one report, ordered by row. */
export function importReport(
  options: { format: TableFileFormat; dryRun: boolean; totalRows: number },
  replies: readonly CatalogImportRowsResponse[],
  rejected: readonly CatalogImportRowReport[],
): CatalogImportReport {
  const rows = [...replies.flatMap((reply) => reply.rows), ...rejected].sort((a, b) => a.row - b.row);
  const count = (action: CatalogImportRowReport['action']) => rows.filter((row) => row.action === action).length;

  return {
    dryRun: options.dryRun,
    format: options.format,
    totalRows: options.totalRows,
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    rejected: count('rejected'),
    ignoredColumns: replies[0]?.ignoredColumns ?? [],
    rows,
  };
}
