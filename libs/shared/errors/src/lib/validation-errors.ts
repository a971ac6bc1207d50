import type { ValidationError } from 'class-validator';

import type { FieldError } from './error-body';

// Thai wording per class-validator constraint. English comes from class-validator itself.
const thaiByRule: Record<string, (field: string) => string> = {
  isDefined: (field) => `ต้องระบุ ${field}`,
  isNotEmpty: (field) => `${field} ต้องไม่ว่าง`,
  isString: (field) => `${field} ต้องเป็นข้อความ`,
  isInt: (field) => `${field} ต้องเป็นจำนวนเต็ม`,
  isNumber: (field) => `${field} ต้องเป็นตัวเลข`,
  isNumberString: (field) => `${field} ต้องเป็นตัวเลข`,
  isDecimal: (field) => `${field} ต้องเป็นเลขทศนิยม`,
  isBoolean: (field) => `${field} ต้องเป็น true หรือ false`,
  isBooleanString: (field) => `${field} ต้องเป็น true หรือ false`,
  isUUID: (field) => `${field} ต้องเป็น UUID`,
  isIn: (field) => `${field} ไม่อยู่ในค่าที่อนุญาต`,
  isEnum: (field) => `${field} ไม่อยู่ในค่าที่อนุญาต`,
  min: (field) => `${field} น้อยกว่าค่าต่ำสุดที่อนุญาต`,
  max: (field) => `${field} มากกว่าค่าสูงสุดที่อนุญาต`,
  minLength: (field) => `${field} สั้นเกินไป`,
  maxLength: (field) => `${field} ยาวเกินไป`,
  matches: (field) => `${field} มีรูปแบบไม่ถูกต้อง`,
  isISO8601: (field) => `${field} ต้องเป็นวันที่รูปแบบ ISO 8601 (YYYY-MM-DD)`,
  isDateString: (field) => `${field} ต้องเป็นวันที่รูปแบบ ISO 8601 (YYYY-MM-DD)`,
  isArray: (field) => `${field} ต้องเป็นรายการ (array)`,
  isObject: (field) => `${field} ต้องเป็นออบเจกต์`,
  arrayMaxSize: (field) => `${field} มีจำนวนรายการมากเกินไป`,
  arrayMinSize: (field) => `${field} มีจำนวนรายการน้อยเกินไป`,
  whitelistValidation: (field) => `ไม่รู้จักฟิลด์ ${field}`,
  nestedValidation: (field) => `${field} มีรูปแบบไม่ถูกต้อง`,
};

/** Flattens class-validator errors (nested ones included) into bilingual field errors. */
export function toFieldErrors(errors: ValidationError[], parentPath = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parentPath ? `${parentPath}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, messageEn]) => ({
      field,
      rule,
      messageEn,
      messageTh: (thaiByRule[rule] ?? ((name: string) => `${name} ไม่ถูกต้อง`))(field),
    }));

    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}
