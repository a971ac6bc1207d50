import { QUALITY_RULE_DIMENSIONS, QUALITY_VALUE_MAX_LENGTH, type QualityFinding, type QualityRuleCode } from './quality.types';

/** Detail that a message names besides the column: a limit, an earlier row or a repaired text. */
export type MessageDetail = string;

type MessageBuilder = (detail: MessageDetail) => readonly [th: string, en: string];

const messages: Record<QualityRuleCode, MessageBuilder> = {
  requiredBlank: () => ['ต้องมีค่า แต่เซลล์ว่าง', 'A value is required, but the cell is blank; fill it in.'],
  columnMissing: (name) => [
    `ไม่พบคอลัมน์ ${name} ในแถวหัวตาราง`,
    `The header has no column for dictionary field ${name}; add it or remove the field from the dictionary.`,
  ],
  columnUnknown: () => [
    'คอลัมน์นี้ไม่อยู่ในพจนานุกรมข้อมูล จึงไม่ได้ตรวจค่า',
    'The column is not in the data dictionary, so its values were not checked; add it to the dictionary or remove it.',
  ],
  invalidInteger: () => ['ค่าไม่ใช่จำนวนเต็ม', 'The value is not a whole number.'],
  invalidNumber: () => ['ค่าไม่ใช่ตัวเลข', 'The value is not a number.'],
  invalidDate: () => ['ค่าไม่ใช่วันที่แบบ ค.ศ. ปปปป-ดด-วว', 'The value is not a date written YYYY-MM-DD in the Christian era.'],
  invalidTime: () => ['ค่าไม่ใช่เวลาแบบ ชช:นน หรือ ชช:นน:วว', 'The value is not a time written HH:MM or HH:MM:SS.'],
  invalidTimestamp: () => [
    'ค่าไม่ใช่วันเวลาแบบ ISO 8601 (ปปปป-ดด-ววTชช:นน)',
    'The value is not an ISO 8601 date and time such as 2024-01-31T08:30.',
  ],
  invalidBoolean: () => ['ค่าไม่ใช่ จริง/เท็จ', 'The value is not a boolean; write true, false, ใช่ or ไม่ใช่.'],
  invalidJson: () => ['ค่าไม่ใช่ JSON ที่ถูกต้อง', 'The value is not valid JSON.'],
  tooLong: (size) => [`ค่ายาวเกิน ${size} ตัวอักษร`, `The value is longer than ${size} characters.`],
  tooManyDecimals: (precision) => [`ค่ามีทศนิยมเกิน ${precision} ตำแหน่ง`, `The value has more than ${precision} decimal places.`],
  belowMinimum: (limit) => [`ค่าน้อยกว่าค่าต่ำสุด ${limit}`, `The value is below the minimum ${limit}.`],
  aboveMaximum: (limit) => [`ค่ามากกว่าค่าสูงสุด ${limit}`, `The value is above the maximum ${limit}.`],
  notAllowed: () => ['ค่าไม่อยู่ในรายการค่าที่อนุญาต', 'The value is not one of the allowed values in the data dictionary.'],
  duplicateKey: (firstRow) => [`คีย์หลักซ้ำกับแถว ${firstRow}`, `The primary key repeats the key of row ${firstRow}.`],
  brokenSaraAm: (fixed) => [`สระอำเสีย ควรเป็น "${fixed}"`, `Broken SARA AM (ำ); the repaired text is "${fixed}".`],
  mojibake: () => [
    'ข้อความภาษาไทยเพี้ยน (UTF-8 ถูกอ่านเป็น TIS-620 หรือ Latin-1) ให้บันทึกไฟล์ใหม่เป็น UTF-8',
    'Garbled Thai text (UTF-8 read as TIS-620 or Latin-1); save the file again as UTF-8.',
  ],
  replacementCharacter: () => [
    'พบอักขระแทนที่ (U+FFFD) แสดงว่าข้อความเสียระหว่างแปลงรหัสอักขระ',
    'The text contains U+FFFD, so characters were lost in an encoding conversion.',
  ],
  byteOrderMark: () => [
    'ไฟล์ขึ้นต้นด้วย BOM ซึ่งตัดออกก่อนตรวจแล้ว',
    'The file starts with a byte order mark (BOM), which was removed before the check.',
  ],
  thaiDigits: () => [
    'ตัวเลขเขียนด้วยเลขไทยในคอลัมน์ตัวเลข ให้ใช้เลขอารบิก',
    'A number column holds Thai digits; write ASCII digits 0–9.',
  ],
  stale: (dueDate) =>
    dueDate === ''
      ? ['ชุดข้อมูลประกาศความถี่การปรับปรุงแต่ไม่มีวันที่ปรับปรุงล่าสุด', 'The dataset declares an update frequency but records no last update date.']
      : [`ข้อมูลไม่ได้ปรับปรุงตามความถี่ที่ประกาศ ครบกำหนดปรับปรุง ${dueDate}`, `The data was not updated as often as declared; the update was due on ${dueDate}.`],
  unreadableFile: (reason) => [`อ่านไฟล์ไม่ได้: ${reason}`, `The file could not be read: ${reason}`],
};

/** Cuts a value to QUALITY_VALUE_MAX_LENGTH characters, ending a cut value with `…`. */
export function truncateValue(value: string): string {
  const characters = Array.from(value);

  return characters.length <= QUALITY_VALUE_MAX_LENGTH ? value : `${characters.slice(0, QUALITY_VALUE_MAX_LENGTH - 1).join('')}…`;
}

/** Builds a finding with its dimension and its Thai and English messages. */
export function qualityFinding(
  rule: QualityRuleCode,
  row: number | null,
  column: string | null,
  value: string | null,
  detail: MessageDetail = '',
): QualityFinding {
  const [messageTh, messageEn] = messages[rule](detail);

  return {
    row,
    column,
    rule,
    dimension: QUALITY_RULE_DIMENSIONS[rule],
    messageTh,
    messageEn,
    value: value === null ? null : truncateValue(value),
  };
}
