import { toBuddhistYear } from './buddhist-era.util';
import { parseIsoDate } from './calendar-date.util';
import { THAI_MONTHS } from './thai-months.data';

/** Formats an ISO date for people in the Buddhist era: `2020-10-28` → `28 ตุลาคม 2563`. */
export function formatThaiDate(iso: string): string {
  const date = parseIsoDate(iso);

  return `${date.day} ${THAI_MONTHS[date.month - 1].name} ${toBuddhistYear(date.year)}`;
}

/** Formats an ISO date in the short Thai form: `2020-10-28` → `28 ต.ค. 63`. */
export function formatThaiDateShort(iso: string): string {
  const date = parseIsoDate(iso);
  const shortYear = String(toBuddhistYear(date.year) % 100).padStart(2, '0');

  return `${date.day} ${THAI_MONTHS[date.month - 1].abbreviation} ${shortYear}`;
}
