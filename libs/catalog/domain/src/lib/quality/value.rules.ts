import Decimal from 'decimal.js';

import { parseThaiNumber } from '@bma-kpi/util-thai';

import { isIsoCalendarDate } from '../field-value.rules';
import type { QualityField, QualityRuleCode } from './quality.types';

/** A validity problem of one cell and the limit or value its message names. */
export interface ValueProblem {
  rule: QualityRuleCode;
  detail: string;
}

const timePattern = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?$/;
const timestampPattern = /^(\d{4}-\d{2}-\d{2})[T ]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?$/;
const booleanTexts = new Set(['true', 'false', 't', 'f', '1', '0', 'yes', 'no', 'y', 'n', 'ใช่', 'ไม่ใช่', 'จริง', 'เท็จ']);

function problem(rule: QualityRuleCode, detail = ''): ValueProblem {
  return { rule, detail };
}

function isTimestamp(text: string): boolean {
  const match = timestampPattern.exec(text);

  return match !== null && isIsoCalendarDate(match[1]);
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);

    return true;
  } catch {
    return false;
  }
}

// Digits before and after the decimal point, without sign and leading zeros.
function digitCounts(decimal: string): { total: number; fraction: number } {
  const [whole, fraction = ''] = decimal.replace(/^-/, '').split('.');
  const significantWhole = whole.replace(/^0+/, '');

  return { total: significantWhole.length + fraction.length, fraction: fraction.length };
}

function numberProblem(field: QualityField, text: string): ValueProblem | null {
  const parsed = parseThaiNumber(text);

  if (parsed === null) {
    return problem(field.type === 'int' ? 'invalidInteger' : 'invalidNumber');
  }
  const digits = digitCounts(parsed.decimal);

  if (field.type === 'int' && digits.fraction > 0 && !/^-?\d+\.0+$/.test(parsed.decimal)) {
    return problem('invalidInteger');
  }
  if (field.type === 'numeric' && field.precision !== undefined && digits.fraction > field.precision) {
    return problem('tooManyDecimals', String(field.precision));
  }
  if (field.type !== 'float' && field.size !== undefined && digits.total > field.size) {
    return problem('tooLong', String(field.size));
  }

  return rangeProblem(field, (limit) => new Decimal(parsed.decimal).comparedTo(new Decimal(limit)));
}

// Dates and timestamps in ISO 8601 compare correctly as text, also against a date-only limit.
function textRangeProblem(field: QualityField, text: string): ValueProblem | null {
  return rangeProblem(field, (limit) => (text < limit ? -1 : text.slice(0, limit.length) > limit ? 1 : 0));
}

function rangeProblem(field: QualityField, compare: (limit: string) => number): ValueProblem | null {
  if (field.minValue !== undefined && compare(field.minValue) < 0) {
    return problem('belowMinimum', field.minValue);
  }
  if (field.maxValue !== undefined && compare(field.maxValue) > 0) {
    return problem('aboveMaximum', field.maxValue);
  }

  return null;
}

function typeProblem(field: QualityField, text: string): ValueProblem | null {
  switch (field.type) {
    case 'int':
    case 'numeric':
    case 'float':
      return numberProblem(field, text);
    case 'date':
      return isIsoCalendarDate(text) ? textRangeProblem(field, text) : problem('invalidDate');
    case 'timestamp':
      return isTimestamp(text) ? textRangeProblem(field, text) : problem('invalidTimestamp');
    case 'time':
      return timePattern.test(text) ? null : problem('invalidTime');
    case 'bool':
      return booleanTexts.has(text.toLowerCase()) ? null : problem('invalidBoolean');
    case 'json':
      return isJson(text) ? null : problem('invalidJson');
    case 'text':
      return field.size !== undefined && Array.from(text).length > field.size ? problem('tooLong', String(field.size)) : null;
  }
}

/** Builds the validity check of one dictionary field; it takes a non-blank, trimmed cell. */
export function valueChecker(field: QualityField): (text: string) => ValueProblem | null {
  const allowed = new Set(field.allowedValues.map((value) => value.trim().normalize('NFC')));

  return (text) => {
    const found = typeProblem(field, text);

    if (found !== null) {
      return found;
    }

    return allowed.size > 0 && !allowed.has(text.normalize('NFC')) ? problem('notAllowed') : null;
  };
}

/** Tells whether a dictionary type contains numbers, where Thai digits count as an encoding problem. */
export function isNumericType(field: QualityField): boolean {
  return field.type === 'int' || field.type === 'numeric' || field.type === 'float';
}
