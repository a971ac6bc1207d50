import { Workbook } from 'exceljs';

import { dictionaryToCsv, parseDictionaryCsv } from './dictionary-csv.util';
import type { DictionaryField } from './dictionary-field.types';
import { dictionaryToXlsx, parseDictionaryXlsx } from './dictionary-xlsx.util';
import { machineNameFor } from './machine-name.util';

const fields: DictionaryField[] = [
  {
    name: 'district_code',
    labelTh: 'รหัสเขต',
    description: 'รหัสเขต 4 หลัก, ตามกรมการปกครอง',
    type: 'text',
    size: 4,
    required: true,
    primaryKey: true,
    allowedValues: ['1001', '1002'],
    example: '1001',
    personalData: false,
  },
  {
    name: 'patient_count',
    labelTh: 'จำนวนผู้ป่วย',
    description: 'บรรทัดแรก\nบรรทัดที่สอง "ในเครื่องหมายคำพูด"',
    type: 'numeric',
    size: 12,
    precision: 2,
    unit: 'คน',
    required: false,
    primaryKey: false,
    allowedValues: [],
    personalData: false,
  },
  { name: 'citizen_id', labelTh: 'เลขประจำตัวประชาชน', type: 'text', required: false, primaryKey: false, allowedValues: [], personalData: true },
];

describe('machineNameFor', () => {
  const none = new Set<string>();

  it.each([
    ['Population 2568', 'population_2568'],
    ['  Field-Name  ', 'field_name'],
    ['2568 budget', 'field_2568_budget'],
    ['Café', 'cafe'],
  ])('converts %j', (label, expected) => {
    expect(machineNameFor(label, none)).toBe(expected);
  });

  it('hashes a Thai header', () => {
    expect(machineNameFor('จำนวนผู้ป่วย', none)).toMatch(/^field_[0-9a-f]{8}$/);
  });

  it('keeps ASCII words of a mixed header', () => {
    expect(machineNameFor('ค่า PM2.5', none)).toMatch(/^pm2_5_[0-9a-f]{8}$/);
  });

  it('is stable', () => {
    expect(machineNameFor('จำนวนผู้ป่วย', none)).toBe(machineNameFor('จำนวนผู้ป่วย', none));
  });

  it('ignores spacing and digit script', () => {
    expect(machineNameFor('ปี ๒๕๖๘', none)).toBe(machineNameFor(' ปี  2568', none));
  });

  it.each([
    [new Set(['population']), 'population_2'],
    [new Set(['population', 'population_2']), 'population_3'],
  ])('dedupes against %j', (taken, expected) => {
    expect(machineNameFor('Population', taken)).toBe(expected);
  });

  it('caps names at 63', () => {
    expect(machineNameFor('word '.repeat(40), none).length).toBeLessThanOrEqual(63);
  });
});

describe('parseDictionaryCsv', () => {
  it('reads Thai headers', () => {
    const csv = 'ฟิลด์,ประเภท,ป้ายกำกับ,รายละเอียด\ndistrict_code,ข้อความ,รหัสเขต,รหัส 4 หลัก\n';

    expect(parseDictionaryCsv(csv).fields).toEqual([
      {
        name: 'district_code',
        labelTh: 'รหัสเขต',
        description: 'รหัส 4 หลัก',
        type: 'text',
        required: false,
        primaryKey: false,
        allowedValues: [],
        personalData: false,
      },
    ]);
  });

  it('reads DataStore headers', () => {
    const csv = 'field_name,data_type,description\npatient_count,integer,จำนวน\n';

    expect(parseDictionaryCsv(csv).fields[0]).toMatchObject({ name: 'patient_count', labelTh: 'patient_count', type: 'int' });
  });

  it('strips a byte order mark', () => {
    expect(parseDictionaryCsv('\uFEFFชื่อฟิลด์,ประเภท\nage,int\n').fields[0]?.name).toBe('age');
  });

  it('keeps commas and line breaks in quotes', () => {
    const csv = 'ฟิลด์,ประเภท,รายละเอียด\r\nnote,text,"หนึ่ง, สอง\r\nสาม"\r\n';

    expect(parseDictionaryCsv(csv).fields[0]?.description).toBe('หนึ่ง, สอง\r\nสาม');
  });

  it('derives names for Thai labels', () => {
    const result = parseDictionaryCsv('ป้ายกำกับ,ประเภท\nจำนวนผู้ป่วย,ตัวเลข\nจำนวนผู้ป่วย,ตัวเลข\n');

    expect(result.fields.map((field) => field.name)).toEqual([
      machineNameFor('จำนวนผู้ป่วย', new Set()),
      `${machineNameFor('จำนวนผู้ป่วย', new Set())}_2`,
    ]);
  });

  it.each([
    ['bad_type,varchar2', 'invalidType'],
    ['missing_type,', 'missingType'],
    ['Bad Name,text', 'invalidName'],
    ['dup,text', 'duplicateName'],
  ])('reports row %j', (row, code) => {
    const result = parseDictionaryCsv(`ฟิลด์,ประเภท\ndup,text\n${row}\nlast,text\n`);

    expect(result.errors.map((error) => [error.row, error.code])).toEqual([[3, code]]);
  });

  it('keeps rows after a bad row', () => {
    const result = parseDictionaryCsv('ฟิลด์,ประเภท\nfirst,text\nbad,unknown\nlast,text\n');

    expect(result.fields.map((field) => field.name)).toEqual(['first', 'last']);
  });

  it.each([
    ['size', 'ขนาด', 'abc', 'invalidNumber'],
    ['required', 'จำเป็น', 'maybe', 'invalidBoolean'],
  ])('reports a bad %s cell', (_key, header, value, code) => {
    const result = parseDictionaryCsv(`ฟิลด์,ประเภท,${header}\nage,int,${value}\n`);

    expect(result.errors.map((error) => error.code)).toEqual([code]);
  });

  it('rejects precision above size', () => {
    const result = parseDictionaryCsv('ฟิลด์,ประเภท,ขนาด,ทศนิยม\nrate,numeric,3,5\n');

    expect(result.errors.map((error) => error.code)).toEqual(['precisionExceedsSize']);
  });

  it.each([
    ['ฟิลด์,ป้ายกำกับ\nage,อายุ\n', ['missingColumn']],
    ['รายละเอียด,ประเภท\nอายุ,int\n', ['missingColumn']],
    ['\n\n', ['missingHeader']],
    ['ฟิลด์,ประเภท\n"unclosed,text\n', ['unreadableFile']],
  ])('rejects file %j', (csv, codes) => {
    expect(parseDictionaryCsv(csv).errors.map((error) => error.code)).toEqual(codes);
  });

  it('lists ignored columns', () => {
    expect(parseDictionaryCsv('ฟิลด์,ประเภท,หมายเหตุ\nage,int,x\n').ignoredColumns).toEqual(['หมายเหตุ']);
  });

  it('reads Thai digits and yes values', () => {
    const field = parseDictionaryCsv('ฟิลด์,ประเภท,ขนาด,คีย์หลัก\nid,int,๑๐,ใช่\n').fields[0];

    expect(field).toMatchObject({ size: 10, primaryKey: true });
  });
});

describe('dictionary round trip', () => {
  it.each(['th', 'en'] as const)('survives CSV with %s headers', (language) => {
    expect(parseDictionaryCsv(dictionaryToCsv(fields, language))).toEqual({ fields, errors: [], ignoredColumns: [] });
  });

  it('writes a byte order mark', () => {
    expect(dictionaryToCsv(fields).startsWith('\uFEFFฟิลด์,ป้ายกำกับ')).toBe(true);
  });

  it.each(['th', 'en'] as const)('survives XLSX with %s headers', async (language) => {
    const buffer = await dictionaryToXlsx(fields, language);

    expect(await parseDictionaryXlsx(buffer)).toEqual({ fields, errors: [], ignoredColumns: [] });
  });

  it('reports an unreadable XLSX', async () => {
    const result = await parseDictionaryXlsx(Buffer.from('not a workbook'));

    expect(result.errors.map((error) => error.code)).toEqual(['unreadableFile']);
  });

  it('reads numeric and rich text XLSX cells', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('dictionary');

    sheet.addRow(['ฟิลด์', { richText: [{ text: 'ประ' }, { text: 'เภท' }] }, 'ขนาด']);
    sheet.addRow(['age', 'int', 3]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());

    expect((await parseDictionaryXlsx(buffer)).fields[0]).toMatchObject({ name: 'age', type: 'int', size: 3 });
  });
});

describe('machineNameFor output', () => {
  it.each([['จำนวนผู้ป่วย'], ['Population 2568'], ['2568'], ['!!!'], ['ค่า PM2.5 (มคก./ลบ.ม.)'], ['x'.repeat(200)]])(
    'is a valid name for %j',
    (label) => {
      expect(machineNameFor(label, new Set())).toMatch(/^[a-z][a-z0-9_]{0,62}$/);
    },
  );
});

describe('dictionary legal basis column', () => {
  it('reads a legal basis of a personal-data field', () => {
    const result = parseDictionaryCsv('ฟิลด์,ประเภท,ข้อมูลส่วนบุคคล,ฐานทางกฎหมาย\ncitizen_id,text,ใช่,publicTask\n');

    expect(result.errors).toEqual([]);
    expect(result.fields[0].personalDataLegalBasis).toBe('publicTask');
  });

  it('rejects an unknown legal basis', () => {
    const result = parseDictionaryCsv('field_name,data_type,personal_data,legal_basis\ncitizen_id,text,yes,because\n');

    expect(result.errors.map((error) => error.code)).toEqual(['invalidLegalBasis']);
    expect(result.errors[0].column).toBe('personalDataLegalBasis');
  });

  it('rejects a legal basis without personal data', () => {
    const result = parseDictionaryCsv('field_name,data_type,personal_data,legal_basis\nvisits,int,no,consent\n');

    expect(result.errors.map((error) => error.code)).toEqual(['legalBasisWithoutPersonalData']);
  });
});
