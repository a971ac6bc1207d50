import { formatIsoDate, parseIsoDate } from './calendar-date.util';
import { FIXED_THAI_HOLIDAYS } from './thai-holidays.data';
import {
  FIRST_DAY,
  LAST_DAY,
  countInRange,
  isWeekendDay,
  toDayNumber,
  toIsoDate,
  weekdayAt,
  weekdaysBefore,
} from './working-days-arithmetic.util';

/** One holiday: an ISO date, Thai and English names, and whether it is a substitution day. */
export interface Holiday {
  date: string;
  nameTh: string;
  nameEn: string;
  substitution?: boolean;
}

/**
 * An immutable set of holidays, looked up by ISO date in O(1). Several holidays may share a date,
 * because a lunar holiday can fall on a fixed one. holidays() returns all of them, and holidayOn
 * returns the first one given. The constructor throws a RangeError naming the first invalid date.
 */
export class HolidayCalendar {
  readonly #sorted: readonly Holiday[];
  readonly #byDate = new Map<string, Holiday>();

  constructor(holidays: readonly Holiday[]) {
    // Each date is validated, and frozen copies keep later edits of the caller's list out.
    const copies = holidays.map((holiday) => {
      parseIsoDate(holiday.date);

      return Object.freeze({ ...holiday });
    });

    this.#sorted = Object.freeze(copies.sort(compareByDate));
    for (const holiday of this.#sorted) {
      if (!this.#byDate.has(holiday.date)) {
        this.#byDate.set(holiday.date, holiday);
      }
    }
  }

  /** Checks whether a date is a holiday. Throws a RangeError for an invalid date. */
  isHoliday(date: string): boolean {
    return this.holidayOn(date) !== undefined;
  }

  /** Returns the first holiday given for a date. Throws a RangeError for an invalid date. */
  holidayOn(date: string): Holiday | undefined {
    parseIsoDate(date);

    return this.#byDate.get(date);
  }

  /** Returns every holiday sorted by date, keeping the given order of holidays on one date. */
  holidays(): readonly Holiday[] {
    return this.#sorted;
  }
}

/** Checks whether a date is a Saturday or a Sunday. Throws a RangeError for an invalid date. */
export function isWeekend(date: string): boolean {
  return isWeekendDay(toDayNumber(date));
}

/** Checks whether a date is a Monday–Friday that is not a holiday of the calendar. */
export function isWorkingDay(date: string, calendar: HolidayCalendar): boolean {
  return !isWeekend(date) && !calendar.isHoliday(date);
}

/** Returns the date itself when it is a working day, else the first working day after it. */
export function nextWorkingDay(date: string, calendar: HolidayCalendar): string {
  return isWorkingDay(date, calendar) ? date : addWorkingDays(date, 1, calendar);
}

/** Returns the date itself when it is a working day, else the last working day before it. */
export function previousWorkingDay(date: string, calendar: HolidayCalendar): string {
  return isWorkingDay(date, calendar) ? date : addWorkingDays(date, -1, calendar);
}

/**
 * Adds n working days to a date. For n > 0 it returns the n-th working day after the date, and
 * for n < 0 the |n|-th working day before it, so a Saturday minus 1 is the Friday before.
 * For n = 0 it returns nextWorkingDay(date), because a deadline on a holiday moves forward.
 * workingDaysBetween(date, result) is n when n > 0, and when n < 0 and the date is a working day.
 * Throws a RangeError for an invalid date, an n that is not a safe integer, or a result outside
 * the years 0000–9999. The cost grows with the number of holidays, not with n.
 */
export function addWorkingDays(date: string, n: number, calendar: HolidayCalendar): string {
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(`Invalid number of working days ${String(n)}: expected a whole number.`);
  }
  let day = toDayNumber(date);

  if (n === 0) {
    return nextWorkingDay(date, calendar);
  }
  const holidays = weekdayHolidaysOf(calendar);
  let remaining = n;

  // Each round jumps over `remaining` weekdays and then owes one working day for each holiday
  // it jumped over. The last round jumps over no holiday, so it ends on a working day.
  while (remaining > 0) {
    const target = weekdayAt(weekdaysBefore(day + 1) + remaining - 1);

    remaining = countInRange(holidays, day + 1, target + 1);
    day = target;
  }
  while (remaining < 0) {
    const target = weekdayAt(weekdaysBefore(day) + remaining);

    remaining = -countInRange(holidays, target, day);
    day = target;
  }
  if (!(day >= FIRST_DAY && day <= LAST_DAY)) {
    throw new RangeError(
      `Adding ${String(n)} working days to ${date} gives a date outside 0000-01-01..9999-12-31.`,
    );
  }

  return toIsoDate(day);
}

/**
 * Counts the working days strictly after `from` up to and including `to`, so Friday to the next
 * Monday is 1. The count is negative when `to` is before `from`, so workingDaysBetween(a, b) is
 * -workingDaysBetween(b, a). Throws a RangeError for an invalid date.
 */
export function workingDaysBetween(from: string, to: string, calendar: HolidayCalendar): number {
  const start = toDayNumber(from);
  const end = toDayNumber(to);

  // Subtracting from 0 keeps an empty backward count at 0 rather than -0.
  return end < start
    ? 0 - countWorkingDays(end, start, calendar)
    : countWorkingDays(start, end, calendar);
}

/**
 * Returns the Thai public holidays with fixed dates in one Christian-era year, plus the
 * substitution days that withSubstitutionDays gives them. A substitution day in early January
 * for a weekend 31 December of the year before is included, and one that 31 December of this
 * year pushes into next January is left to next year's list. Throws a RangeError for a year
 * that is not a whole number from 1 to 9998.
 *
 * NOTE: lunar holidays (Makha Bucha, Visakha Bucha, Asalha Bucha, Buddhist Lent) and one-off
 * special holidays move every year and are not computed, so callers must add them for each year.
 * NOTE: the list is the one in force now and is applied to every year, so past years that had
 * other fixed holidays come out wrong.
 */
export function fixedThaiHolidays(year: number): Holiday[] {
  if (!Number.isInteger(year) || year < 1 || year > 9998) {
    throw new RangeError(`Invalid year ${String(year)}: expected a whole number from 1 to 9998.`);
  }
  const yearPrefix = formatIsoDate({ year, month: 1, day: 1 }).slice(0, 5);
  const nearby = [year - 1, year, year + 1].flatMap((nearbyYear) =>
    FIXED_THAI_HOLIDAYS.map(({ month, day, nameTh, nameEn }) => ({
      date: formatIsoDate({ year: nearbyYear, month, day }),
      nameTh,
      nameEn,
    })),
  );

  return withSubstitutionDays(nearby).filter((holiday) => holiday.date.startsWith(yearPrefix));
}

/**
 * Adds substitution days to a list of holidays (fixed, lunar and special ones alike) and returns
 * the list sorted by date. Each date on which a holiday falls on a Saturday or Sunday gets one
 * substitution day, which is the first later weekday that is neither a holiday nor already
 * another date's substitution day. Dates are handled in order, so a weekend Songkran that ends
 * on a Monday holiday gives substitution days on the Tuesday and the Wednesday.
 * Entries already marked `substitution` are kept unless another holiday falls on their date,
 * and a computed day that one of them already covers is not added twice. So the output of
 * fixedThaiHolidays can be passed in again together with lunar holidays. Only holidays in the
 * list count, so include the previous year's 31 December to get its substitution day in January.
 * Throws a RangeError for an invalid date.
 *
 * NOTE: the Cabinet sometimes grants fewer, other or extra days than this rule (for Songkran or
 * New Year's Eve, for example). Callers then build a HolidayCalendar from their own list.
 */
export function withSubstitutionDays(holidays: readonly Holiday[]): Holiday[] {
  const observed = holidays.filter((holiday) => holiday.substitution !== true);
  const observedDays = new Set(observed.map((holiday) => toDayNumber(holiday.date)));
  const givenSubstitutions = holidays.filter(
    (holiday) => holiday.substitution === true && !observedDays.has(toDayNumber(holiday.date)),
  );
  const givenSubstitutionDays = new Set(
    givenSubstitutions.map((holiday) => toDayNumber(holiday.date)),
  );
  const assignedDays = new Set<number>();
  const computed: Holiday[] = [];

  for (const source of weekendSources(observed)) {
    let day = toDayNumber(source.date) + 1;

    while (isWeekendDay(day) || observedDays.has(day) || assignedDays.has(day)) {
      day += 1;
    }
    assignedDays.add(day);
    if (!givenSubstitutionDays.has(day)) {
      computed.push({
        date: toIsoDate(day),
        nameTh: `วันหยุดชดเชย${source.nameTh}`,
        nameEn: `Substitution for ${source.nameEn}`,
        substitution: true,
      });
    }
  }

  return [...observed, ...givenSubstitutions, ...computed].sort(compareByDate);
}

/** Returns the first holiday on each distinct weekend date, in date order. */
function weekendSources(observed: readonly Holiday[]): Holiday[] {
  const sources = new Map<string, Holiday>();

  for (const holiday of [...observed].sort(compareByDate)) {
    if (!sources.has(holiday.date) && isWeekendDay(toDayNumber(holiday.date))) {
      sources.set(holiday.date, holiday);
    }
  }

  return [...sources.values()];
}

function compareByDate(a: Holiday, b: Holiday): number {
  // Four-digit ISO dates sort as strings in calendar order.
  if (a.date === b.date) {
    return 0;
  }

  return a.date < b.date ? -1 : 1;
}

/** Counts working days strictly after one day number up to and including another. */
function countWorkingDays(after: number, upTo: number, calendar: HolidayCalendar): number {
  const weekdays = weekdaysBefore(upTo + 1) - weekdaysBefore(after + 1);

  return weekdays - countInRange(weekdayHolidaysOf(calendar), after + 1, upTo + 1);
}

// Calendars are immutable, so each one's sorted Monday–Friday holiday days are computed once.
const weekdayHolidayCache = new WeakMap<HolidayCalendar, readonly number[]>();

function weekdayHolidaysOf(calendar: HolidayCalendar): readonly number[] {
  let days = weekdayHolidayCache.get(calendar);

  if (days === undefined) {
    // holidays() is sorted, so the distinct day numbers come out ascending.
    const distinct = new Set(calendar.holidays().map((holiday) => toDayNumber(holiday.date)));

    days = [...distinct].filter((day) => !isWeekendDay(day));
    weekdayHolidayCache.set(calendar, days);
  }

  return days;
}
