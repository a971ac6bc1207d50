import type { UpdateFrequencyUnit } from '@bma-kpi/contracts-catalog';
import { daysInMonth, formatIsoDate, parseIsoDate } from '@bma-kpi/util-thai';

/**
 * Whether a dataset was updated as often as it declares: `current` until its next update is due,
 * `stale` after that, and `notAssessed` when the declared frequency names no period (unknown,
 * other, or no unit at all).
 */
export type UpdateFreshness = 'current' | 'stale' | 'notAssessed';

/** Freshness of one dataset, with the last day on which it still counts as current. */
export interface FreshnessResult {
  status: UpdateFreshness;
  /** `YYYY-MM-DD`, or null when nothing is due. */
  dueDate: string | null;
}

const monthsPerUnit: Partial<Record<UpdateFrequencyUnit, number>> = { ปี: 12, ครึ่งปี: 6, ไตรมาส: 3, เดือน: 1 };
// Catalog dates have no time of day, so hourly, per-minute and real-time data is due the next day.
const daysPerUnit: Partial<Record<UpdateFrequencyUnit, number>> = { สัปดาห์: 7, วัน: 1, ชั่วโมง: 1, นาที: 1, ตามเวลาจริง: 1 };
const averageDaysPerMonth = 365.25 / 12;
const millisecondsPerDay = 86_400_000;

function addDays(isoDate: string, days: number): string {
  const { year, month, day } = parseIsoDate(isoDate);
  const shifted = new Date(Date.UTC(year, month - 1, day) + days * millisecondsPerDay);

  return formatIsoDate({ year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() });
}

// Calendar months, so a monthly dataset updated on 31 January is due on 28 or 29 February.
function addMonths(isoDate: string, months: number): string {
  const { year, month, day } = parseIsoDate(isoDate);
  const monthIndex = year * 12 + (month - 1) + months;
  const [targetYear, targetMonth] = [Math.floor(monthIndex / 12), (monthIndex % 12) + 1];

  return formatIsoDate({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

// Saturdays and Sundays only.
// NOTE: public holidays are not skipped, so a business-day dataset counts as stale on a holiday.
function nextBusinessDay(isoDate: string): string {
  let next = addDays(isoDate, 1);

  while ([0, 6].includes(new Date(`${next}T00:00:00Z`).getUTCDay())) {
    next = addDays(next, 1);
  }

  return next;
}

/** Returns the date by which a dataset last updated on `lastUpdated` must be updated again, or null when its frequency sets none. */
export function nextUpdateDue(lastUpdated: string, unit: string, interval: number | null): string | null {
  // The interval counts updates per unit, and a missing or invalid one means one update.
  const perUnit = interval !== null && Number.isInteger(interval) && interval > 0 ? interval : 1;
  const months = monthsPerUnit[unit as UpdateFrequencyUnit];
  const days = daysPerUnit[unit as UpdateFrequencyUnit];

  if (months !== undefined) {
    return Number.isInteger(months / perUnit)
      ? addMonths(lastUpdated, months / perUnit)
      : addDays(lastUpdated, Math.max(1, Math.floor((months * averageDaysPerMonth) / perUnit)));
  }
  if (days !== undefined) {
    return addDays(lastUpdated, Math.max(1, Math.floor(days / perUnit)));
  }

  return unit === 'วันทำการ' ? nextBusinessDay(lastUpdated) : null;
}

/**
 * Compares a dataset's last update with its declared frequency on `today` (a Bangkok date,
 * `YYYY-MM-DD`). A dataset that declares no updates after collection is always current. One that
 * declares a period but has no last-update date is stale, because nothing shows that it was updated.
 */
export function updateFreshness(
  lastUpdated: string | null,
  unit: string | null,
  interval: number | null,
  today: string,
): FreshnessResult {
  if (unit === 'ไม่มีการปรับปรุงหลังจากการจัดเก็บข้อมูล') {
    return { status: 'current', dueDate: null };
  }
  if (unit === null || nextUpdateDue(today, unit, interval) === null) {
    return { status: 'notAssessed', dueDate: null };
  }
  if (lastUpdated === null) {
    return { status: 'stale', dueDate: null };
  }
  const dueDate = nextUpdateDue(lastUpdated, unit, interval);

  return { status: dueDate !== null && today <= dueDate ? 'current' : 'stale', dueDate };
}
