import { PDPA_LEGAL_BASES } from '@bma-kpi/contracts-catalog';

import type { DictionaryErrorCode, DictionaryRowError } from './dictionary-field.types';

const legalBasisValues = PDPA_LEGAL_BASES.map((basis) => basis.value).join(', ');

type MessageBuilder = (value: string) => readonly [th: string, en: string];

const messages: Record<DictionaryErrorCode, MessageBuilder> = {
  unreadableFile: (reason) => [`อ่านไฟล์พจนานุกรมข้อมูลไม่ได้: ${reason}`, `The dictionary file could not be read: ${reason}`],
  missingHeader: () => ['ไม่พบแถวหัวตาราง', 'The file has no header row; add one such as ฟิลด์, ประเภท, ป้ายกำกับ, รายละเอียด.'],
  missingColumn: (column) => [`ไม่พบคอลัมน์ ${column} ในแถวหัวตาราง`, `The header row has no ${column} column; add it.`],
  missingName: () => ['ต้องระบุชื่อฟิลด์หรือป้ายกำกับ', 'The row has neither a field name nor a label; fill in one of them.'],
  invalidName: (name) => [
    `ชื่อฟิลด์ "${name}" ไม่ถูกต้อง ให้ใช้ a–z, 0–9 และ _ โดยขึ้นต้นด้วยตัวอักษร`,
    `Field name "${name}" is invalid; use a–z, 0–9 and _, starting with a letter.`,
  ],
  duplicateName: (name) => [`ชื่อฟิลด์ "${name}" ซ้ำกับแถวก่อนหน้า`, `Field name "${name}" repeats an earlier row; rename one of them.`],
  missingType: () => ['ต้องระบุประเภทข้อมูล', 'The data type is missing; fill in a type such as text, int, numeric or date.'],
  invalidType: (type) => [
    `ประเภทข้อมูล "${type}" ไม่รู้จัก`,
    `Data type "${type}" is unknown; use text, int, numeric, float, bool, date, time, timestamp or json.`,
  ],
  invalidNumber: (value) => [`"${value}" ไม่ใช่จำนวนเต็มที่ไม่ติดลบ`, `"${value}" is not a whole number of 0 or more.`],
  invalidBoolean: (value) => [`"${value}" ไม่ใช่ ใช่/ไม่ใช่`, `"${value}" is not yes or no; write ใช่, ไม่ใช่, yes or no.`],
  precisionExceedsSize: (value) => [`ทศนิยม ${value} มากกว่าขนาด`, `Precision ${value} is larger than the size.`],
  invalidLegalBasis: (value) => [
    `ฐานทางกฎหมาย "${value}" ไม่รู้จัก ให้ใช้ ${legalBasisValues}`,
    `Legal basis "${value}" is unknown; use one of ${legalBasisValues}.`,
  ],
  legalBasisWithoutPersonalData: (value) => [
    `ระบุฐานทางกฎหมาย "${value}" ได้เฉพาะฟิลด์ที่เป็นข้อมูลส่วนบุคคล`,
    `Legal basis "${value}" is set on a field that is not personal data; mark the field as personal data or clear the basis.`,
  ],
};

/** Builds the bilingual error of one dictionary row. */
export function dictionaryError(row: number, code: DictionaryErrorCode, value = '', column?: string): DictionaryRowError {
  const [messageTh, messageEn] = messages[code](value);

  return column === undefined ? { row, code, messageTh, messageEn } : { row, column, code, messageTh, messageEn };
}
