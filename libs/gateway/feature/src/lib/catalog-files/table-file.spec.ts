import { PassThrough } from 'node:stream';

import { CatalogErrorCode, maxCatalogCellChars } from '@bma-kpi/contracts-catalog';
import type { DomainException } from '@bma-kpi/errors';

import { expectedVersionOf } from '../controllers/dataset-update.controller';
import { planImportBatches } from './catalog-import.batches';
import { readTableRows, tableFileFormat, xlsxMediaType } from './table-file.reader';
import type { TableRow } from './table-file.reader';
import { CsvTableSink, XlsxTableSink } from './table-file.writer';
import type { TableSink } from './table-file.writer';

// The mandatory columns of an exported catalog with Thai headers, and one dataset's cells.
const header = [
  'ประเภทชุดข้อมูล',
  'ชื่อชุดข้อมูล',
  'องค์กร',
  'ชื่อฝ่ายงานสำหรับติดต่อ',
  'อีเมลสำหรับติดต่อ',
  'คำสำคัญ',
  'รายละเอียด',
  'วัตถุประสงค์',
  'หน่วยความถี่ของการปรับปรุงข้อมูล',
  'ขอบเขตเชิงภูมิศาสตร์หรือเชิงพื้นที่',
  'แหล่งที่มา',
  'รูปแบบการเก็บข้อมูล',
  'หมวดหมู่ข้อมูลตามธรรมาภิบาลข้อมูลภาครัฐ',
  'สัญญาอนุญาตให้ใช้ข้อมูล',
  'ชื่อ URL ของชุดข้อมูล',
  'ปีข้อมูลที่เริ่มต้นจัดทำ (สำหรับชุดข้อมูลสถิติ)',
];
const row = [
  'ข้อมูลสถิติ',
  'จำนวนผู้ใช้บริการ "ศูนย์บริการสาธารณสุข"',
  '0411',
  'กลุ่มงานสถิติ, สำนักอนามัย',
  'stat@bangkok.go.th',
  'สาธารณสุข,สถิติ',
  // A line break inside a cell; XML parsers turn CRLF into LF, so the fixture uses LF.
  'บรรทัดแรก\nบรรทัดที่สอง',
  'พันธกิจหน่วยงาน, เพื่อการให้บริการประชาชน',
  'เดือน',
  'จังหวัด',
  'สำนักอนามัย',
  'CSV, XLS',
  'ข้อมูลสาธารณะ',
  'Open Data Common',
  'health-visits',
  '2565',
];

async function written(sink: (output: PassThrough) => TableSink, rows: string[][]): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];

  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const table = sink(output);

  await table.writeHeader(rows[0] ?? []);
  await table.writeRows(rows.slice(1));
  await table.close();

  return Buffer.concat(chunks);
}

const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as DomainException);

describe('catalog table files', () => {
  it('round-trips every mandatory cell through CSV', async () => {
    const bytes = await written((output) => new CsvTableSink(output), [header, row]);

    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(await readTableRows(bytes, 'csv')).toEqual([
      { row: 1, cells: header },
      { row: 2, cells: row },
    ]);
  });

  it('round-trips every mandatory cell through XLSX', async () => {
    const bytes = await written((output) => new XlsxTableSink(output, 'บัญชีรายการข้อมูล'), [header, row]);

    expect(tableFileFormat(bytes, 'application/octet-stream')).toBe('xlsx');
    expect(await readTableRows(bytes, 'xlsx')).toEqual([
      { row: 1, cells: header },
      { row: 2, cells: row },
    ]);
  });

  it('leaves out blank rows', async () => {
    const rows = await readTableRows(Buffer.from('ชื่อชุดข้อมูล\r\n,\r\nข้อมูล\r\n'), 'csv');

    expect(rows).toEqual([
      { row: 1, cells: ['ชื่อชุดข้อมูล'] },
      { row: 3, cells: ['ข้อมูล'] },
    ]);
  });

  it.each([
    ['text/csv; charset=utf-8', '', 'csv'],
    [xlsxMediaType, '', 'xlsx'],
    ['application/octet-stream', 'catalog.xlsx', 'xlsx'],
    ['application/octet-stream', 'catalog.csv', 'csv'],
  ])('reads %s %s as %s', (mediaType, fileName, format) => {
    expect(tableFileFormat(Buffer.from('title\n'), mediaType, fileName)).toBe(format);
  });

  it('rejects a file that is not XLSX', async () => {
    const error = await failure(readTableRows(Buffer.from('PK\u0003\u0004 not a workbook'), 'xlsx'));

    expect(error?.code).toBe(CatalogErrorCode.catalogFileUnreadable);
  });

  it('rejects CSV with an unclosed quote', async () => {
    const error = await failure(readTableRows(Buffer.from('title\n"open'), 'csv'));

    expect(error?.code).toBe(CatalogErrorCode.catalogFileUnreadable);
  });

  it('rejects CSV that is not UTF-8', async () => {
    const error = await failure(readTableRows(Buffer.from([0x74, 0x0a, 0xa1, 0xb2]), 'csv'));

    expect(error?.code).toBe('INVALID_ENCODING');
  });
});

describe('planImportBatches', () => {
  const rowsOf = (count: number): TableRow[] => Array.from({ length: count }, (_, index) => ({ row: index + 2, cells: ['ชื่อ'] }));

  it('splits rows into batches of 50', () => {
    const plan = planImportBatches(rowsOf(120));

    expect(plan.batches.map((batch) => batch.length)).toEqual([50, 50, 20]);
    expect(plan.rejected).toEqual([]);
  });

  it('sends one empty batch for a file without data rows', () => {
    expect(planImportBatches([]).batches).toEqual([[]]);
  });

  it('rejects a row with an over-long cell', () => {
    const plan = planImportBatches([...rowsOf(1), { row: 3, cells: ['x'.repeat(maxCatalogCellChars + 1)] }]);

    expect(plan.batches).toEqual([rowsOf(1)]);
    expect(plan.rejected.map((report) => [report.row, report.action, report.errors[0]?.rule])).toEqual([[3, 'rejected', 'rowTooLarge']]);
  });
});

describe('expectedVersionOf', () => {
  it.each([
    [undefined, undefined, undefined],
    [undefined, 4, 4],
    ['"3"', undefined, 3],
    ['W/"3"', 3, 3],
    ['7', undefined, 7],
    ['*', 2, 2],
  ])('reads If-Match %s with body %s as %s', (ifMatch, bodyVersion, expected) => {
    expect(expectedVersionOf(ifMatch, bodyVersion)).toBe(expected);
  });

  it.each([['"abc"'], ['"0"'], ['"3", "4"']])('rejects If-Match %s', (ifMatch) => {
    expect(() => expectedVersionOf(ifMatch, undefined)).toThrow(/If-Match/);
  });

  it('rejects an If-Match that disagrees with the body', () => {
    const error = (() => {
      try {
        return expectedVersionOf('"3"', 2);
      } catch (thrown) {
        return thrown as DomainException;
      }
    })() as DomainException;

    expect(error.extra.errors?.[0]?.field).toBe('expectedVersion');
    expect(error.extra.errors?.[0]?.messageEn).toMatch(/differs from If-Match/);
  });
});
