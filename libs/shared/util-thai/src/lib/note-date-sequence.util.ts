import type { NoteDate, NoteDateValue } from './note-date.types';

/**
 * Settles ambiguous note dates from their neighbours, because notes are written in chronological
 * order. A reading is kept when it is the only candidate between the nearest dated note before
 * and the nearest dated note after (equal dates allowed). When both or neither candidate fits,
 * the date stays ambiguous for a person to review. Returns a new array of the same length.
 */
export function resolveNoteDates(dates: readonly NoteDate[]): NoteDate[] {
  const resolved: NoteDate[] = [...dates];

  for (let index = 0; index < resolved.length; index += 1) {
    const date = resolved[index];

    if (date.kind !== 'ambiguous') {
      continue;
    }
    const previous = findDated(resolved, index, -1);
    const next = findDated(resolved, index, 1);
    const fitting = date.candidates.filter(
      (iso) =>
        (previous === null || compareToNeighbour(iso, previous) >= 0) &&
        (next === null || compareToNeighbour(iso, next) <= 0),
    );

    if (fitting.length === 1) {
      resolved[index] = {
        kind: 'date',
        iso: fitting[0],
        // Candidates are ordered month/day first, then day/month.
        format: fitting[0] === date.candidates[0] ? 'm/d/CE' : 'd/m/CE',
        precision: 'day',
        raw: date.raw,
        resolvedBySequence: true,
      };
    }
  }

  return resolved;
}

function findDated(dates: readonly NoteDate[], from: number, step: 1 | -1): NoteDateValue | null {
  for (let index = from + step; index >= 0 && index < dates.length; index += step) {
    const date = dates[index];

    if (date.kind === 'date') {
      return date;
    }
  }

  return null;
}

// A neighbour known only to the month is compared by month, so any day of that month fits.
function compareToNeighbour(iso: string, neighbour: NoteDateValue): number {
  const length = neighbour.precision === 'month' ? 7 : 10;
  const own = iso.slice(0, length);
  const other = neighbour.iso.slice(0, length);

  if (own === other) {
    return 0;
  }

  return own < other ? -1 : 1;
}
