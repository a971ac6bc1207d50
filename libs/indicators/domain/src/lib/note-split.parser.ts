import { NOTE_DATE_PATTERN, THAI_MONTH_PATTERN } from '@bma-kpi/util-thai';

import type { FiscalQuarter } from './kpi-record';
import type { SourceLine } from './source-lines';

/** One progress note cut out of a line, before its date is read. */
export interface RawNote {
  rawDate: string | null;
  rawText: string;
  line: number;
  sectionQuarter: FiscalQuarter | null;
}

// A note starts at `<date> :`. The look-behind keeps `11/12/2564` from matching inside
// `111/12/2564`. A month-only date (`เดือนต.ค. 63`) may also open a line without a colon.
const DATE_COLON = new RegExp(String.raw`(?<![0-9๐-๙/])(${NOTE_DATE_PATTERN})\s{0,3}:`, 'g');
const MONTH_AT_START = new RegExp(
  String.raw`^(เดือน\s?(?:${THAI_MONTH_PATTERN})\s?(?:พ\.\s?ศ\.\s?)?[0-9๐-๙]{2,4})\s{0,3}:?`,
);

interface DateMark {
  start: number;
  end: number;
  rawDate: string;
}

/**
 * Splits a line into notes at every `<date> :`, because one exported line often contains a whole
 * quarter of notes. Text before the first date becomes a note without a date.
 */
export function splitNotes(line: SourceLine, sectionQuarter: FiscalQuarter | null): RawNote[] {
  const text = line.cleaned;
  const marks = findDateMarks(text);
  const notes: RawNote[] = [];
  const lead = text.slice(0, marks[0]?.start ?? text.length).trim();

  if (lead !== '') {
    notes.push({ rawDate: null, rawText: lead, line: line.number, sectionQuarter });
  }
  marks.forEach((mark, index) => {
    const end = index + 1 < marks.length ? marks[index + 1].start : text.length;

    notes.push({
      rawDate: mark.rawDate,
      rawText: text.slice(mark.end, end).trim(),
      line: line.number,
      sectionQuarter,
    });
  });

  return notes;
}

function findDateMarks(text: string): DateMark[] {
  const marks: DateMark[] = [];
  const monthAtStart = MONTH_AT_START.exec(text);
  const searchFrom = monthAtStart ? monthAtStart[0].length : 0;

  if (monthAtStart) {
    marks.push({ start: 0, end: searchFrom, rawDate: monthAtStart[1] });
  }
  for (const match of text.matchAll(DATE_COLON)) {
    if (match.index >= searchFrom) {
      marks.push({ start: match.index, end: match.index + match[0].length, rawDate: match[1] });
    }
  }

  return marks;
}
