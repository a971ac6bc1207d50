import type { ValidationError } from 'class-validator';

import { toFieldErrors } from './validation-errors';

function error(property: string, constraints: Record<string, string>, children: ValidationError[] = [], value: unknown = 'sent'): ValidationError {
  const validationError: ValidationError = { property, constraints, children, value };

  return validationError;
}

describe('toFieldErrors', () => {
  it.each([
    ['max', 'fiscalYear must not be greater than 2700', 'fiscalYear ต้องไม่มากกว่า 2700'],
    ['min', 'pageSize must not be less than 1', 'pageSize ต้องไม่น้อยกว่า 1'],
    ['min', 'fiscalYear must be a Buddhist-era (พ.ศ.) year such as 2568', 'fiscalYear ต้องเป็นปี พ.ศ. เช่น 2568'],
    ['isInt', 'fiscalYear must be a Buddhist-era (พ.ศ.) year such as 2568', 'fiscalYear ต้องเป็นปี พ.ศ. เช่น 2568'],
    ['maxLength', 'text must be shorter than or equal to 20000 characters', 'text ต้องยาวไม่เกิน 20000 ตัวอักษร'],
    ['isInt', 'page must be an integer number', 'page ต้องเป็นจำนวนเต็ม'],
    ['matches', 'title must not be blank', 'title ต้องไม่เป็นค่าว่าง'],
    ['matches', 'date must be a date written YYYY-MM-DD', 'date ต้องเป็นวันที่รูปแบบ YYYY-MM-DD (ค.ศ.)'],
    ['matches', 'agency must be a 4-digit BMA agency code such as 0411', 'agency ต้องเป็นรหัสหน่วยงานของกรุงเทพมหานคร 4 หลัก เช่น 0411'],
    ['isNumber', 'target must be a number with at most 4 decimals', 'target ต้องเป็นตัวเลขที่มีทศนิยมไม่เกิน 4 ตำแหน่ง'],
    ['isUuid', 'artefactId must be a UUID', 'artefactId ต้องเป็น UUID'],
    ['min', 'quarter must be a fiscal quarter from 1 to 4', 'quarter ต้องเป็นไตรมาสของปีงบประมาณ 1 ถึง 4'],
    ['isUrl', 'url must be a URL address', 'url ต้องเป็น URL ที่ขึ้นต้นด้วย http:// หรือ https:// และมีโฮสต์เป็นชื่อหรือที่อยู่ IP แบบจุด'],
    ['isIso8601', 'date must be a valid ISO 8601 date string', 'date ต้องเป็นวันที่รูปแบบ ISO 8601 (YYYY-MM-DD)'],
    ['someNewRule', 'x is odd', 'x ไม่ถูกต้อง'],
    ['isIn', 'groupBy must be one of agency, planNode, kpiType', 'groupBy ไม่อยู่ในค่าที่อนุญาต ใช้ค่าใดค่าหนึ่งต่อไปนี้: agency, planNode, kpiType'],
    ['isIn', 'role must be one of the following values: agency, evaluator', 'role ไม่อยู่ในค่าที่อนุญาต ใช้ค่าใดค่าหนึ่งต่อไปนี้: agency, evaluator'],
    [
      'max',
      'year must be a Christian-era calendar year such as 2025; a Buddhist-era year such as 2568 is 543 years later',
      'year ต้องเป็นปี ค.ศ. เช่น 2025 (ปี พ.ศ. เช่น 2568 มากกว่าปี ค.ศ. 543 ปี)',
    ],
    [
      'matches',
      'date must be a Christian-era date such as 2021-06-30; a Buddhist-era year such as 2564 is 543 years later',
      'date ต้องเป็นวันที่ ค.ศ. เช่น 2021-06-30 (ปี พ.ศ. เช่น 2564 มากกว่าปี ค.ศ. 543 ปี)',
    ],
  ])('%s: %s', (rule, messageEn, messageTh) => {
    const field = messageEn.split(' ')[0];

    expect(toFieldErrors([error(field, { [rule]: messageEn })])).toEqual([{ field, rule, messageEn, messageTh }]);
  });

  it('names nested fields by path', () => {
    const nested = error('quarterTargets', {}, [error('0', {}, [error('quarter', { min: 'quarter must not be less than 1' })])]);

    expect(toFieldErrors([nested])[0].field).toBe('quarterTargets.0.quarter');
  });

  it('reports a missing field once, as required', () => {
    const missing: ValidationError = { property: 'action', constraints: { isIn: 'action must be one of submit, score', isString: 'action must be a string' }, children: [] };

    expect(toFieldErrors([missing])).toEqual([{ field: 'action', rule: 'isDefined', messageEn: 'action is required', messageTh: 'ต้องระบุ action' }]);
  });

  it('keeps every rule of a field sent with null', () => {
    const sentNull = error('action', { isIn: 'action must be one of submit, score', isString: 'action must be a string' }, [], null);

    expect(toFieldErrors([sentNull]).map((fieldError) => fieldError.rule)).toEqual(['isIn', 'isString']);
  });
});
