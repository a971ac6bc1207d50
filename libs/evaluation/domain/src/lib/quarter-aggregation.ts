import type Decimal from 'decimal.js';

import { type FiscalQuarter, fiscalQuarterRange } from '@bma-kpi/util-thai';

import {
  type DecimalInput,
  ScoreDecimal,
  parseDecimalInput,
  toPlainDecimalText,
} from './score-decimal';
import { invalidNumberReason, scoreReason, type ScoreReason } from './score-reason';
import { roundScore } from './score-rounding';
import { SCORING_MODEL_VERSIONS, checkDecimals } from './scoring-model.common';

/**
 * Accumulation of an indicator's monthly values. A `cumulative` value is a year-to-date total, so
 * a quarter takes its last month's value. A `flow` value counts one month, so a quarter sums them.
 */
export type Accumulation = 'cumulative' | 'flow';

/** A reported value for one calendar month, `YYYY-MM`. */
export interface MonthlyValue {
  month: string;
  value: DecimalInput;
}

/** A fiscal quarter (Q1 = October–December) and the monthly values to aggregate into it. */
export interface QuarterAggregationInput {
  /** Buddhist-era fiscal year, named by the year in which it ends: 2564 = Oct 2020 – Sep 2021. */
  fiscalYear: number;
  quarter: number;
  accumulation: Accumulation;
  monthlyValues: readonly MonthlyValue[];
  /** The indicator's declared decimals; 2 when null or omitted. */
  decimals?: number | null;
}

interface QuarterAggregateBase {
  modelVersion: number;
  fiscalYear: number;
  quarter: number;
  accumulation: Accumulation;
  /** The quarter's three months, `YYYY-MM`, in calendar order. */
  months: string[];
}

/** A quarter with a value for each of its months. */
export interface CompleteQuarter extends QuarterAggregateBase {
  status: 'complete';
  value: number;
  exactValue: string;
  decimals: number;
}

/** A quarter with at least one month unreported; it has no value rather than a partial one. */
export interface IncompleteQuarter extends QuarterAggregateBase {
  status: 'incomplete';
  missingMonths: string[];
  reason: ScoreReason;
}

/** Input that cannot be aggregated at all: an invalid period, month, value or setting. */
export interface InvalidQuarterInput {
  status: 'invalid';
  modelVersion: number;
  reason: ScoreReason;
}

/** The value of one quarter, or why it has none. */
export type QuarterAggregate = CompleteQuarter | IncompleteQuarter | InvalidQuarterInput;

const MONTH_PATTERN = /^\d{4}-(?:0[1-9]|1[0-2])$/;

/**
 * Aggregates monthly values into a fiscal quarter. Values outside the quarter are ignored. A month
 * of the quarter without a value, including a null value, makes the quarter incomplete instead of
 * counting as zero. That holds for cumulative indicators too, although only the last month's value
 * is used. The value is rounded once, at the end, by roundScore.
 */
export function aggregateQuarter(input: QuarterAggregationInput): QuarterAggregate {
  const setup = checkAggregationSetup(input);

  if ('reason' in setup) {
    return invalidQuarter(setup.reason);
  }
  const collected = collectQuarterValues(setup.months, input.monthlyValues);

  if ('reason' in collected) {
    return invalidQuarter(collected.reason);
  }
  const base: QuarterAggregateBase = {
    modelVersion: SCORING_MODEL_VERSIONS.quarterAggregation,
    fiscalYear: input.fiscalYear,
    quarter: input.quarter,
    accumulation: input.accumulation,
    months: setup.months,
  };
  const missingMonths = setup.months.filter((month) => !collected.values.has(month));

  if (missingMonths.length > 0) {
    const reason = incompleteReason(missingMonths);

    return { ...base, status: 'incomplete', missingMonths, reason };
  }
  const monthValues = setup.months.map((month) => collected.values.get(month) as Decimal);
  const value = combineMonths(input.accumulation, monthValues);

  return {
    ...base,
    status: 'complete',
    value: roundScore(value, setup.decimals),
    exactValue: toPlainDecimalText(value),
    decimals: setup.decimals,
  };
}

/** Returns the three months of a fiscal quarter as `YYYY-MM`; throws a RangeError for an invalid quarter or year. */
export function fiscalQuarterMonths(fiscalYear: number, quarter: FiscalQuarter): string[] {
  const start = fiscalQuarterRange(fiscalYear, quarter).start;
  const year = Number(start.slice(0, 4));
  const firstMonth = Number(start.slice(5, 7));

  return [0, 1, 2].map(
    (offset) => `${String(year).padStart(4, '0')}-${String(firstMonth + offset).padStart(2, '0')}`,
  );
}

function invalidQuarter(reason: ScoreReason): InvalidQuarterInput {
  return { status: 'invalid', modelVersion: SCORING_MODEL_VERSIONS.quarterAggregation, reason };
}

function checkAggregationSetup(
  input: QuarterAggregationInput,
): { months: string[]; decimals: number } | { reason: ScoreReason } {
  const accumulation: string = input.accumulation;

  if (accumulation !== 'cumulative' && accumulation !== 'flow') {
    return {
      reason: scoreReason(
        'INVALID_ACCUMULATION',
        `ลักษณะการสะสมค่า "${accumulation}" ไม่ถูกต้อง ต้องเป็น cumulative (ค่าสะสม) หรือ flow (ค่ารายเดือน)`,
        `Invalid accumulation "${accumulation}": expected cumulative or flow.`,
      ),
    };
  }
  const rounding = checkDecimals({ decimals: input.decimals });

  if ('reason' in rounding) {
    return rounding;
  }
  const months = quarterMonthsOrNull(input.fiscalYear, input.quarter);

  return months
    ? { months, decimals: rounding.decimals }
    : { reason: invalidPeriodReason(input.fiscalYear, input.quarter) };
}

function quarterMonthsOrNull(fiscalYear: number, quarter: number): string[] | null {
  if (![1, 2, 3, 4].includes(quarter)) {
    return null;
  }
  try {
    return fiscalQuarterMonths(fiscalYear, quarter as FiscalQuarter);
  } catch (error) {
    if (error instanceof RangeError) {
      return null;
    }
    throw error;
  }
}

function collectQuarterValues(
  months: readonly string[],
  monthlyValues: readonly MonthlyValue[],
): { values: Map<string, Decimal> } | { reason: ScoreReason } {
  const values = new Map<string, Decimal>();

  for (const entry of monthlyValues) {
    if (!MONTH_PATTERN.test(entry.month)) {
      return { reason: invalidMonthReason(entry.month) };
    }
    if (!months.includes(entry.month)) {
      continue;
    }
    const parsed = parseDecimalInput(entry.value);

    if (parsed.status === 'invalid') {
      return { reason: invalidNumberReason('monthly value', `${entry.month}: ${parsed.raw}`) };
    }
    if (parsed.status === 'missing') {
      continue;
    }
    if (values.has(entry.month)) {
      return { reason: duplicateMonthReason(entry.month) };
    }
    values.set(entry.month, parsed.value);
  }

  return { values };
}

function combineMonths(accumulation: Accumulation, values: Decimal[]): Decimal {
  if (accumulation === 'cumulative') {
    return values[values.length - 1];
  }

  return values.reduce((total, value) => total.plus(value), new ScoreDecimal(0));
}

function incompleteReason(missingMonths: string[]): ScoreReason {
  const list = missingMonths.join(', ');

  return {
    ...scoreReason(
      'QUARTER_INCOMPLETE',
      `ข้อมูลไตรมาสไม่ครบ: ไม่มีผลงานของเดือน ${list} จึงยังสรุปค่าของไตรมาสไม่ได้ (ไม่นับเป็นศูนย์)`,
      `The quarter is incomplete: no value was reported for ${list}, so the quarter has no value (missing months do not count as zero).`,
    ),
    missingMonths,
  };
}

function invalidPeriodReason(fiscalYear: number, quarter: number): ScoreReason {
  return scoreReason(
    'INVALID_PERIOD',
    `ปีงบประมาณ ${String(fiscalYear)} ไตรมาส ${String(quarter)} ไม่ถูกต้อง ปีงบประมาณต้องเป็นปี พ.ศ. ตั้งแต่ 2484 และไตรมาสต้องเป็น 1 ถึง 4`,
    `Invalid fiscal period ${String(fiscalYear)} Q${String(quarter)}: expected a Buddhist-era fiscal year from 2484 and a quarter from 1 to 4.`,
  );
}

function invalidMonthReason(month: string): ScoreReason {
  return scoreReason(
    'INVALID_MONTH',
    `เดือน "${month}" ไม่ถูกต้อง ต้องอยู่ในรูปแบบ YYYY-MM ปี ค.ศ. เช่น 2020-10`,
    `Invalid month "${month}": expected YYYY-MM in the Christian era, such as 2020-10.`,
  );
}

function duplicateMonthReason(month: string): ScoreReason {
  return scoreReason(
    'DUPLICATE_MONTH',
    `มีผลงานของเดือน ${month} มากกว่าหนึ่งค่า ให้ส่งค่าเดียวต่อเดือน`,
    `More than one value was given for ${month}: send one value per month.`,
  );
}
