/**
 * Written form of a note date: numeric day/month with a Buddhist-era year, numeric month/day or
 * day/month with a Christian-era year, or a Thai month name with or without a day.
 */
export type NoteDateFormat = 'd/m/BE' | 'm/d/CE' | 'd/m/CE' | 'd month year' | 'month year';

/** A note date read as one calendar date. */
export interface NoteDateValue {
  kind: 'date';
  /** ISO calendar date; the first of the month when `precision` is `month`. */
  iso: string;
  format: NoteDateFormat;
  precision: 'day' | 'month';
  raw: string;
  /** True when the text could be read two ways and the neighbouring notes chose this reading. */
  resolvedBySequence: boolean;
}

/** A numeric date whose day and month could be swapped, and nothing in the text decides. */
export interface AmbiguousNoteDate {
  kind: 'ambiguous';
  /** The month/day reading first, then the day/month reading. */
  candidates: [string, string];
  raw: string;
  reason: string;
}

/** Text that is not a date that exists, or is written in a form that cannot be read safely. */
export interface InvalidNoteDate {
  kind: 'invalid';
  raw: string;
  reason: string;
}

/** Outcome of reading a note date. A date that cannot be read safely is reported, not guessed. */
export type NoteDate = NoteDateValue | AmbiguousNoteDate | InvalidNoteDate;
