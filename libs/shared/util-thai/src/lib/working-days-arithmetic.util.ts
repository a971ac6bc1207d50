// Day numbers for working-day arithmetic: whole days since 1970-01-01 in the proleptic Gregorian
// calendar, negative before it. Plain integers make stepping and counting days exact.
import { formatIsoDate, parseIsoDate } from './calendar-date.util';

const MS_PER_DAY = 86_400_000;
// Day 0, 1970-01-01, was a Thursday (weekday 4 when Sunday is 0), and day 4 was a Monday.
const EPOCH_WEEKDAY = 4;
const FIRST_MONDAY = 4;

// parseIsoDate reads four-digit years only, so every result must stay within 0000–9999.
export const FIRST_DAY = toDayNumber('0000-01-01');
export const LAST_DAY = toDayNumber('9999-12-31');

/** Parses a date into days since 1970-01-01. Throws a RangeError for an invalid date. */
export function toDayNumber(date: string): number {
  const { year, month, day } = parseIsoDate(date);
  const instant = new Date(0);

  // Unlike Date.UTC, setUTCFullYear does not turn the years 0–99 into 1900–1999.
  instant.setUTCFullYear(year, month - 1, day);

  return instant.getTime() / MS_PER_DAY;
}

/** Formats a day number as `YYYY-MM-DD`. Throws a RangeError outside the years 0000–9999. */
export function toIsoDate(dayNumber: number): string {
  if (!(dayNumber >= FIRST_DAY && dayNumber <= LAST_DAY)) {
    throw new RangeError(
      `Invalid day number ${dayNumber}: the date is outside 0000-01-01..9999-12-31.`,
    );
  }
  const instant = new Date(dayNumber * MS_PER_DAY);

  return formatIsoDate({
    year: instant.getUTCFullYear(),
    month: instant.getUTCMonth() + 1,
    day: instant.getUTCDate(),
  });
}

export function isWeekendDay(dayNumber: number): boolean {
  const weekday = modulo(dayNumber + EPOCH_WEEKDAY, 7);

  return weekday === 0 || weekday === 6;
}

/**
 * Counts the Monday–Friday days from day 4, the first Monday, up to but not including a day.
 * Before day 4 it is minus the weekdays from the day up to day 4, so the difference of two
 * counts is the number of weekdays between the two days.
 */
export function weekdaysBefore(dayNumber: number): number {
  const offset = dayNumber - FIRST_MONDAY;
  const weeks = Math.floor(offset / 7);

  return weeks * 5 + Math.min(offset - weeks * 7, 5);
}

/** Returns the weekday that has `index` weekdays before it, which inverts weekdaysBefore. */
export function weekdayAt(index: number): number {
  const weeks = Math.floor(index / 5);

  return FIRST_MONDAY + weeks * 7 + (index - weeks * 5);
}

/** Counts the values of an ascending array that are >= from and < until. */
export function countInRange(sorted: readonly number[], from: number, until: number): number {
  return lowerBound(sorted, until) - lowerBound(sorted, from);
}

function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;

  while (low < high) {
    const middle = (low + high) >>> 1;

    if (sorted[middle] < value) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }

  return low;
}

function modulo(value: number, divisor: number): number {
  return ((value % divisor) + divisor) % divisor;
}
