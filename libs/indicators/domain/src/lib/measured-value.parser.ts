import { parseThaiNumber } from '@bma-kpi/util-thai';

import type { MeasuredValue, ParseMessage } from './kpi-record';
import { parseMessage } from './parse-messages';
import type { SourceLine } from './source-lines';

/** A target or result line read into a value, with the warnings it raised. */
export interface ValueLineResult {
  value: MeasuredValue | null;
  warnings: ParseMessage[];
}

const FIELD_NAMES = {
  target: { fieldTh: 'ค่าเป้าหมาย', fieldEn: 'target' },
  actual: { fieldTh: 'ผลงานที่ทำได้', fieldEn: 'result' },
} as const;

// The result label may carry any of the broken SARA AM forms in the raw text.
const RAW_LABEL = /^(?:ค่าเป้าหมาย|ผลงานที่ท(?:\u0E33|\u0E4D\u0E32|\u0E49\u0E32|\u0E32)ได้)/;
const ASCII_LABEL = /^(?:ค่าเป้าหมาย|ผลงานที่ทำได้)/;
const NUMBER = /[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/;
const NUMBER_CHAR = /[\d๐-๙.,]/;

/**
 * Reads `ค่าเป้าหมาย <unit> : <value>` or `ผลงานที่ทำได้ <unit> : <value>`. The unit may be
 * before the colon, inside the value (`ร้อยละ 100`), in both places, or missing. Words after
 * the number become the qualifier. The number keeps its exact decimal text.
 */
export function parseValueLine(line: SourceLine, field: 'target' | 'actual'): ValueLineResult {
  const names = FIELD_NAMES[field];
  const labelLength = ASCII_LABEL.exec(line.ascii)?.[0].length ?? 0;
  const colon = line.ascii.indexOf(':', labelLength);
  const labelUnit = readUnit(line.text.slice(labelLength, colon));
  const valueStart = colon + 1;
  const number = NUMBER.exec(line.ascii.slice(valueStart));

  if (line.ascii.slice(valueStart).trim() === '') {
    return { value: null, warnings: [parseMessage('MISSING_VALUE', line.number, names)] };
  }
  if (!number) {
    const text = line.text.slice(valueStart).trim();

    return {
      value: null,
      warnings: [parseMessage('INVALID_VALUE', line.number, { ...names, text })],
    };
  }
  const numberStart = valueStart + number.index;
  const numberEnd = numberStart + number[0].length;
  const valueUnit = readUnit(line.text.slice(valueStart, numberStart));
  const qualifier = line.text.slice(numberEnd).trim() || null;
  const parsed = parseThaiNumber(number[0]);

  if (!parsed) {
    return {
      value: null,
      warnings: [parseMessage('INVALID_VALUE', line.number, { ...names, text: number[0] })],
    };
  }
  const value: MeasuredValue = {
    value: parsed.value,
    decimal: parsed.decimal,
    unit: labelUnit ?? valueUnit ?? (qualifier === '%' ? '%' : null),
    raw: line.cleaned.slice(RAW_LABEL.exec(line.cleaned)?.[0].length ?? 0).trim(),
    qualifier: qualifier === '%' ? null : qualifier,
  };

  return { value, warnings: unitWarnings(line.number, labelUnit, valueUnit) };
}

// `ร้อยละ 100` before the colon repeats the value after the unit, and `()` is an empty unit.
function readUnit(text: string): string | null {
  const unit = stripTrailingNumber(text.trim())
    .replace(/^\((.*)\)$/, '$1')
    .trim();

  return unit === '' ? null : unit;
}

// Walks back over the number instead of using a regular expression anchored at the end, which
// would retry from every digit of a long run and take quadratic time.
function stripTrailingNumber(text: string): string {
  let start = text.length;

  while (start > 0 && NUMBER_CHAR.test(text[start - 1])) {
    start -= 1;
  }
  const hasDigit = /[\d๐-๙]/.test(text.slice(start));
  const followsWord = start === 0 || /\s/.test(text[start - 1]);

  return hasDigit && followsWord ? text.slice(0, start) : text;
}

function unitWarnings(
  line: number,
  labelUnit: string | null,
  valueUnit: string | null,
): ParseMessage[] {
  if (labelUnit === null || valueUnit === null || labelUnit === valueUnit) {
    return [];
  }

  return [parseMessage('UNIT_MISMATCH', line, { labelUnit, valueUnit })];
}
