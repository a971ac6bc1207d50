import type { ValidationError } from 'class-validator';

import type { FieldError } from './error-body';

/** The limit in a class-validator message such as "x must not be greater than 2700". */
function limitIn(messageEn: string): string {
  return /(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)(?!.*\d)/i.exec(messageEn)?.[1] ?? '';
}

// Thai wording per class-validator constraint. English comes from class-validator itself, or from
// the message a decorator sets, which then also replaces the generic Thai text below.
const thaiByRule: Record<string, (field: string, messageEn: string) => string> = {
  isDefined: (field) => `ต้องระบุ ${field}`,
  isNotEmpty: (field) => `${field} ต้องไม่ว่าง`,
  isString: (field) => `${field} ต้องเป็นข้อความ`,
  isInt: (field) => `${field} ต้องเป็นจำนวนเต็ม`,
  isNumber: (field, en) =>
    en.includes('decimals') ? `${field} ต้องเป็นตัวเลขที่มีทศนิยมไม่เกิน 4 ตำแหน่ง` : `${field} ต้องเป็นตัวเลข`,
  isNumberString: (field) => `${field} ต้องเป็นตัวเลข`,
  isDecimal: (field) => `${field} ต้องเป็นเลขทศนิยม`,
  isBoolean: (field) => `${field} ต้องเป็น true หรือ false`,
  isBooleanString: (field) => `${field} ต้องเป็น true หรือ false`,
  // Keys are class-validator's constraint names, which spell UUID and ISO 8601 in camel case.
  isUuid: (field) => `${field} ต้องเป็น UUID`,
  isUrl: (field) => `${field} ต้องเป็น URL ที่ขึ้นต้นด้วย http:// หรือ https:// และมีโฮสต์เป็นชื่อหรือที่อยู่ IP แบบจุด`,
  isEmail: (field) => `${field} ต้องเป็นอีเมลที่ถูกต้อง`,
  isBase64: (field) => `${field} ต้องเป็นข้อมูลแบบ base64`,
  arrayUnique: (field) => `${field} ต้องไม่มีค่าซ้ำกัน`,
  arrayNotEmpty: (field) => `${field} ต้องมีอย่างน้อยหนึ่งรายการ`,
  isIn: (field, en) => withAllowedValues(`${field} ไม่อยู่ในค่าที่อนุญาต`, en),
  isEnum: (field, en) => withAllowedValues(`${field} ไม่อยู่ในค่าที่อนุญาต`, en),
  min: (field, en) => `${field} ต้องไม่น้อยกว่า ${limitIn(en)}`,
  max: (field, en) => `${field} ต้องไม่มากกว่า ${limitIn(en)}`,
  minLength: (field, en) => `${field} ต้องยาวอย่างน้อย ${limitIn(en)} ตัวอักษร`,
  maxLength: (field, en) => `${field} ต้องยาวไม่เกิน ${limitIn(en)} ตัวอักษร`,
  matches: (field, en) => matchesInThai(field, en),
  isIso8601: (field) => `${field} ต้องเป็นวันที่รูปแบบ ISO 8601 (YYYY-MM-DD)`,
  isDateString: (field) => `${field} ต้องเป็นวันที่รูปแบบ ISO 8601 (YYYY-MM-DD)`,
  isArray: (field) => `${field} ต้องเป็นรายการ (array)`,
  isObject: (field) => `${field} ต้องเป็นออบเจกต์`,
  arrayMaxSize: (field, en) => `${field} มีได้ไม่เกิน ${limitIn(en)} รายการ`,
  arrayMinSize: (field, en) => `${field} ต้องมีอย่างน้อย ${limitIn(en)} รายการ`,
  whitelistValidation: (field) => `ไม่รู้จักฟิลด์ ${field}`,
  nestedValidation: (field) => `${field} มีรูปแบบไม่ถูกต้อง`,
};

// Messages set by the contracts' own decorators, and the generic pattern message.
function matchesInThai(field: string, messageEn: string): string {
  if (messageEn.endsWith('must not be blank')) {
    return `${field} ต้องไม่เป็นค่าว่าง`;
  }
  if (messageEn.includes('YYYY-MM-DD')) {
    return `${field} ต้องเป็นวันที่รูปแบบ YYYY-MM-DD (ค.ศ.)`;
  }
  if (messageEn.includes('4-digit') && messageEn.includes('agency code')) {
    return `${field} ต้องเป็นรหัสหน่วยงานของกรุงเทพมหานคร 4 หลัก เช่น 0411`;
  }

  return `${field} มีรูปแบบไม่ถูกต้อง`;
}

/** Adds the allowed values that the English message lists to the Thai message. */
function withAllowedValues(messageTh: string, messageEn: string): string {
  const values = /one of (?:the following values: )?(.+)$/.exec(messageEn)?.[1];

  return values === undefined ? messageTh : `${messageTh} ใช้ค่าใดค่าหนึ่งต่อไปนี้: ${values}`;
}

/** Returns the Thai message of a failed constraint; a Buddhist-era year rule reads the same on every constraint. */
function thaiMessage(rule: string, field: string, messageEn: string): string {
  if (messageEn.includes('must be a Christian-era calendar year')) {
    return `${field} ต้องเป็นปี ค.ศ. เช่น 2025 (ปี พ.ศ. เช่น 2568 มากกว่าปี ค.ศ. 543 ปี)`;
  }
  if (messageEn.includes('must be a Christian-era date')) {
    return `${field} ต้องเป็นวันที่ ค.ศ. เช่น 2021-06-30 (ปี พ.ศ. เช่น 2564 มากกว่าปี ค.ศ. 543 ปี)`;
  }
  if (messageEn.includes('Buddhist-era')) {
    return `${field} ต้องเป็นปี พ.ศ. เช่น 2568`;
  }
  if (messageEn.includes('fiscal quarter from 1 to 4')) {
    return `${field} ต้องเป็นไตรมาสของปีงบประมาณ 1 ถึง 4`;
  }
  if (messageEn.includes('only the evaluation department')) {
    return `${field} ต้องเป็น evaluator เพราะเฉพาะผู้ประเมิน (สยป.) ลงนามรับรองรอบได้`;
  }

  return (thaiByRule[rule] ?? ((name: string) => `${name} ไม่ถูกต้อง`))(field, messageEn);
}

/**
 * Flattens class-validator errors (nested ones included) into bilingual field errors. A field that
 * is missing altogether gets one `isDefined` error, rather than "must be a string" and the like.
 */
export function toFieldErrors(errors: ValidationError[], parentPath = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parentPath ? `${parentPath}.${error.property}` : error.property;

    if (error.value === undefined && error.constraints !== undefined) {
      return [{ field, rule: 'isDefined', messageEn: `${field} is required`, messageTh: `ต้องระบุ ${field}` }];
    }
    const own = Object.entries(error.constraints ?? {}).map(([rule, messageEn]) => ({
      field,
      rule,
      messageEn,
      messageTh: thaiMessage(rule, field, messageEn),
    }));

    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}
