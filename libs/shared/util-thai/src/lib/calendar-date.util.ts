/** A calendar date in the proleptic Gregorian calendar; month is 1–12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** A date given either as an ISO calendar date (`2020-09-30`) or as an instant. */
export type DateInput = string | Date;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// An instant needs an explicit offset: without one, JavaScript reads it in the host's time zone.
const ISO_TIMESTAMP =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

// The IANA time zone database gives Asia/Bangkok UTC+7 without daylight saving from 1920 on,
// but the offset is still read from it rather than hard-coded.
const bangkokDateFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Bangkok',
  calendar: 'gregory',
  numberingSystem: 'latn',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** Returns the number of days in a month of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Tells whether year, month and day form an existing Gregorian date. */
export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Formats a calendar date as `YYYY-MM-DD`. */
export function formatIsoDate(date: CalendarDate): string {
  const year = String(date.year).padStart(4, '0');
  const month = String(date.month).padStart(2, '0');
  const day = String(date.day).padStart(2, '0');

  return `${year}-${month}-${day}`;
}

/** Parses a `YYYY-MM-DD` string. Throws a RangeError when it is malformed or does not exist. */
export function parseIsoDate(iso: string): CalendarDate {
  const match = ISO_DATE.exec(iso);

  if (!match) {
    throw new RangeError(`Invalid ISO date "${iso}": expected YYYY-MM-DD.`);
  }
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };

  if (!isValidCalendarDate(date.year, date.month, date.day)) {
    throw new RangeError(`Invalid ISO date "${iso}": no such day in the calendar.`);
  }

  return date;
}

/**
 * Returns the calendar date of the input in Bangkok. A `YYYY-MM-DD` string is already a Bangkok
 * calendar date. A `Date` or an ISO timestamp with an offset is an instant, which is converted
 * to Asia/Bangkok. Throws a RangeError on any other input.
 */
export function toBangkokCalendarDate(input: DateInput): CalendarDate {
  if (typeof input === 'string') {
    if (ISO_DATE.test(input)) {
      return parseIsoDate(input);
    }
    if (!ISO_TIMESTAMP.test(input)) {
      throw new RangeError(
        `Invalid date "${input}": expected YYYY-MM-DD or an ISO timestamp with Z or an offset.`,
      );
    }
  }
  const instant = typeof input === 'string' ? new Date(input) : input;

  if (Number.isNaN(instant.getTime())) {
    throw new RangeError(`Invalid date ${String(input)}: not a point in time.`);
  }

  return readBangkokParts(instant);
}

/** Returns the Bangkok calendar date of the input as `YYYY-MM-DD`; see toBangkokCalendarDate. */
export function toBangkokIsoDate(input: DateInput): string {
  return formatIsoDate(toBangkokCalendarDate(input));
}

function readBangkokParts(instant: Date): CalendarDate {
  const parts = bangkokDateFormat.formatToParts(instant);
  const read = (type: 'year' | 'month' | 'day'): number =>
    Number(parts.find((part) => part.type === type)?.value);

  return { year: read('year'), month: read('month'), day: read('day') };
}
