import {
  fiscalPeriodOf,
  normalizeThai,
  type NoteDate,
  parseNoteDate,
  resolveNoteDates,
} from '@bma-kpi/util-thai';

import type { ParseMessage, ProgressNote } from './kpi-record';
import type { RawNote } from './note-split.parser';
import { parseMessage } from './parse-messages';

/** Progress notes with dates read, and the warnings about their dates and order. */
export interface NoteTimeline {
  notes: ProgressNote[];
  warnings: ParseMessage[];
}

/**
 * Reads the dates of the notes, settles ambiguous ones from their neighbours and checks that the
 * notes run in chronological order and sit under the quarter heading their date belongs to.
 */
export function buildNoteTimeline(rawNotes: readonly RawNote[]): NoteTimeline {
  const parsed = rawNotes.map((note) =>
    note.rawDate === null ? null : parseNoteDate(note.rawDate),
  );
  const dated = parsed.filter((date): date is NoteDate => date !== null);
  const resolved = resolveNoteDates(dated);
  const warnings: ParseMessage[] = [];
  let nextResolved = 0;

  const notes = rawNotes.map((rawNote, index): ProgressNote => {
    const date = parsed[index] === null ? null : resolved[nextResolved++];

    if (date !== null) {
      warnings.push(...dateWarnings(date, parsed[index], rawNote.line));
    }

    return toProgressNote(rawNote, date);
  });

  return { notes, warnings: [...warnings, ...orderWarnings(notes), ...sectionWarnings(notes)] };
}

function toProgressNote(rawNote: RawNote, date: NoteDate | null): ProgressNote {
  const iso = date?.kind === 'date' ? date.iso : null;
  const period = iso === null ? null : fiscalPeriodOf(iso);

  return {
    date: iso,
    datePrecision: date?.kind === 'date' ? date.precision : null,
    fiscalYear: period?.fiscalYear ?? null,
    quarter: period?.quarter ?? null,
    rawDate: rawNote.rawDate,
    ambiguous: date?.kind === 'ambiguous',
    sectionQuarter: rawNote.sectionQuarter,
    text: normalizeThai(rawNote.rawText),
    rawText: rawNote.rawText,
    line: rawNote.line,
  };
}

function dateWarnings(date: NoteDate, original: NoteDate | null, line: number): ParseMessage[] {
  switch (date.kind) {
    case 'invalid':
      return [parseMessage('INVALID_DATE', line, { raw: date.raw, reason: date.reason })];
    case 'ambiguous':
      return [
        parseMessage('AMBIGUOUS_DATE', line, {
          raw: date.raw,
          first: date.candidates[0],
          second: date.candidates[1],
        }),
      ];
    case 'date':
      return original?.kind === 'ambiguous'
        ? [parseMessage('DATE_RESOLVED_BY_SEQUENCE', line, { raw: date.raw, iso: date.iso })]
        : [];
  }
}

// A note known only to the month is compared by month with its predecessor.
function orderWarnings(notes: readonly ProgressNote[]): ParseMessage[] {
  const warnings: ParseMessage[] = [];
  let previous: ProgressNote | null = null;

  for (const note of notes) {
    if (note.date === null) {
      continue;
    }
    if (previous !== null && previous.date !== null) {
      const length = note.datePrecision === 'month' || previous.datePrecision === 'month' ? 7 : 10;

      if (note.date.slice(0, length) < previous.date.slice(0, length)) {
        warnings.push(
          parseMessage('NOTES_OUT_OF_ORDER', note.line, {
            iso: note.date,
            previous: previous.date,
          }),
        );
      }
    }
    previous = note;
  }

  return warnings;
}

function sectionWarnings(notes: readonly ProgressNote[]): ParseMessage[] {
  return notes
    .filter(
      (note) =>
        note.sectionQuarter !== null &&
        note.quarter !== null &&
        note.quarter !== note.sectionQuarter,
    )
    .map((note) =>
      parseMessage('NOTE_OUTSIDE_SECTION_QUARTER', note.line, {
        iso: note.date ?? '',
        quarter: note.quarter ?? 0,
        section: note.sectionQuarter ?? 0,
      }),
    );
}
