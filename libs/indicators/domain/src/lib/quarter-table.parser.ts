import { parseThaiNumber } from '@bma-kpi/util-thai';

import type { FiscalQuarter, QuarterPlan } from './kpi-record';

const MAX_ROW_LENGTH = 200;
const QUARTER_CELL = /^(?:ไตรมาสที่\s?)?([1-4])$/;
const ROW_START = /^(?:ไตรมาสที่\s?)?([1-4])(?:\s|$)/;
const PAIR_AT_END = /(\d+(?:\.\d+)?\s?\/\s?\d+(?:\.\d+)?)$/;
const COLUMN_HEADER = /\*ผลงาน\*|\(\*|ประเมิน|^ไตรมาส(?:ที่)?$/;

/** Tells whether a line inside the quarter table is its column header row. */
export function isQuarterColumnHeader(asciiLine: string): boolean {
  return (
    asciiLine.length <= MAX_ROW_LENGTH &&
    !ROW_START.test(asciiLine) &&
    COLUMN_HEADER.test(asciiLine)
  );
}

/**
 * Reads one row of `ผลงานเทียบกับเป้าหมายรายไตรมาส`: quarter, planned cumulative value,
 * assessment (0, 100 or blank) and the `A / B` pair. Tab-separated rows keep empty cells in
 * place. Space-separated rows are read left to right after the pair is taken from the end.
 * Returns null when the line is not such a row.
 */
// NOTE: the one-row-per-line shape is assumed from how HTML tables export as text, because no
// real export of this table was available to check it.
export function parseQuarterRow(asciiLine: string): QuarterPlan | null {
  if (asciiLine.length > MAX_ROW_LENGTH || !ROW_START.test(asciiLine)) {
    return null;
  }

  return asciiLine.includes('\t') ? parseTabRow(asciiLine) : parseSpacedRow(asciiLine);
}

function parseTabRow(line: string): QuarterPlan | null {
  const [quarterCell = '', planned = '', assessment = '', pair = ''] = line
    .split('\t')
    .map((cell) => cell.trim());
  const quarter = QUARTER_CELL.exec(quarterCell);

  if (!quarter) {
    return null;
  }

  return buildRow(Number(quarter[1]) as FiscalQuarter, planned, assessment, pair);
}

function parseSpacedRow(line: string): QuarterPlan | null {
  const quarter = ROW_START.exec(line);

  if (!quarter) {
    return null;
  }
  let rest = line.slice(quarter[0].length).trim();
  const pair = PAIR_AT_END.exec(rest);

  if (pair) {
    rest = rest.slice(0, pair.index).trim();
  }
  const [planned = '', assessment = '', ...extra] = rest === '' ? [] : rest.split(/\s+/);

  return extra.length > 0
    ? null
    : buildRow(Number(quarter[1]) as FiscalQuarter, planned, assessment, pair?.[1] ?? '');
}

function buildRow(
  quarter: FiscalQuarter,
  planned: string,
  assessment: string,
  pair: string,
): QuarterPlan | null {
  const plannedValue = readCell(planned);
  const assessmentValue = readCell(assessment);

  if (plannedValue === undefined || assessmentValue === undefined) {
    return null;
  }

  return {
    quarter,
    planned: plannedValue,
    assessment: assessmentValue,
    pairRaw: pair === '' ? null : pair,
  };
}

// Returns null for an empty cell and undefined for a cell that is not a number.
function readCell(cell: string): number | null | undefined {
  if (cell === '' || cell === '-') {
    return null;
  }

  return parseThaiNumber(cell)?.value;
}
