/** Thai name and abbreviation of a month, index 0 = January. */
export interface ThaiMonth {
  name: string;
  abbreviation: string;
}

export const THAI_MONTHS: readonly ThaiMonth[] = [
  { name: 'มกราคม', abbreviation: 'ม.ค.' },
  { name: 'กุมภาพันธ์', abbreviation: 'ก.พ.' },
  { name: 'มีนาคม', abbreviation: 'มี.ค.' },
  { name: 'เมษายน', abbreviation: 'เม.ย.' },
  { name: 'พฤษภาคม', abbreviation: 'พ.ค.' },
  { name: 'มิถุนายน', abbreviation: 'มิ.ย.' },
  { name: 'กรกฎาคม', abbreviation: 'ก.ค.' },
  { name: 'สิงหาคม', abbreviation: 'ส.ค.' },
  { name: 'กันยายน', abbreviation: 'ก.ย.' },
  { name: 'ตุลาคม', abbreviation: 'ต.ค.' },
  { name: 'พฤศจิกายน', abbreviation: 'พ.ย.' },
  { name: 'ธันวาคม', abbreviation: 'ธ.ค.' },
];

// Abbreviations are matched with their dots and spaces removed, so `ต.ค.`, `ต.ค` and `ตค.` agree.
const MONTH_BY_KEY = new Map<string, number>(
  THAI_MONTHS.flatMap((month, index): [string, number][] => [
    [month.name, index + 1],
    [toMonthKey(month.abbreviation), index + 1],
  ]),
);

/**
 * Regular-expression source matching any Thai month name or abbreviation, full names first.
 * An abbreviation may lose its dots or have a space after a dot (`ต.ค.`, `ต.ค`, `ต. ค.`).
 */
export const THAI_MONTH_PATTERN = [
  ...THAI_MONTHS.map((month) => month.name),
  ...THAI_MONTHS.map(
    (month) => [...toMonthKey(month.abbreviation)].join(String.raw`\.?\s?`) + String.raw`\.?`,
  ),
].join('|');

/** Returns the month number 1–12 of a Thai month name or abbreviation, or null. */
export function thaiMonthNumber(text: string): number | null {
  return MONTH_BY_KEY.get(toMonthKey(text)) ?? null;
}

function toMonthKey(text: string): string {
  return text.replace(/[.\s]/g, '');
}
