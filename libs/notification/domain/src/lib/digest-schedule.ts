import { toBangkokIsoDate } from '@bma-kpi/util-thai';

const HOUR_MS = 3_600_000;

/**
 * Returns the Bangkok date, `YYYY-MM-DD`, of the first daily digest sent after `now`, when
 * digests go out from `digestHour` o'clock Bangkok time: today's before that hour, tomorrow's from
 * it on. Shifting the instant by the hours left until midnight after the digest hour lands on the
 * right Bangkok day in both cases. Throws a RangeError for an hour outside 0–23.
 */
export function nextDigestDate(now: Date, digestHour: number): string {
  if (!Number.isInteger(digestHour) || digestHour < 0 || digestHour > 23) {
    throw new RangeError(`Invalid digestHour ${String(digestHour)}: expected a whole number from 0 to 23.`);
  }

  return toBangkokIsoDate(new Date(now.getTime() + (24 - digestHour) * HOUR_MS));
}
