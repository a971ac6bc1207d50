import {
  type CalendarDate,
  formatIsoDate,
  parseIsoDate,
  toBangkokIsoDate,
} from '@bma-kpi/util-thai';

// The offset is read from the IANA database through Intl, never from the host's time zone.
const bangkokClock = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Bangkok',
  calendar: 'gregory',
  numberingSystem: 'latn',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

const MILLISECONDS_PER_DAY = 24 * 60 * 60 * 1000;

/** Returns the calendar date `days` days after an ISO date (negative days go back). */
export function addDays(isoDate: string, days: number): string {
  const date = parseIsoDate(isoDate);
  const shifted = new Date(
    Date.UTC(date.year, date.month - 1, date.day) + days * MILLISECONDS_PER_DAY,
  );

  return formatIsoDate({
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  });
}

/**
 * Returns the instant at which a Bangkok calendar day begins, as an ISO timestamp in UTC:
 * `2020-11-16` → `2020-11-15T17:00:00.000Z`. The offset is taken at that instant, which is exact
 * for Asia/Bangkok because its offset has not changed since 1920.
 */
export function startOfBangkokDay(isoDate: string): string {
  const date: CalendarDate = parseIsoDate(isoDate);
  const wallClockMs = Date.UTC(date.year, date.month - 1, date.day);

  return new Date(wallClockMs - bangkokOffsetMs(wallClockMs)).toISOString();
}

/**
 * Returns the Bangkok calendar date of an ISO timestamp, or null when the text is not a timestamp
 * with `Z` or an explicit offset. A date without a time is rejected too, because it names a day
 * and not a point in time.
 */
export function bangkokDateOfInstant(instant: string): string | null {
  if (typeof instant !== 'string' || !instant.includes('T')) {
    return null;
  }
  try {
    return toBangkokIsoDate(instant);
  } catch (error) {
    if (error instanceof RangeError) {
      return null;
    }
    throw error;
  }
}

// Asia/Bangkok has kept UTC+07:00 since 1920-04-01 (IANA tzdata, zone Asia/Bangkok), so later
// instants skip the Intl call, the larger part of building a round's schedule.
const FIXED_OFFSET_SINCE_MS = Date.UTC(1921, 0, 1);
const FIXED_OFFSET_MS = 7 * 60 * 60 * 1000;

/** Returns Bangkok's offset from UTC at an instant, in milliseconds. */
export function bangkokOffsetMs(utcMs: number): number {
  return utcMs >= FIXED_OFFSET_SINCE_MS ? FIXED_OFFSET_MS : intlOffsetMs(utcMs);
}

/** Returns Bangkok's offset from UTC at an instant as the IANA database through Intl gives it. */
export function intlOffsetMs(utcMs: number): number {
  const parts = bangkokClock.formatToParts(new Date(utcMs));
  const read = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((part) => part.type === type)?.value);
  const wallClockMs = Date.UTC(
    read('year'),
    read('month') - 1,
    read('day'),
    read('hour'),
    read('minute'),
    read('second'),
  );

  return wallClockMs - utcMs;
}
