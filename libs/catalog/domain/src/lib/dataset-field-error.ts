import type { CatalogFieldSpec } from './catalog-field.types';

/** Check that a metadata value failed. */
export type DatasetRule =
  | 'invalidInput'
  | 'unknownField'
  | 'required'
  | 'type'
  | 'choice'
  | 'duplicate'
  | 'otherRequired'
  | 'otherNotAllowed'
  | 'notForDataType'
  | 'email'
  | 'url'
  | 'slug'
  | 'isoDate'
  | 'buddhistYear'
  | 'yearOrder'
  | 'positiveInteger'
  | 'longitude'
  | 'latitude'
  | 'tags';

/** One failed check on one metadata field, with a message in Thai and in English. */
export interface DatasetFieldError {
  field: string;
  rule: DatasetRule;
  messageTh: string;
  messageEn: string;
}

/** Label and value that a message names. */
export interface MessageContext {
  labelTh: string;
  labelEn: string;
  /** The rejected value, or for companion and type rules the choice value that applies. */
  value: string;
}

type MessageBuilder = (context: MessageContext) => readonly [th: string, en: string];

const messages: Record<DatasetRule, MessageBuilder> = {
  invalidInput: () => ['ข้อมูลเมทาดาตาต้องเป็นออบเจกต์', 'Metadata must be an object of CKAN fields.'],
  unknownField: (c) => [`"${c.value}" ไม่ใช่ฟิลด์ในแบบคำอธิบายชุดข้อมูล ให้ลบออก`, `"${c.value}" is not a field of the catalog schema; remove it.`],
  required: (c) => [`ต้องระบุ${c.labelTh}`, `${c.labelEn} is missing; fill it in.`],
  type: (c) => [`${c.labelTh} ต้องเป็น${c.value === 'list' ? 'รายการค่า' : 'ข้อความ'}`, `${c.labelEn} must be ${c.value === 'list' ? 'a list of values' : 'text'}.`],
  choice: (c) => [
    `"${c.value}" ไม่ใช่ค่าที่กำหนดของ${c.labelTh} ให้เลือกจากรายการ`,
    `"${c.value}" is not an allowed value of ${c.labelEn}; choose a value from its list.`,
  ],
  duplicate: (c) => [`${c.labelTh} มีค่า "${c.value}" ซ้ำ`, `${c.labelEn} lists "${c.value}" more than once.`],
  otherRequired: (c) => [
    `ต้องระบุ${c.labelTh} เมื่อเลือก "${c.value}"`,
    `${c.labelEn} is missing; it is required when "${c.value}" is chosen.`,
  ],
  otherNotAllowed: (c) => [
    `ระบุ${c.labelTh}ได้เฉพาะเมื่อเลือก "${c.value}" ให้ลบออกหรือเลือก "${c.value}"`,
    `${c.labelEn} is allowed only when "${c.value}" is chosen; clear it or choose "${c.value}".`,
  ],
  notForDataType: (c) => [
    `${c.labelTh} ใช้ไม่ได้กับประเภทชุดข้อมูล "${c.value}" ให้ลบออก`,
    `${c.labelEn} does not apply to dataset type "${c.value}"; remove it.`,
  ],
  email: (c) => [`"${c.value}" ไม่ใช่${c.labelTh}ที่ถูกต้อง`, `"${c.value}" is not a valid e-mail address for ${c.labelEn}.`],
  url: (c) => [`"${c.value}" ไม่ใช่ URL แบบ http หรือ https ที่ถูกต้อง`, `"${c.value}" is not a valid http or https URL for ${c.labelEn}.`],
  slug: (c) => [
    `"${c.value}" ไม่ใช่ชื่อ URL ที่ถูกต้อง ให้ใช้ a–z, 0–9, - หรือ _ ยาว 2–100 ตัวอักษร และไม่ใช่ new, edit หรือ search`,
    `"${c.value}" is not a valid dataset name; use 2 to 100 characters of a–z, 0–9, "-" or "_", other than new, edit or search.`,
  ],
  isoDate: (c) => [
    `"${c.value}" ไม่ใช่วันที่ที่ถูกต้องของ${c.labelTh} ให้เขียนแบบ YYYY-MM-DD เป็นปีคริสต์ศักราช เช่น 2025-03-01`,
    `"${c.value}" is not a valid date for ${c.labelEn}; write YYYY-MM-DD with a Christian-era year, such as 2025-03-01.`,
  ],
  buddhistYear: (c) => [
    `"${c.value}" ไม่ใช่ปีพุทธศักราชของ${c.labelTh} ให้เขียนเลข 4 หลัก เช่น 2568`,
    `"${c.value}" is not a Buddhist-era year for ${c.labelEn}; write four digits such as 2568.`,
  ],
  yearOrder: (c) => [
    `${c.labelTh} (${c.value}) ต้องไม่ก่อนปีข้อมูลที่เริ่มต้นจัดทำ`,
    `${c.labelEn} (${c.value}) must not be before the first year of data.`,
  ],
  positiveInteger: (c) => [`${c.labelTh} ต้องเป็นจำนวนเต็มบวก ไม่ใช่ "${c.value}"`, `${c.labelEn} must be a positive whole number, not "${c.value}".`],
  longitude: (c) => [
    `${c.labelTh} ต้องเป็นลองจิจูดระหว่าง -180 ถึง 180 ไม่ใช่ "${c.value}"`,
    `${c.labelEn} must be a longitude between -180 and 180, not "${c.value}".`,
  ],
  tags: (c) => [
    `คำสำคัญ "${c.value}" ต้องยาว 2–100 ตัวอักษร`,
    `Tag "${c.value}" in ${c.labelEn} must be 2 to 100 characters long; tags are separated by commas.`,
  ],
  latitude: (c) => [
    `${c.labelTh} ต้องเป็นละติจูดระหว่าง -90 ถึง 90 ไม่ใช่ "${c.value}"`,
    `${c.labelEn} must be a latitude between -90 and 90, not "${c.value}".`,
  ],
};

/** Builds the bilingual error of one failed rule on one field. */
export function datasetFieldError(field: string, rule: DatasetRule, context: MessageContext): DatasetFieldError {
  const [messageTh, messageEn] = messages[rule](context);

  return { field, rule, messageTh, messageEn };
}

/** Builds the error of a rule on a field that the schema defines. */
export function specError(spec: CatalogFieldSpec, rule: DatasetRule, value: string): DatasetFieldError {
  return datasetFieldError(spec.name, rule, { labelTh: spec.labelTh, labelEn: spec.labelEn, value });
}
