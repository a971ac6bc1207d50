import type { HolidayRecord } from '@bma-kpi/notification-data-access';
import { HolidayCalendar, fixedThaiHolidays, type Holiday } from '@bma-kpi/util-thai';

/** The holidays reminders skip, and the years whose table was empty. */
export interface ReminderHolidays {
  calendar: HolidayCalendar;
  /** Christian-era years without stored holidays, for which the fixed-date holidays were used. */
  defaultedYears: number[];
}

/**
 * Builds the calendar of Christian-era years `fromYear` to `toYear` from the stored holiday table.
 * A year without a single stored row gets the fixed-date Thai holidays and their substitution
 * days, so reminders never treat New Year's Day or Songkran as working days. NOTE: such a year
 * still lacks the lunar and special holidays until operators store its table.
 */
export function buildReminderHolidays(stored: readonly HolidayRecord[], fromYear: number, toYear: number): ReminderHolidays {
  const storedYears = new Set(stored.map((holiday) => Number(holiday.date.slice(0, 4))));
  const defaultedYears: number[] = [];
  const holidays: Holiday[] = [...stored];

  for (let year = fromYear; year <= toYear; year += 1) {
    if (!storedYears.has(year)) {
      defaultedYears.push(year);
      holidays.push(...fixedThaiHolidays(year));
    }
  }

  return { calendar: new HolidayCalendar(holidays), defaultedYears };
}
