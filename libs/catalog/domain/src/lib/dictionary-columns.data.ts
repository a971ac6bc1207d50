import { normalizeThai } from '@bma-kpi/util-thai';

import type { DictionaryField } from './dictionary-field.types';

/** One column of a dictionary file: the field it fills, its written headers and accepted aliases. */
export interface DictionaryColumn {
  readonly key: keyof DictionaryField;
  readonly headerTh: string;
  readonly headerEn: string;
  readonly aliases: readonly string[];
}

// Thai catalogs head the columns ฟิลด์ / ประเภท / ป้ายกำกับ / รายละเอียด. CKAN DataStore dumps
// use field_name / data_type / description. The other aliases are common variants.
export const DICTIONARY_COLUMNS: readonly DictionaryColumn[] = [
  { key: 'name', headerTh: 'ฟิลด์', headerEn: 'field_name', aliases: ['ชื่อฟิลด์', 'ชื่อคอลัมน์', 'field', 'name', 'column_name', 'id'] },
  { key: 'labelTh', headerTh: 'ป้ายกำกับ', headerEn: 'label', aliases: ['ชื่อภาษาไทย', 'label_th'] },
  { key: 'description', headerTh: 'รายละเอียด', headerEn: 'description', aliases: ['คำอธิบาย', 'notes'] },
  { key: 'type', headerTh: 'ประเภท', headerEn: 'data_type', aliases: ['ประเภทข้อมูล', 'ชนิดข้อมูล', 'type'] },
  { key: 'size', headerTh: 'ขนาด', headerEn: 'size', aliases: ['ความยาว', 'length'] },
  { key: 'precision', headerTh: 'ทศนิยม', headerEn: 'precision', aliases: ['จำนวนทศนิยม', 'scale'] },
  { key: 'unit', headerTh: 'หน่วย', headerEn: 'unit', aliases: ['หน่วยนับ', 'หน่วยวัด'] },
  { key: 'required', headerTh: 'จำเป็น', headerEn: 'required', aliases: ['ต้องระบุ', 'บังคับ'] },
  { key: 'primaryKey', headerTh: 'คีย์หลัก', headerEn: 'primary_key', aliases: ['pk'] },
  { key: 'allowedValues', headerTh: 'ค่าที่อนุญาต', headerEn: 'allowed_values', aliases: ['ค่าที่เป็นไปได้', 'choices'] },
  { key: 'example', headerTh: 'ตัวอย่าง', headerEn: 'example', aliases: ['ตัวอย่างข้อมูล'] },
  { key: 'personalData', headerTh: 'ข้อมูลส่วนบุคคล', headerEn: 'personal_data', aliases: ['pii'] },
  { key: 'personalDataLegalBasis', headerTh: 'ฐานทางกฎหมาย', headerEn: 'legal_basis', aliases: ['ฐานกฎหมาย', 'personal_data_legal_basis'] },
];

/** Returns the comparison form of a header: NFC Thai, lowercase, `_` between words, no `*` or `:` marks. */
export function normalizedHeader(header: string): string {
  return normalizeThai(header.replace(/^\uFEFF/u, ''))
    .normalize('NFC')
    .toLowerCase()
    .replace(/[*:]/gu, '')
    .trim()
    .replace(/[\s-]+/gu, '_');
}

const columnsByHeader = new Map<string, DictionaryColumn>(
  DICTIONARY_COLUMNS.flatMap((column) =>
    [column.headerTh, column.headerEn, ...column.aliases].map((header) => [normalizedHeader(header), column] as const),
  ),
);

/** Returns the column a header cell names, or undefined for a header we do not read. */
export function columnForHeader(header: string): DictionaryColumn | undefined {
  return columnsByHeader.get(normalizedHeader(header));
}

/** Type names accepted in the type column, by DataStore type. */
export const DICTIONARY_TYPE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  text: ['text', 'string', 'varchar', 'char', 'ข้อความ', 'ตัวอักษร', 'อักขระ'],
  int: ['int', 'integer', 'bigint', 'จำนวนเต็ม'],
  numeric: ['numeric', 'number', 'decimal', 'ตัวเลข', 'ทศนิยม'],
  float: ['float', 'double', 'real'],
  bool: ['bool', 'boolean', 'ตรรกะ', 'บูลีน'],
  date: ['date', 'วันที่'],
  time: ['time', 'เวลา'],
  timestamp: ['timestamp', 'datetime', 'วันเวลา', 'วันที่และเวลา'],
  json: ['json'],
};

/** Cell texts read as yes and as no in the yes/no columns; an empty cell is no. */
export const YES_VALUES: readonly string[] = ['yes', 'y', 'true', '1', 'ใช่', 'จำเป็น', 'มี'];
export const NO_VALUES: readonly string[] = ['no', 'n', 'false', '0', 'ไม่ใช่', 'ไม่', 'ไม่จำเป็น', 'ไม่มี', ''];

/** Separator of allowed values in one cell; a line break also separates them on input. */
export const ALLOWED_VALUES_SEPARATOR = ' | ';
