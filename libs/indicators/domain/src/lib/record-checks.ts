import { statesTargetMet } from '@bma-kpi/util-thai';

import type { MeasuredValue, ParseMessage, ProgressNote } from './kpi-record';
import { parseMessage } from './parse-messages';

/** Fiscal year of a record and the warnings about notes that do not fit it. */
export interface FiscalYearDecision {
  fiscalYear: number | null;
  warnings: ParseMessage[];
}

/**
 * Takes the fiscal year printed on the page (`(2564)`, `ปี 2564`) when there is one, otherwise
 * the fiscal year that most dated notes fall in. A tie goes to the earlier year, because a final
 * report written just after a year ends is likelier than a note written before the next one
 * starts. Warns when the notes span several years
 * and for each note outside the chosen one.
 */
export function decideFiscalYear(
  printedYear: number | null,
  notes: readonly ProgressNote[],
): FiscalYearDecision {
  const counts = new Map<number, number>();

  for (const note of notes) {
    if (note.fiscalYear !== null) {
      counts.set(note.fiscalYear, (counts.get(note.fiscalYear) ?? 0) + 1);
    }
  }
  const byCount = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const fiscalYear = printedYear ?? byCount[0]?.[0] ?? null;
  const warnings: ParseMessage[] = [];

  if (printedYear === null && fiscalYear !== null && counts.size > 1) {
    const years = [...counts.keys()].sort((a, b) => a - b).join(', ');

    warnings.push(parseMessage('NOTES_SPAN_FISCAL_YEARS', null, { years, fiscalYear }));
  }
  for (const note of notes) {
    if (
      fiscalYear !== null &&
      note.fiscalYear !== null &&
      note.fiscalYear !== fiscalYear &&
      note.date !== null
    ) {
      warnings.push(
        parseMessage('NOTE_OUTSIDE_FISCAL_YEAR', note.line, { iso: note.date, fiscalYear }),
      );
    }
  }

  return { fiscalYear, warnings };
}

/**
 * Returns a warning when the last note states that the target was met while the result is
 * below a set target. Both values stay as printed, and the record is not corrected.
 */
export function checkNarrative(
  notes: readonly ProgressNote[],
  target: MeasuredValue | null,
  actual: MeasuredValue | null,
): ParseMessage | null {
  const lastNote = notes.at(-1);

  if (!lastNote || !target || !actual || target.value === 0 || actual.value >= target.value) {
    return null;
  }
  if (!statesTargetMet(lastNote.text)) {
    return null;
  }

  return parseMessage('NARRATIVE_CONTRADICTS_RESULT', lastNote.line, {
    actual: actual.decimal,
    target: target.decimal,
  });
}
