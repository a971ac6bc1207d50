import { hasDefinitionMarker } from './definitions.parser';
import type { ClassifiedLine, SectionKind } from './line-classifier';
import { splitNotes } from './note-split.parser';
import { parsePlanPathLine } from './plan-path.parser';
import { isQuarterColumnHeader, parseQuarterRow } from './quarter-table.parser';
import { enterField, type RecordDraft, reportUnparsed } from './record-draft';
import {
  handleAssessment,
  handleLevel,
  handleTitle,
  handleType,
  handleValue,
} from './field-line.handlers';
import type { SourceLine } from './source-lines';

type LineHandler<K extends ClassifiedLine['kind']> = (
  draft: RecordDraft,
  line: SourceLine,
  classified: Extract<ClassifiedLine, { kind: K }>,
) => void;

const ignoreLine = (): void => undefined;
const recordMarker = (draft: RecordDraft): void => enterField(draft, { seenField: false });

// One handler per kind. The mapped type makes a new kind fail to compile until it is handled.
const HANDLERS: { [K in ClassifiedLine['kind']]: LineHandler<K> } = {
  blank: ignoreLine,
  noise: ignoreLine,
  pageHeader: recordMarker,
  cityHeader: recordMarker,
  strategySupport: recordMarker,
  printLink: recordMarker,
  printedYear: (draft, _line, { year }) => {
    recordMarker(draft);
    draft.printedYear ??= year;
  },
  quarterTable: (draft) => {
    enterField(draft, { seenField: true });
    draft.mode = 'quarterTable';
  },
  quarterSection: (draft, _line, { quarter }) => {
    enterField(draft, { seenField: true });
    draft.mode = 'quarterSection';
    draft.sectionQuarter = quarter;
  },
  titleWithCode: (draft, line, { title, pid }) => handleTitle(draft, line, title, pid),
  value: (draft, line, { field }) => handleValue(draft, line, field),
  type: (draft, line, { value }) => handleType(draft, line, value),
  level: (draft, line, { level }) => handleLevel(draft, line, level),
  assessment: (draft, line, { quarter, scoreText }) =>
    handleAssessment(draft, line, quarter, scoreText),
  heading: (draft, line, { section, heading }) => openHeadingBlock(draft, line, section, heading),
  planPath: (draft, line) => handlePlanPath(draft, line),
  notes: (draft, line) => handleNotes(draft, line),
  text: (draft, line) => handleText(draft, line),
};

/** Applies one classified line to the draft, taking the current mode into account. */
export function handleLine(draft: RecordDraft, line: SourceLine, classified: ClassifiedLine): void {
  if (draft.mode === 'quarterTable' && handleTableLine(draft, line, classified)) {
    return;
  }
  const handler = HANDLERS[classified.kind] as LineHandler<ClassifiedLine['kind']>;

  handler(draft, line, classified);
}

// Returns true when the line belongs to the table. Any other line ends the table.
function handleTableLine(
  draft: RecordDraft,
  line: SourceLine,
  classified: ClassifiedLine,
): boolean {
  if (classified.kind !== 'text' && classified.kind !== 'blank') {
    draft.mode = 'body';

    return false;
  }
  const row = classified.kind === 'text' ? parseQuarterRow(line.ascii) : null;

  if (row) {
    draft.quarters.push(row);
  }
  if (row || classified.kind === 'blank' || isQuarterColumnHeader(line.ascii)) {
    return true;
  }
  draft.mode = 'body';

  return false;
}

function openHeadingBlock(
  draft: RecordDraft,
  line: SourceLine,
  section: SectionKind,
  heading: string,
): void {
  enterField(draft, { seenField: true });
  draft.mode = 'body';
  draft.openBlock = { section, heading, line: line.number, lines: [] };
  draft.blocks.push(draft.openBlock);
}

function handlePlanPath(draft: RecordDraft, line: SourceLine): void {
  const node = parsePlanPathLine(line);

  if (!node) {
    reportUnparsed(draft, line);

    return;
  }
  enterField(draft, { seenField: true });
  draft.mode = 'body';
  draft.planPath.push(node);
}

// Notes stay inside the current quarter section, so they do not go through enterField.
function handleNotes(draft: RecordDraft, line: SourceLine): void {
  draft.recognisedLines += 1;
  draft.seenField = true;
  draft.openBlock = null;
  draft.rawNotes.push(
    ...splitNotes(line, draft.mode === 'quarterSection' ? draft.sectionQuarter : null),
  );
}

function handleText(draft: RecordDraft, line: SourceLine): void {
  if (draft.openBlock) {
    draft.openBlock.lines.push(line);
  } else if (draft.mode === 'quarterSection' && !hasDefinitionMarker(line.text)) {
    draft.rawNotes.push(...splitNotes(line, draft.sectionQuarter));
  } else if (
    draft.layout !== 'headerless' &&
    draft.fieldLines.title === undefined &&
    !draft.seenField
  ) {
    handleTitle(draft, line, line.text, null);
  } else if (!draft.seenField) {
    reportUnparsed(draft, line);
  } else {
    draft.mode = 'body';
    draft.blocks.push({ section: null, heading: null, line: line.number, lines: [line] });
  }
}
