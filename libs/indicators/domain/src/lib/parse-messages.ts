import type { ParseMessage } from './kpi-record';

interface MessageText {
  th: string;
  en: string;
}

const MAX_QUOTED_LENGTH = 80;

/** Shortens printed text quoted in a message so that a 3,000-character line stays readable. */
export function quote(text: string): string {
  return text.length > MAX_QUOTED_LENGTH ? `"${text.slice(0, MAX_QUOTED_LENGTH)}…"` : `"${text}"`;
}

// Each entry returns the Thai and English text of one message code. The codes are a stable API.
const MESSAGES = {
  EMPTY_INPUT: (): MessageText => ({
    th: 'ไม่มีข้อความให้อ่าน: ข้อมูลว่างหรือมีแต่ช่องว่าง',
    en: 'The input is empty: there is no text to parse.',
  }),
  BINARY_INPUT: (): MessageText => ({
    th: 'ข้อมูลไม่ใช่ข้อความ: พบอักขระควบคุมหรือไบต์ที่ไม่ใช่ UTF-8 ให้ส่งออกรายละเอียดตัวชี้วัดเป็นไฟล์ข้อความ UTF-8',
    en: 'The input is not text: it contains control characters or bytes that are not UTF-8. Export the KPI record as UTF-8 text.',
  }),
  NOT_A_KPI_RECORD: (): MessageText => ({
    th: 'ไม่ใช่รายละเอียดตัวชี้วัด: ไม่พบบรรทัดที่รู้จัก เช่น ค่าเป้าหมาย ผลงานที่ทำได้ หรือประเภทตัวชี้วัด',
    en: 'Not a KPI record export: no line is a known field such as ค่าเป้าหมาย (target), ผลงานที่ทำได้ (result) or ประเภทตัวชี้วัด (KPI type).',
  }),
  MISSING_TARGET_AND_RESULT: (): MessageText => ({
    th: 'ไม่พบบรรทัดค่าเป้าหมายและผลงานที่ทำได้ รายละเอียดตัวชี้วัดต้องมีอย่างน้อยหนึ่งในสองบรรทัดนี้',
    en: 'Missing target and result: a KPI record needs a ค่าเป้าหมาย (target) or ผลงานที่ทำได้ (result) line.',
  }),
  INCOMPLETE_RECORD: (): MessageText => ({
    th: 'ข้อมูลตัวชี้วัดไม่ครบ: นอกจากค่าเป้าหมายหรือผลงานที่ทำได้ ไม่พบข้อมูลอื่น เช่น ประเภทตัวชี้วัด การตรวจประเมิน รายงานผล หรือแผนที่สนับสนุน',
    en: 'Incomplete KPI record: besides the target or result line, no other known field (KPI type, result level, assessment, progress notes, plan path) was found.',
  }),
  PARSER_FAILURE: (p: { detail: string }): MessageText => ({
    th: `ตัวอ่านรายละเอียดตัวชี้วัดทำงานผิดพลาด (${p.detail}) กรุณาแจ้งผู้ดูแลระบบพร้อมไฟล์นี้`,
    en: `The KPI record parser failed (${p.detail}). Report it with this input.`,
  }),
  UNPARSED_LINE: (p: { text: string }): MessageText => ({
    th: `อ่านบรรทัดนี้ไม่ได้จึงข้ามไป: ${quote(p.text)}`,
    en: `Line skipped because it matches no known field: ${quote(p.text)}`,
  }),
  TOO_MANY_UNPARSED_LINES: (p: { count: number }): MessageText => ({
    th: `มีอีก ${p.count} บรรทัดที่อ่านไม่ได้และไม่ได้แสดงทีละบรรทัด`,
    en: `${p.count} more unparsed lines are not listed one by one.`,
  }),
  DUPLICATE_FIELD: (p: { fieldTh: string; fieldEn: string; firstLine: number }): MessageText => ({
    th: `พบบรรทัด${p.fieldTh}ซ้ำ ใช้ค่าจากบรรทัดที่ ${p.firstLine}`,
    en: `Duplicate ${p.fieldEn} line; the value from line ${p.firstLine} is used.`,
  }),
  INVALID_VALUE: (p: { fieldTh: string; fieldEn: string; text: string }): MessageText => ({
    th: `อ่านตัวเลขของ${p.fieldTh}ไม่ได้: ${quote(p.text)}`,
    en: `Invalid ${p.fieldEn}: no number in ${quote(p.text)}.`,
  }),
  MISSING_VALUE: (p: { fieldTh: string; fieldEn: string }): MessageText => ({
    th: `บรรทัด${p.fieldTh}ไม่มีตัวเลข`,
    en: `The ${p.fieldEn} line has no value.`,
  }),
  UNIT_MISMATCH: (p: { labelUnit: string; valueUnit: string }): MessageText => ({
    th: `หน่วยก่อนและหลังเครื่องหมาย : ไม่ตรงกัน (${p.labelUnit} และ ${p.valueUnit}) ใช้ ${p.labelUnit}`,
    en: `The unit before the colon (${p.labelUnit}) differs from the one in the value (${p.valueUnit}); ${p.labelUnit} is used.`,
  }),
  MISSING_TARGET: (): MessageText => ({
    th: 'ไม่พบบรรทัดค่าเป้าหมาย มีเพียงผลงานที่ทำได้',
    en: 'No target (ค่าเป้าหมาย) line; only the result is known.',
  }),
  TARGET_NOT_SET: (): MessageText => ({
    th: 'ค่าเป้าหมายเป็น 0 จึงถือว่ายังไม่ได้กำหนดค่าเป้าหมาย ไม่ใช่เป้าหมายเท่ากับศูนย์ (เก็บค่าตามที่พิมพ์ไว้)',
    en: 'Target 0 is treated as not set, not as a goal of zero; the printed value is kept.',
  }),
  EMPTY_TYPE: (): MessageText => ({
    th: 'ไม่ได้ระบุประเภทตัวชี้วัด',
    en: 'The KPI type (ประเภทตัวชี้วัด) is empty.',
  }),
  UNKNOWN_TYPE: (p: { text: string }): MessageText => ({
    th: `ไม่รู้จักประเภทตัวชี้วัด ${quote(p.text)}`,
    en: `Unknown KPI type ${quote(p.text)}; expected ตัวชี้วัดงานประจำ, ตัวชี้วัดเชิงยุทธศาสตร์ or ตัวชี้วัดเป้าประสงค์.`,
  }),
  INVALID_DATE: (p: { raw: string; reason: string }): MessageText => ({
    th: `วันที่ ${quote(p.raw)} ไม่ถูกต้องหรือไม่มีอยู่จริง จึงเก็บรายงานผลนี้ไว้โดยไม่มีวันที่`,
    en: `Invalid date ${quote(p.raw)} (${p.reason}); the note is kept without a date.`,
  }),
  AMBIGUOUS_DATE: (p: { raw: string; first: string; second: string }): MessageText => ({
    th: `วันที่ ${quote(p.raw)} อ่านได้สองแบบ (${p.first} หรือ ${p.second}) และลำดับของรายงานผลตัดสินไม่ได้ ต้องให้ผู้ตรวจสอบยืนยัน`,
    en: `Ambiguous date ${quote(p.raw)}: it can be ${p.first} or ${p.second}, and the neighbouring notes do not decide. Review it.`,
  }),
  DATE_RESOLVED_BY_SEQUENCE: (p: { raw: string; iso: string }): MessageText => ({
    th: `วันที่ ${quote(p.raw)} อ่านได้สองแบบ เลือก ${p.iso} เพราะตรงกับลำดับของรายงานผลก่อนและหลัง`,
    en: `Date ${quote(p.raw)} can be read two ways; ${p.iso} was chosen because only it keeps the notes in chronological order.`,
  }),
  NOTES_OUT_OF_ORDER: (p: { iso: string; previous: string }): MessageText => ({
    th: `รายงานผลวันที่ ${p.iso} อยู่หลังรายงานผลวันที่ ${p.previous} ลำดับจึงไม่เรียงตามเวลา`,
    en: `Notes out of chronological order: ${p.iso} comes after ${p.previous}.`,
  }),
  NOTE_OUTSIDE_FISCAL_YEAR: (p: { iso: string; fiscalYear: number }): MessageText => ({
    th: `รายงานผลวันที่ ${p.iso} อยู่นอกปีงบประมาณ ${p.fiscalYear} ของตัวชี้วัด`,
    en: `Note dated ${p.iso} falls outside the record's fiscal year ${p.fiscalYear}.`,
  }),
  NOTES_SPAN_FISCAL_YEARS: (p: { years: string; fiscalYear: number }): MessageText => ({
    th: `รายงานผลอยู่ในหลายปีงบประมาณ (${p.years}) ใช้ปีงบประมาณ ${p.fiscalYear} ซึ่งมีรายงานผลมากที่สุด`,
    en: `Notes span fiscal years ${p.years}; ${p.fiscalYear}, which has the most notes, is used.`,
  }),
  NOTE_OUTSIDE_SECTION_QUARTER: (p: {
    iso: string;
    quarter: number;
    section: number;
  }): MessageText => ({
    th: `รายงานผลวันที่ ${p.iso} อยู่ในไตรมาสที่ ${p.quarter} แต่พิมพ์อยู่ใต้หัวข้อไตรมาสที่ ${p.section}`,
    en: `Note dated ${p.iso} is in quarter ${p.quarter} but printed under the heading of quarter ${p.section}.`,
  }),
  PERSONAL_DATA: (): MessageText => ({
    th: 'บรรทัดนี้อาจมีข้อมูลส่วนบุคคล (อีเมลหรือหมายเลขโทรศัพท์) ต้องปกปิดก่อนจัดเก็บหรือบันทึก log',
    en: 'The line may hold personal data (an e-mail address or phone number); redact it before storing or logging.',
  }),
  NARRATIVE_CONTRADICTS_RESULT: (p: { actual: string; target: string }): MessageText => ({
    th: `รายงานผลล่าสุดระบุว่าดำเนินการได้ตามเป้าหมาย แต่ผลงานที่ทำได้ (${p.actual}) ต่ำกว่าค่าเป้าหมาย (${p.target}) จึงเก็บไว้ทั้งสองค่า`,
    en: `The last note says the target was met, but the result (${p.actual}) is below the target (${p.target}); both are kept as printed.`,
  }),
} satisfies Record<string, (params: never) => MessageText>;

/** Stable code of a parser error or warning. */
export type KpiParseCode = keyof typeof MESSAGES;

/** Builds the bilingual message of a code. `line` is 1-based, or null for the whole record. */
export function parseMessage<C extends KpiParseCode>(
  code: C,
  line: number | null,
  ...params: Parameters<(typeof MESSAGES)[C]>
): ParseMessage {
  const build = MESSAGES[code] as (...args: Parameters<(typeof MESSAGES)[C]>) => MessageText;
  const text = build(...params);

  return { code, line, messageTh: text.th, messageEn: text.en };
}
