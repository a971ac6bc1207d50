import { Readable } from 'node:stream';

import { assessRows } from './assess-rows';
import { KeyFingerprintSet } from './key-fingerprint.set';
import { QualityAssessor } from './quality-assessor';
import { readCsvRows } from './table-readers';
import type { QualityField, QualityFinding, QualityResult } from './quality.types';

const fields: QualityField[] = [
  { name: 'district_code', labelTh: 'รหัสเขต', type: 'text', size: 4, required: true, primaryKey: true, allowedValues: [] },
  { name: 'district_name', labelTh: 'ชื่อเขต', type: 'text', required: true, primaryKey: false, allowedValues: [] },
  { name: 'visits', labelTh: 'จำนวนผู้ใช้บริการ', type: 'int', required: false, primaryKey: false, allowedValues: [], minValue: '0', maxValue: '100000' },
  { name: 'share', labelTh: 'ร้อยละ', type: 'numeric', precision: 2, required: false, primaryKey: false, allowedValues: [] },
  { name: 'report_date', labelTh: 'วันที่รายงาน', type: 'date', required: false, primaryKey: false, allowedValues: [], minValue: '2020-01-01' },
  { name: 'zone', labelTh: 'กลุ่มเขต', type: 'text', required: false, primaryKey: false, allowedValues: ['กรุงเทพกลาง', 'กรุงเทพใต้'] },
];

const header = 'รหัสเขต,ชื่อเขต,จำนวนผู้ใช้บริการ,ร้อยละ,วันที่รายงาน,กลุ่มเขต';

async function assessCsv(text: string, options: Parameters<typeof assessRows>[2] = {}, dictionary = fields): Promise<QualityResult> {
  const bytes = Buffer.from(text, 'utf8');

  return assessRows(dictionary, readCsvRows(Readable.from([bytes])), options);
}

function brief(finding: QualityFinding): [number | null, string | null, string, string | null] {
  return [finding.row, finding.column, finding.rule, finding.value];
}

describe('QualityAssessor', () => {
  it('finds nothing in a clean table', async () => {
    const result = await assessCsv(`${header}\r\n1001,พระนคร,532,12.50,2024-01-31,กรุงเทพกลาง\r\n1002,ดุสิต,418,8.1,2024-01-31,กรุงเทพกลาง\r\n`);

    expect(result.findings).toEqual([]);
    expect(result.counts.rowsRead).toBe(2);
    expect(result.scores).toEqual({ completeness: '100.00', validity: '100.00', uniqueness: '100.00', encoding: '100.00', timeliness: null, overall: '100.00' });
  });

  it('reports a blank required cell', async () => {
    const result = await assessCsv(`${header}\n1001,,5,,,\n`);

    expect(result.findings.map(brief)).toEqual([[2, 'ชื่อเขต', 'requiredBlank', null]]);
    expect(result.scores.completeness).toBe('50.00');
  });

  it('reports missing and unknown columns', async () => {
    const result = await assessCsv('รหัสเขต,ชื่อเขต,หมายเหตุ\n1001,พระนคร,ทดสอบ\n');

    expect(result.findings.map(brief)).toEqual([
      [1, 'หมายเหตุ', 'columnUnknown', 'หมายเหตุ'],
      [1, 'จำนวนผู้ใช้บริการ', 'columnMissing', null],
      [1, 'ร้อยละ', 'columnMissing', null],
      [1, 'วันที่รายงาน', 'columnMissing', null],
      [1, 'กลุ่มเขต', 'columnMissing', null],
    ]);
  });

  it('counts a missing required column as blank cells', async () => {
    const result = await assessCsv('รหัสเขต\n1001\n1002\n');

    expect(result.counts.requiredCells).toBe(4);
    expect(result.counts.blankRequiredCells).toBe(2);
    expect(result.scores.completeness).toBe('50.00');
  });

  it('matches columns by machine name', async () => {
    const result = await assessCsv('district_code,DISTRICT_NAME\n1001,พระนคร\n');

    expect(result.findings.filter((finding) => finding.rule === 'columnUnknown')).toEqual([]);
  });

  it('counts and skips empty rows', async () => {
    const result = await assessCsv(`${header}\n1001,พระนคร,,,,\n\n,,,,,\n1002,ดุสิต,,,,\n`);

    expect(result.findings).toEqual([]);
    expect(result.counts.rowsRead).toBe(4);
    expect(result.counts.emptyRows).toBe(2);
  });

  it('reports duplicate primary keys with the first row', async () => {
    const result = await assessCsv(`${header}\n1001,พระนคร,,,,\n1002,ดุสิต,,,,\n1001,พระนคร ซ้ำ,,,,\n`);

    expect(result.findings.map(brief)).toEqual([[4, 'รหัสเขต', 'duplicateKey', '1001']]);
    expect(result.findings[0].messageEn).toBe('The primary key repeats the key of row 2.');
    expect(result.scores.uniqueness).toBe('66.67');
  });

  it('reports and strips a BOM', async () => {
    const result = await assessCsv(`\uFEFF${header}\n1001,พระนคร,,,,\n`);

    expect(result.bomFound).toBe(true);
    expect(result.header[0]).toBe('รหัสเขต');
    expect(result.findings.map(brief)).toEqual([[null, null, 'byteOrderMark', null]]);
  });

  it.each([
    ['lost nikhahit', 'สานักงานเขต', 'สำนักงานเขต'],
    ['nikhahit as mai tho', 'ส้านักงานเขต', 'สำนักงานเขต'],
    ['stray sara aa', 'ดำาเนินการ', 'ดำเนินการ'],
    ['decomposed sara am', 'ดําเนินการ', 'ดำเนินการ'],
  ])('reports broken SARA AM: %s', async (_case, broken, fixed) => {
    const result = await assessCsv(`${header}\n1001,${broken},,,,\n`);

    expect(result.findings.map(brief)).toEqual([[2, 'ชื่อเขต', 'brokenSaraAm', broken]]);
    expect(result.findings[0].messageTh).toContain(fixed);
  });

  it.each([
    ['UTF-8 read as Latin-1', Buffer.from('พระนคร', 'utf8').toString('latin1')],
    ['UTF-8 read as TIS-620', new TextDecoder('windows-874').decode(Buffer.from('พระนคร', 'utf8'))],
  ])('reports mojibake: %s', async (_case, garbled) => {
    const result = await assessCsv(`${header}\n1001,"${garbled}",,,,\n`);

    expect(result.findings.map((finding) => finding.rule)).toEqual(['mojibake']);
    expect(result.scores.encoding).toBe('50.00');
  });

  it('leaves real Thai words with เธ alone', async () => {
    const result = await assessCsv(`${header}\n1001,เธอและฉัน,,,,\n`);

    expect(result.findings).toEqual([]);
  });

  it('reports U+FFFD', async () => {
    const result = await assessCsv(`${header}\n1001,พระ\uFFFDคร,,,,\n`);

    expect(result.findings.map((finding) => finding.rule)).toEqual(['replacementCharacter']);
  });

  it('reports Thai digits in a number column but accepts the value', async () => {
    const result = await assessCsv(`${header}\n1001,พระนคร,๕๓๒,,,\n`);

    expect(result.findings.map(brief)).toEqual([[2, 'จำนวนผู้ใช้บริการ', 'thaiDigits', '๕๓๒']]);
    expect(result.scores.validity).toBe('100.00');
  });

  it.each([
    ['a non-integer', 'จำนวนผู้ใช้บริการ', 'สิบ', 'invalidInteger', 2],
    ['a fraction in an integer column', 'จำนวนผู้ใช้บริการ', '1.5', 'invalidInteger', 2],
    ['a value below the minimum', 'จำนวนผู้ใช้บริการ', '-3', 'belowMinimum', 2],
    ['a value above the maximum', 'จำนวนผู้ใช้บริการ', '100001', 'aboveMaximum', 2],
    ['too many decimals', 'ร้อยละ', '1.234', 'tooManyDecimals', 3],
    ['a non-number', 'ร้อยละ', 'n/a', 'invalidNumber', 3],
    ['a Buddhist-era date', 'วันที่รายงาน', '2567-01-31', 'invalidDate', 4],
    ['an impossible date', 'วันที่รายงาน', '2024-02-30', 'invalidDate', 4],
    ['a date before the minimum', 'วันที่รายงาน', '2019-12-31', 'belowMinimum', 4],
    ['a disallowed value', 'กลุ่มเขต', 'กรุงธนเหนือ', 'notAllowed', 5],
  ])('reports %s', async (_case, column, value, rule, index) => {
    const cells = ['1001', 'พระนคร', '', '', '', ''];

    cells[index] = value;
    const result = await assessCsv(`${header}\n${cells.join(',')}\n`);

    expect(result.findings.map(brief)).toEqual([[2, column, rule, value]]);
    expect(result.counts.invalidCells).toBe(1);
    expect(result.scores.validity).toBe('66.67');
  });

  it('reports text longer than the size', async () => {
    const result = await assessCsv(`${header}\n10011,พระนคร,,,,\n`);

    expect(result.findings.map(brief)).toEqual([[2, 'รหัสเขต', 'tooLong', '10011']]);
  });

  it('numbers rows by CSV record across quoted line breaks', async () => {
    const result = await assessCsv(`${header}\n1001,"พระ\nนคร",,,,\n1002,ดุสิต,x,,,\n`);

    expect(result.findings.map(brief)).toEqual([[3, 'จำนวนผู้ใช้บริการ', 'invalidInteger', 'x']]);
  });

  it('keeps at most maxFindings but counts all', async () => {
    const rows = Array.from({ length: 20 }, (_, index) => `${2000 + index},,,,,`).join('\n');
    const received: QualityFinding[] = [];
    const result = await assessCsv(`${header}\n${rows}\n`, { maxFindings: 5, onFindings: (findings) => void received.push(...findings) });

    expect(result.findings).toHaveLength(5);
    expect(result.findingsTruncated).toBe(true);
    expect(result.counts.findings).toBe(20);
    expect(result.counts.findingsByRule).toEqual({ requiredBlank: 20 });
    expect(received).toHaveLength(20);
  });

  it('truncates long values', async () => {
    const result = await assessCsv(`${header}\n1001,พระนคร,${'9'.repeat(150)},,,\n`);

    expect(Array.from(result.findings[0].value ?? '')).toHaveLength(100);
    expect(result.findings[0].value?.endsWith('…')).toBe(true);
  });

  it('scores a stale dataset 0 for timeliness', async () => {
    const timeliness = { lastUpdated: '2024-01-31', unit: 'เดือน', interval: 1, today: '2024-04-01' };
    const result = await assessCsv(`${header}\n1001,พระนคร,,,,\n`, { timeliness });

    expect(result.findings.map(brief)).toEqual([[null, null, 'stale', '2024-01-31']]);
    expect(result.scores.timeliness).toBe('0.00');
    expect(result.scores.overall).toBe('80.00');
  });

  it('scores a current dataset 100 for timeliness', async () => {
    const timeliness = { lastUpdated: '2024-03-15', unit: 'เดือน', interval: 1, today: '2024-04-01' };
    const result = await assessCsv(`${header}\n1001,พระนคร,,,,\n`, { timeliness });

    expect(result.scores.timeliness).toBe('100.00');
  });

  it('leaves uniqueness out without a primary key', async () => {
    const result = await assessCsv('ชื่อเขต\nพระนคร\nพระนคร\n', {}, [fields[1]]);

    expect(result.scores.uniqueness).toBeNull();
    expect(result.findings).toEqual([]);
  });

  it('checks one row at a time through addRow', () => {
    const sut = new QualityAssessor(fields);

    expect(sut.addRow({ rowNumber: 1, cells: header.split(',') })).toEqual([]);
    expect(sut.addRow({ rowNumber: 2, cells: ['1001', '', '', '', '', ''] }).map(brief)).toEqual([[2, 'ชื่อเขต', 'requiredBlank', null]]);
  });
});

describe('KeyFingerprintSet', () => {
  it('returns the first row of a repeated key', () => {
    const sut = new KeyFingerprintSet();

    expect(sut.addKey(['a', 'b'], 2)).toBeNull();
    expect(sut.addKey(['ab'], 3)).toBeNull();
    expect(sut.addKey(['a', 'b'], 4)).toBe(2);
  });

  it('stays at 24 bytes per key or less as it grows', () => {
    const sut = new KeyFingerprintSet();

    let repeats = 0;

    for (let index = 0; index < 100_000; index += 1) {
      repeats += sut.addKey([String(index)], index) === null ? 0 : 1;
    }
    expect(repeats).toBe(0);
    expect(sut.size).toBe(100_000);
    expect(sut.bytes).toBeLessThanOrEqual(100_000 * 24 * 2);
    expect(sut.addKey(['99999'], 1)).toBe(99_999);
  });
});
