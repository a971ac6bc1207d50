import Decimal from 'decimal.js';

/**
 * Decimal constructor for every score computation. Its own settings keep scores independent of
 * any global `Decimal.set` elsewhere in the process: divisions keep 40 significant digits, so only
 * the final rounding in `roundScore` changes a value by an amount a reader could see.
 */
export const ScoreDecimal = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

/** A number as it arrives from storage or a request: decimal text, a JS number or a Decimal. */
export type DecimalInput = string | number | Decimal | null | undefined;

/** A parsed input: a finite decimal, missing (null, undefined or blank text), or invalid. */
export type ParsedDecimal =
  { status: 'value'; value: Decimal } | { status: 'missing' } | { status: 'invalid'; raw: string };

// Plain decimal notation only: no exponent, hexadecimal, thousands separator, NaN or Infinity,
// which decimal.js would otherwise accept or throw on.
const PLAIN_DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Parses a score input without throwing; see ParsedDecimal for the three outcomes. */
export function parseDecimalInput(input: DecimalInput): ParsedDecimal {
  if (input === null || input === undefined) {
    return { status: 'missing' };
  }
  if (typeof input === 'number') {
    // decimal.js reads a JS number through its shortest string form, so 1.005 stays 1.005.
    return Number.isFinite(input)
      ? { status: 'value', value: new ScoreDecimal(input) }
      : { status: 'invalid', raw: String(input) };
  }
  if (typeof input === 'string') {
    const text = input.trim();

    if (text === '') {
      return { status: 'missing' };
    }

    return PLAIN_DECIMAL.test(text)
      ? { status: 'value', value: new ScoreDecimal(text) }
      : { status: 'invalid', raw: input };
  }

  return input.isFinite()
    ? { status: 'value', value: new ScoreDecimal(input) }
    : { status: 'invalid', raw: input.toString() };
}

/** Formats a decimal as plain text without an exponent, for storage beside a rounded score. */
export function toPlainDecimalText(value: Decimal): string {
  return value.toFixed();
}
