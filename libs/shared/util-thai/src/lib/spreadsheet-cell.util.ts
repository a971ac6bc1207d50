/** Characters with which Excel and LibreOffice start a formula when a CSV cell begins with them. */
const formulaStart = /^[=+\-@\t\r]/u;
/** Numbers keep their sign, since a spreadsheet reads them as numbers, not formulas. */
const plainNumber = /^[+-]?\d+([.,]\d+)*%?$/u;

/**
 * Prefixes a CSV cell that a spreadsheet would run as a formula with an apostrophe, so an exported
 * title such as `=HYPERLINK(…)` shows as text (OWASP "CSV injection").
 */
export function csvFormulaSafe(value: string): string {
  return formulaStart.test(value) && !plainNumber.test(value) ? `'${value}` : value;
}

/** csv-stringify `cast` option that applies csvFormulaSafe to every text cell. */
export const csvSafeCast = { string: csvFormulaSafe } as const;
