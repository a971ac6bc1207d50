import Decimal from 'decimal.js';

import { ScoreDecimal } from './score-decimal';

/** Decimals used when an indicator declares none. */
export const DEFAULT_SCORE_DECIMALS = 2;

/** Largest number of decimals a score may be rounded to. */
export const MAX_SCORE_DECIMALS = 20;

/** Tells whether a declared number of decimals is an integer from 0 to MAX_SCORE_DECIMALS. */
export function isValidScoreDecimals(decimals: number): boolean {
  return Number.isInteger(decimals) && decimals >= 0 && decimals <= MAX_SCORE_DECIMALS;
}

/** Returns the declared decimals, or DEFAULT_SCORE_DECIMALS when the indicator declares none. */
export function resolveScoreDecimals(decimals: number | null | undefined): number {
  return decimals ?? DEFAULT_SCORE_DECIMALS;
}

/**
 * Rounds a value by the one rounding rule for scores, aggregates and every value the API or an
 * export shows.
 *
 * Scoring computes in decimal arithmetic (never binary floating point) and rounds once, at the
 * end, to the indicator's declared decimals (2 when unset). Ties round half away from zero
 * (decimal.js ROUND_HALF_UP), so 1.005 becomes 1.01 at 2 decimals and -2.5 becomes -3 at 0
 * decimals. A result that rounds to zero is returned as 0, never -0.
 *
 * Throws a RangeError when decimals is not an integer from 0 to MAX_SCORE_DECIMALS or the value is
 * NaN or infinite, because those are caller errors (decimal.js itself throws on non-numeric text).
 * The scoring models check their inputs first and report problems as a reason instead.
 */
export function roundScore(value: Decimal.Value, decimals?: number | null): number {
  const places = resolveScoreDecimals(decimals);

  if (!isValidScoreDecimals(places)) {
    throw new RangeError(
      `Invalid score decimals ${String(places)}: expected an integer from 0 to ${MAX_SCORE_DECIMALS}.`,
    );
  }
  const exact = new ScoreDecimal(value);

  if (!exact.isFinite()) {
    throw new RangeError(`Invalid score value ${exact.toString()}: expected a finite number.`);
  }
  const rounded = exact.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);

  return rounded.isZero() ? 0 : rounded.toNumber();
}
