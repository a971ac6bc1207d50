import { Readable } from 'node:stream';

import { Workbook } from 'exceljs';

import { readCsvRows, readXlsxRows, type ReadProgress } from './table-readers';
import type { RawRow } from './quality.types';

function chunks(bytes: Buffer, size: number): Readable {
  const parts: Buffer[] = [];

  for (let offset = 0; offset < bytes.length; offset += size) {
    parts.push(bytes.subarray(offset, offset + size));
  }

  return Readable.from(parts);
}

async function collect(rows: AsyncIterable<RawRow>): Promise<RawRow[]> {
  const collected: RawRow[] = [];

  for await (const row of rows) {
    collected.push(row);
  }

  return collected;
}

describe('readCsvRows', () => {
  it('reads quoted commas, quotes and line breaks', async () => {
    const bytes = Buffer.from('ชื่อ,หมายเหตุ\r\n"เขต, พระนคร","ว่า ""ดี""\r\nมาก"\r\n', 'utf8');
    const rows = await collect(readCsvRows(chunks(bytes, 7)));

    expect(rows).toEqual([
      { rowNumber: 1, cells: ['ชื่อ', 'หมายเหตุ'] },
      { rowNumber: 2, cells: ['เขต, พระนคร', 'ว่า "ดี"\r\nมาก'] },
    ]);
  });

  it('passes a BOM on and counts bytes', async () => {
    const bytes = Buffer.from('\uFEFF"รหัส",ชื่อ\n1,ก\n', 'utf8');
    const progress: ReadProgress = { bytesRead: 0 };
    const rows = await collect(readCsvRows(chunks(bytes, 64), progress));

    expect(rows[0].cells).toEqual(['\uFEFFรหัส', 'ชื่อ']);
    expect(progress.bytesRead).toBe(bytes.length);
  });

  it('yields empty lines as rows without cells', async () => {
    const rows = await collect(readCsvRows(chunks(Buffer.from('a\n\nb\n'), 64)));

    expect(rows).toEqual([
      { rowNumber: 1, cells: ['a'] },
      { rowNumber: 2, cells: [] },
      { rowNumber: 3, cells: ['b'] },
    ]);
  });

  it('rejects an unclosed quote', async () => {
    await expect(collect(readCsvRows(chunks(Buffer.from('a,"b\n1,2\n'), 64)))).rejects.toThrow(/quote/i);
  });
});

describe('readXlsxRows', () => {
  it('reads the first sheet with row numbers, dates and gaps', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('ข้อมูล');

    sheet.getCell('A1').value = 'รหัสเขต';
    sheet.getCell('B1').value = 'วันที่รายงาน';
    sheet.getCell('A2').value = 1001;
    sheet.getCell('B2').value = new Date(Date.UTC(2024, 0, 31));
    sheet.getCell('A4').value = { richText: [{ text: 'พระ' }, { text: 'นคร' }] };
    workbook.addWorksheet('อื่น').getCell('A1').value = 'ไม่อ่าน';
    // exceljs declares its own Buffer type, which a Node Buffer does not satisfy.
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const rows = await collect(readXlsxRows(chunks(bytes, 4096)));

    expect(rows).toEqual([
      { rowNumber: 1, cells: ['รหัสเขต', 'วันที่รายงาน'] },
      { rowNumber: 2, cells: ['1001', '2024-01-31'] },
      { rowNumber: 3, cells: [] },
      { rowNumber: 4, cells: ['พระนคร'] },
    ]);
  });
});
