import type { DistrictSubmissionStatus } from './district-calendar.util';

/** Share of a district's due cells per status, in percent with two decimals; null when nothing is due yet. */
export interface DistrictRates {
  onTime: number;
  late: number;
  missing: number;
  pending: number;
  /** Cells that are on time, late or missing: the denominator of the percentages. */
  due: number;
  onTimePercent: number | null;
  latePercent: number | null;
  missingPercent: number | null;
}

/** Rounds a percentage to two decimals, halves up, working in hundredths to avoid binary drift. */
export function percentOf(count: number, total: number): number | null {
  if (total === 0) {
    return null;
  }

  return Math.round((count * 10_000) / total) / 100;
}

/**
 * Counts a district's cells by status. Pending cells (not due yet and not submitted) are left out
 * of the percentages, so the three percentages add up to 100 give or take rounding.
 */
export function districtRates(statuses: readonly DistrictSubmissionStatus[]): DistrictRates {
  const count = (status: DistrictSubmissionStatus) => statuses.filter((item) => item === status).length;
  const [onTime, late, missing, pending] = [count('onTime'), count('late'), count('missing'), count('pending')];
  const due = onTime + late + missing;

  return {
    onTime,
    late,
    missing,
    pending,
    due,
    onTimePercent: percentOf(onTime, due),
    latePercent: percentOf(late, due),
    missingPercent: percentOf(missing, due),
  };
}
