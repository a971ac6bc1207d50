import { readBodySections } from './body-sections';
import type { ParsedKpiRecord, ParseMessage } from './kpi-record';
import { buildNoteTimeline } from './note-timeline';
import { parseMessage } from './parse-messages';
import { findPersonalData } from './personal-data.check';
import { checkNarrative, decideFiscalYear } from './record-checks';
import { MAX_UNPARSED_WARNINGS, type RecordDraft, reportUnparsed } from './record-draft';
import type { SourceLine } from './source-lines';

/** Turns a fully read draft into the parsed record, adding the checks that need every line. */
export function assembleRecord(draft: RecordDraft, lines: readonly SourceLine[]): ParsedKpiRecord {
  const timeline = buildNoteTimeline(draft.rawNotes);
  const fiscal = decideFiscalYear(draft.printedYear, timeline.notes);
  const body = readBodySections(draft.blocks);

  body.unplacedLines.forEach((line) => reportUnparsed(draft, line));
  const warnings = [
    ...draft.warnings,
    ...timeline.warnings,
    ...fiscal.warnings,
    ...findPersonalData(lines),
    ...recordWarnings(draft),
  ];
  const narrative = checkNarrative(timeline.notes, draft.target, draft.actual);

  return {
    layout: draft.layout,
    title: draft.title,
    familyNumber: draft.familyNumber,
    pid: draft.pid,
    agencyCode: draft.agencyCode,
    fiscalYear: fiscal.fiscalYear,
    target: draft.target,
    actual: draft.actual,
    type: draft.type,
    typeRaw: draft.typeRaw,
    resultLevel: draft.resultLevel,
    assessment: draft.assessment,
    quarters: [...draft.quarters].sort((a, b) => a.quarter - b.quarter),
    progress: timeline.notes,
    definitions: body.definitions,
    calculation: body.calculation,
    verification: body.verification,
    planPath: draft.planPath,
    dataSource: body.dataSource,
    otherSections: body.otherSections,
    warnings: sortByLine(narrative ? [...warnings, narrative] : warnings),
  };
}

/** Sorts messages by line, whole-record messages last, keeping the order within a line. */
export function sortByLine(messages: readonly ParseMessage[]): ParseMessage[] {
  return [...messages].sort(
    (a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER),
  );
}

function recordWarnings(draft: RecordDraft): ParseMessage[] {
  const warnings: ParseMessage[] = [];

  if (draft.fieldLines.target === undefined && draft.fieldLines.actual !== undefined) {
    warnings.push(parseMessage('MISSING_TARGET', null));
  }
  if (draft.unparsedLines > MAX_UNPARSED_WARNINGS) {
    warnings.push(
      parseMessage('TOO_MANY_UNPARSED_LINES', null, {
        count: draft.unparsedLines - MAX_UNPARSED_WARNINGS,
      }),
    );
  }

  return warnings;
}
