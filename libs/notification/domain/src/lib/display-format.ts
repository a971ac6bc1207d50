import {
  THAI_MONTHS,
  formatThaiDate,
  parseIsoDate,
  toBuddhistYear,
  toChristianYear,
} from '@bma-kpi/util-thai';

/** Language of a notification: Thai first, English second. */
export type NotificationLanguage = 'th' | 'en';

/** Language used when a recipient has not chosen one. */
export const DEFAULT_LANGUAGE: NotificationLanguage = 'th';

export const NOTIFICATION_LANGUAGES: readonly NotificationLanguage[] = ['th', 'en'];

const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const YEAR_MONTH = /^(\d{4})-(\d{2})$/;

/**
 * Returns English for a language tag whose primary subtag is `en` (`en`, `EN`, `en-GB`, `en_US`)
 * and Thai for any other tag or none, because Thai is the default for BMA users.
 */
export function resolveLanguage(preferred: string | null | undefined): NotificationLanguage {
  const primary = (preferred ?? '').trim().toLowerCase().split(/[-_]/)[0];

  return primary === 'en' ? 'en' : DEFAULT_LANGUAGE;
}

/**
 * Formats an ISO date for people: `2021-01-20` is `20 มกราคม 2564` in Thai (Buddhist era) and
 * `20 January 2021` in English. Throws a RangeError for an invalid date, or in Thai for a year
 * before 1941, which has no fixed Buddhist-era offset.
 */
export function formatDisplayDate(iso: string, language: NotificationLanguage): string {
  if (language === 'th') {
    return formatThaiDate(iso);
  }
  const date = parseIsoDate(iso);

  return `${date.day} ${ENGLISH_MONTHS[date.month - 1]} ${date.year}`;
}

/**
 * Formats a `YYYY-MM` month for people: `2021-01` is `มกราคม 2564` in Thai and `January 2021`
 * in English. Throws a RangeError for a malformed month.
 */
export function formatDisplayMonth(yearMonth: string, language: NotificationLanguage): string {
  const match = YEAR_MONTH.exec(yearMonth);
  const month = match ? Number(match[2]) : 0;

  if (!match || month < 1 || month > 12) {
    throw new RangeError(`Invalid month "${yearMonth}": expected YYYY-MM with a month 01–12.`);
  }
  const year = Number(match[1]);

  return language === 'th'
    ? `${THAI_MONTHS[month - 1].name} ${toBuddhistYear(year)}`
    : `${ENGLISH_MONTHS[month - 1]} ${year}`;
}

/**
 * Formats a fiscal year given in the Buddhist era, as the platform names it: `2564` stays `2564`
 * in Thai and becomes `2021`, the Christian-era year in which it ends, in English.
 * Throws a RangeError for a year that is not a whole number from 2484.
 */
export function formatDisplayFiscalYear(
  fiscalYear: number,
  language: NotificationLanguage,
): string {
  const christianYear = toChristianYear(fiscalYear);

  return language === 'th' ? String(fiscalYear) : String(christianYear);
}
