import { isBlank, isIsoCalendarDate } from '../field-value.rules';
import { districtFieldError, maxDistrictFieldErrors, type DistrictFieldError } from './district-field-error';
import { geometryErrors, type BoundingBox } from './geometry.validator';

/** The parts of a data dictionary field that a submitted record value is checked against. */
export interface RecordFieldRule {
  name: string;
  labelTh: string;
  /** Dictionary data type: text, int, numeric, float, bool, date, time, timestamp or json. */
  dataType: string;
  required: boolean;
  /** Allowed values; empty when any value of the type is allowed. */
  allowedValues: readonly unknown[];
  /** Maximum length of a text value. */
  size: number | null;
}

/** One submitted record: values by dictionary field name, and an optional GeoJSON geometry. */
export interface DistrictRecordInput {
  values: Record<string, unknown>;
  geometry?: unknown;
}

const integerText = /^-?\d{1,15}$/;
const decimalText = /^-?\d{1,20}(\.\d{1,20})?$/;
const timeText = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?$/;
const timestampText = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Type checks by dictionary data type, with the expected type in English and Thai for messages. */
const typeChecks: Record<string, { test: (value: unknown) => boolean; en: string; th: string }> = {
  text: { test: (value) => typeof value === 'string', en: 'text', th: 'ข้อความ' },
  int: {
    test: (value) => (typeof value === 'number' && Number.isSafeInteger(value)) || (typeof value === 'string' && integerText.test(value)),
    en: 'a whole number',
    th: 'จำนวนเต็ม',
  },
  numeric: {
    test: (value) => (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && decimalText.test(value)),
    en: 'a number',
    th: 'ตัวเลข',
  },
  bool: { test: (value) => typeof value === 'boolean', en: 'true or false', th: 'true หรือ false' },
  date: { test: (value) => typeof value === 'string' && isIsoCalendarDate(value), en: 'a date YYYY-MM-DD', th: 'วันที่รูปแบบ YYYY-MM-DD (ค.ศ.)' },
  time: { test: (value) => typeof value === 'string' && timeText.test(value), en: 'a time HH:MM or HH:MM:SS', th: 'เวลารูปแบบ HH:MM หรือ HH:MM:SS' },
  timestamp: {
    test: (value) => typeof value === 'string' && timestampText.test(value) && !Number.isNaN(Date.parse(value)),
    en: 'an ISO 8601 date-time with a time zone',
    th: 'วันเวลาแบบ ISO 8601 ที่ระบุเขตเวลา',
  },
  json: { test: () => true, en: 'any JSON value', th: 'ค่า JSON ใดก็ได้' },
};

typeChecks['float'] = typeChecks['numeric'];

function valueErrors(rule: RecordFieldRule, value: unknown, path: string): DistrictFieldError[] {
  const check = typeChecks[rule.dataType] ?? typeChecks['json'];

  if (!check.test(value)) {
    return [districtFieldError(path, 'type', `${path} must be ${check.en}`, `${path} (${rule.labelTh}) ต้องเป็น${check.th}`)];
  }
  if (rule.dataType === 'text' && rule.size !== null && (value as string).length > rule.size) {
    return [
      districtFieldError(path, 'maxLength', `${path} must be at most ${rule.size} characters`, `${path} (${rule.labelTh}) ต้องยาวไม่เกิน ${rule.size} ตัวอักษร`),
    ];
  }
  const allowed = rule.allowedValues.map(String);

  if (allowed.length > 0 && !allowed.includes(String(value))) {
    return [
      districtFieldError(
        path,
        'allowedValue',
        `${path} must be one of: ${allowed.join(', ')}`,
        `${path} (${rule.labelTh}) ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: ${allowed.join(', ')}`,
      ),
    ];
  }

  return [];
}

function recordErrors(record: DistrictRecordInput, index: number, rules: readonly RecordFieldRule[], geometryExpected: boolean, box: BoundingBox): DistrictFieldError[] {
  const path = `records[${index}]`;
  const errors: DistrictFieldError[] = [];
  const known = new Set(rules.map((rule) => rule.name));

  for (const name of Object.keys(record.values)) {
    if (!known.has(name)) {
      const field = `${path}.values.${name}`;

      errors.push(districtFieldError(field, 'unknownField', `${field} is not a field of the data dictionary`, `${field} ไม่มีในพจนานุกรมข้อมูล`));
    }
  }
  for (const rule of rules) {
    const field = `${path}.values.${rule.name}`;
    const value = record.values[rule.name];

    if (isBlank(value)) {
      if (rule.required) {
        errors.push(districtFieldError(field, 'required', `${field} is required`, `${field} (${rule.labelTh}) ต้องระบุ`));
      }
    } else {
      errors.push(...valueErrors(rule, value, field));
    }
  }
  if (record.geometry === undefined || record.geometry === null) {
    if (geometryExpected) {
      errors.push(districtFieldError(`${path}.geometry`, 'required', `${path}.geometry is required for this item`, `${path}.geometry ต้องระบุสำหรับรายการนี้`));
    }
  } else {
    errors.push(...geometryErrors(record.geometry, `${path}.geometry`, box));
  }

  return errors;
}

/**
 * Validates submitted records against the data dictionary of the item's dataset and their
 * geometry against the bounding box. Returns at most maxDistrictFieldErrors errors.
 */
export function districtRecordErrors(
  records: readonly DistrictRecordInput[],
  rules: readonly RecordFieldRule[],
  options: { geometryExpected: boolean; boundingBox: BoundingBox },
): DistrictFieldError[] {
  const errors: DistrictFieldError[] = [];

  for (const [index, record] of records.entries()) {
    errors.push(...recordErrors(record, index, rules, options.geometryExpected, options.boundingBox));
    if (errors.length >= maxDistrictFieldErrors) {
      break;
    }
  }

  return errors.slice(0, maxDistrictFieldErrors);
}
