/** A number read from text, with its exact decimal text for storage without float rounding. */
export interface ParsedNumber {
  value: number;
  /** ASCII digits, optional leading minus, no thousands separators; trailing zeros are kept. */
  decimal: string;
}

const THAI_DIGIT_ZERO = 0x0e50;
const THAI_DIGITS = /[\u0E50-\u0E59]/g;
// Either plain digits or digits grouped by commas in threes; a decimal comma is not accepted.
const NUMBER_TEXT = /^([+-]?)(\d+|\d{1,3}(?:,\d{3})+)(\.\d+)?$/;

/** Replaces the Thai digits ๐–๙ (U+0E50–U+0E59) with ASCII 0–9 and leaves everything else. */
export function thaiDigitsToAscii(text: string): string {
  return text.replace(THAI_DIGITS, (digit) =>
    String.fromCharCode(48 + digit.charCodeAt(0) - THAI_DIGIT_ZERO),
  );
}

/**
 * Parses a number written with Thai or ASCII digits and optional thousands separators
 * (`๒๒` → 22, `1,407.52` → 1407.52). Surrounding whitespace is ignored. Returns null when the
 * text is not exactly one number, for example `1,40` or `12 ครั้ง`.
 */
export function parseThaiNumber(text: string): ParsedNumber | null {
  const match = NUMBER_TEXT.exec(thaiDigitsToAscii(text.trim()));

  if (!match) {
    return null;
  }
  const sign = match[1] === '-' ? '-' : '';
  const decimal = `${sign}${match[2].replaceAll(',', '')}${match[3] ?? ''}`;

  return { value: Number(decimal), decimal };
}
