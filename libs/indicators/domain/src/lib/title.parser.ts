import { thaiDigitsToAscii } from '@bma-kpi/util-thai';

/** Family number and year read from a printed title. */
export interface TitleDetails {
  /** Number prefixed to the title, such as the KPI family `5.2`, in ASCII digits. */
  familyNumber: string | null;
  /** Buddhist-era year printed in the title, `(2564)` or `ปี 2564`. */
  printedYear: number | null;
}

const NUMBER = String.raw`(\d+(?:\.\d+)*)`;
// Prefixes seen before KPI names, most specific first: `(5.2) `, `10/สปท.5.2 `, `มิติที่ 5.2 `,
// `ปี 2564 ๒. `, `5.2 ` or `5.2ร้อยละ`, and plain ordinals such as `7. ` or `๑. `.
const PREFIXES: readonly RegExp[] = [
  new RegExp(String.raw`^\(${NUMBER}\)`),
  new RegExp(String.raw`^\d+/[^\d\s]{1,20}?${NUMBER}`),
  new RegExp(String.raw`^มิติที่\s?${NUMBER}`),
  new RegExp(String.raw`^ปี\s?\d{4}\s${NUMBER}\.?`),
  /^(\d+\.\d+(?:\.\d+)*)(?![\d.])/,
  /^(\d+)\.(?!\d)/,
];
const YEAR_IN_PARENTHESES = /\((25\d\d)\)/;
const YEAR_PREFIX = /^ปี\s?(25\d\d)(?!\d)/;

/** Reads the family number and year from a printed title, which itself stays as printed. */
export function readTitleDetails(title: string): TitleDetails {
  const ascii = thaiDigitsToAscii(title.trim());
  const prefix = PREFIXES.map((pattern) => pattern.exec(ascii)).find((match) => match !== null);
  const year = YEAR_IN_PARENTHESES.exec(ascii) ?? YEAR_PREFIX.exec(ascii);

  return {
    familyNumber: prefix ? prefix[1] : null,
    printedYear: year ? Number(year[1]) : null,
  };
}
