import { BUDDHIST_ERA_OFFSET, FIRST_CONVERTIBLE_CE_YEAR } from './buddhist-era.util';
import { formatIsoDate, isValidCalendarDate } from './calendar-date.util';
import type { NoteDate, NoteDateFormat } from './note-date.types';
import { thaiDigitsToAscii } from './thai-digits.util';
import { THAI_MONTH_PATTERN, thaiMonthNumber } from './thai-months.data';

/**
 * Regular-expression source, without groups or anchors, that matches one note date in any form
 * parseNoteDate reads, with Thai or ASCII digits: `28/10/2563`, `1/31/2021`, `13 ธันวาคม 2566`,
 * `เดือนต.ค. 63`. Use it to find dates inside text, then pass each match to parseNoteDate.
 */
export const NOTE_DATE_PATTERN = [
  String.raw`[0-9๐-๙]{1,2}/[0-9๐-๙]{1,2}/[0-9๐-๙]{4}`,
  String.raw`(?:วันที่\s?)?(?:[0-9๐-๙]{1,2}\s?|เดือน\s?)(?:${THAI_MONTH_PATTERN})\s?(?:พ\.\s?ศ\.\s?)?[0-9๐-๙]{2,4}`,
].join('|');

const MAX_DATE_LENGTH = 64;
const BEFORE_1941 = 'dates before 1941 (BE 2484) are not supported';
// Years from 2400 are Buddhist era and years below 2100 are Christian era. The gap is neither.
const FIRST_BE_YEAR = 2400;
const LAST_CE_YEAR = 2099;
const NUMERIC_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{2,4})$/;
const MONTH_NAME_DATE = new RegExp(
  String.raw`^(?:วันที่\s*)?(?:(\d{1,2})\s*)?(?:เดือน\s*)?(${THAI_MONTH_PATTERN})\s*(?:พ\.\s?ศ\.\s*)?(\d{2}|\d{4})$`,
);

/**
 * Reads the date of a progress note. Numeric dates with a BE year (≥ 2400) are day/month.
 * With a CE year (< 2100) month/day is the usual order. When both parts are 12 or less, the
 * result is `ambiguous`, and resolveNoteDates may settle it from the neighbouring notes.
 * Thai month names take a 2-digit BE year (`ต.ค. 63` = 2563) or a 4-digit year.
 */
export function parseNoteDate(raw: string): NoteDate {
  const text = thaiDigitsToAscii(raw.trim()).replace(/\s+/g, ' ');

  if (text.length > MAX_DATE_LENGTH) {
    return invalid(raw, 'text is too long to be a date');
  }
  const numeric = NUMERIC_DATE.exec(text);

  if (numeric) {
    return parseNumericDate(raw, Number(numeric[1]), Number(numeric[2]), numeric[3]);
  }
  const named = MONTH_NAME_DATE.exec(text);

  if (named) {
    return parseMonthNameDate(raw, named[1], named[2], named[3]);
  }

  return invalid(raw, 'not a date in a known form (d/m/BBBB, m/d/YYYY, d เดือน ปี)');
}

function parseNumericDate(raw: string, first: number, second: number, yearText: string): NoteDate {
  if (yearText.length !== 4) {
    return invalid(raw, 'a numeric date needs a 4-digit year to tell the era');
  }
  const year = Number(yearText);

  if (year >= FIRST_BE_YEAR) {
    return buildDate(raw, toCeYear(year), second, first, 'd/m/BE');
  }
  if (year > LAST_CE_YEAR) {
    return invalid(raw, `year ${year} is neither Christian era (< 2100) nor Buddhist era (≥ 2400)`);
  }
  if (year < FIRST_CONVERTIBLE_CE_YEAR) {
    return invalid(raw, BEFORE_1941);
  }
  const monthDay = isValidCalendarDate(year, first, second);
  const dayMonth = isValidCalendarDate(year, second, first);

  if (monthDay && dayMonth && first !== second) {
    return {
      kind: 'ambiguous',
      candidates: [isoOf(year, first, second), isoOf(year, second, first)],
      raw,
      reason: `both ${first} and ${second} can be the month, so the order of day and month is unknown`,
    };
  }

  return dayMonth && !monthDay
    ? buildDate(raw, year, second, first, 'd/m/CE')
    : buildDate(raw, year, first, second, 'm/d/CE');
}

function parseMonthNameDate(
  raw: string,
  dayText: string | undefined,
  monthText: string,
  yearText: string,
): NoteDate {
  const month = thaiMonthNumber(monthText) ?? 0;
  // A 2-digit year after a Thai month is the last two digits of a BE year: 63 = 2563.
  const year = yearText.length === 2 ? 2500 + Number(yearText) : Number(yearText);

  if (year > LAST_CE_YEAR && year < FIRST_BE_YEAR) {
    return invalid(raw, `year ${year} is neither Christian era (< 2100) nor Buddhist era (≥ 2400)`);
  }
  const ceYear = year >= FIRST_BE_YEAR ? toCeYear(year) : year;

  if (dayText === undefined) {
    return buildDate(raw, ceYear, month, 1, 'month year');
  }

  return buildDate(raw, ceYear, month, Number(dayText), 'd month year');
}

function buildDate(
  raw: string,
  year: number,
  month: number,
  day: number,
  format: NoteDateFormat,
): NoteDate {
  if (year < FIRST_CONVERTIBLE_CE_YEAR) {
    return invalid(raw, BEFORE_1941);
  }
  if (month < 1 || month > 12) {
    return invalid(raw, `month ${month} does not exist`);
  }
  if (!isValidCalendarDate(year, month, day)) {
    return invalid(raw, `day ${day} does not exist in ${isoOf(year, month, 1).slice(0, 7)}`);
  }

  return {
    kind: 'date',
    iso: isoOf(year, month, day),
    format,
    precision: format === 'month year' ? 'month' : 'day',
    raw,
    resolvedBySequence: false,
  };
}

// BE years before 2484 give CE years before 1941, which buildDate rejects with one message.
function toCeYear(beYear: number): number {
  return beYear - BUDDHIST_ERA_OFFSET;
}

function isoOf(year: number, month: number, day: number): string {
  return formatIsoDate({ year, month, day });
}

function invalid(raw: string, reason: string): NoteDate {
  return { kind: 'invalid', raw, reason };
}
