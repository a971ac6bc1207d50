import type {
  Assessment,
  FiscalQuarter,
  KpiRecordLayout,
  KpiType,
  MeasuredValue,
  ParseMessage,
  PlanPathNode,
  QuarterPlan,
  ResultLevel,
} from './kpi-record';
import type { SectionKind } from './line-classifier';
import type { RawNote } from './note-split.parser';
import { parseMessage } from './parse-messages';
import type { SourceLine } from './source-lines';

/** Consecutive body lines of one section. `section` is null until their position decides it. */
export interface BodyBlock {
  section: SectionKind | null;
  heading: string | null;
  line: number;
  lines: SourceLine[];
}

/** Part of the page the parser is in, which decides how a plain text line is read. */
export type DraftMode = 'header' | 'quarterTable' | 'quarterSection' | 'body';

/** Fields that appear once. A second line of the same field is reported and ignored. */
export type SingleField = 'title' | 'target' | 'actual' | 'type' | 'level' | 'assessment';

/** Mutable state of one parse, filled line by line and turned into a record at the end. */
export interface RecordDraft {
  layout: KpiRecordLayout;
  title: string | null;
  familyNumber: string | null;
  pid: string | null;
  agencyCode: string | null;
  printedYear: number | null;
  target: MeasuredValue | null;
  actual: MeasuredValue | null;
  type: KpiType | null;
  typeRaw: string | null;
  resultLevel: ResultLevel | null;
  assessment: Assessment | null;
  quarters: QuarterPlan[];
  rawNotes: RawNote[];
  blocks: BodyBlock[];
  planPath: PlanPathNode[];
  warnings: ParseMessage[];
  /** First line of each single field seen so far. */
  fieldLines: Partial<Record<SingleField, number>>;
  /** Lines that are a known field or page marker, not counting layout noise. */
  recognisedLines: number;
  unparsedLines: number;
  /** True once a field line (target, type, notes…) was read, so text is no longer a title. */
  seenField: boolean;
  mode: DraftMode;
  sectionQuarter: FiscalQuarter | null;
  openBlock: BodyBlock | null;
}

/** Unparsed lines reported one by one. The rest are counted in a single warning. */
export const MAX_UNPARSED_WARNINGS = 100;

/** Creates an empty draft for a layout. */
export function createDraft(layout: KpiRecordLayout): RecordDraft {
  return {
    layout,
    title: null,
    familyNumber: null,
    pid: null,
    agencyCode: null,
    printedYear: null,
    target: null,
    actual: null,
    type: null,
    typeRaw: null,
    resultLevel: null,
    assessment: null,
    quarters: [],
    rawNotes: [],
    blocks: [],
    planPath: [],
    warnings: [],
    fieldLines: {},
    recognisedLines: 0,
    unparsedLines: 0,
    seenField: false,
    mode: 'header',
    sectionQuarter: null,
    openBlock: null,
  };
}

/** Reports a line that matches nothing, up to MAX_UNPARSED_WARNINGS lines. */
export function reportUnparsed(draft: RecordDraft, line: SourceLine): void {
  draft.unparsedLines += 1;
  if (draft.unparsedLines <= MAX_UNPARSED_WARNINGS) {
    draft.warnings.push(parseMessage('UNPARSED_LINE', line.number, { text: line.text }));
  }
}

const FIELD_NAMES: Record<SingleField, { fieldTh: string; fieldEn: string }> = {
  title: { fieldTh: 'ชื่อตัวชี้วัด', fieldEn: 'title' },
  target: { fieldTh: 'ค่าเป้าหมาย', fieldEn: 'target' },
  actual: { fieldTh: 'ผลงานที่ทำได้', fieldEn: 'result' },
  type: { fieldTh: 'ประเภทตัวชี้วัด', fieldEn: 'KPI type' },
  level: { fieldTh: 'ระดับตัวชี้วัด', fieldEn: 'result level' },
  assessment: { fieldTh: 'ผลการตรวจประเมินของ สยป.', fieldEn: 'assessment' },
};

/**
 * Marks a single field as read on a line. Returns false, with a DUPLICATE_FIELD warning, when
 * the field was already read, so that the first value wins.
 */
export function claimField(draft: RecordDraft, field: SingleField, line: SourceLine): boolean {
  const firstLine = draft.fieldLines[field];

  if (firstLine !== undefined) {
    draft.warnings.push(
      parseMessage('DUPLICATE_FIELD', line.number, { ...FIELD_NAMES[field], firstLine }),
    );

    return false;
  }
  draft.fieldLines[field] = line.number;

  return true;
}

/** Ends any open table, heading block or quarter section before a field line. */
export function enterField(draft: RecordDraft, options: { seenField: boolean }): void {
  draft.recognisedLines += 1;
  draft.openBlock = null;
  draft.seenField ||= options.seenField;
  if (draft.mode === 'quarterTable' || draft.mode === 'quarterSection') {
    draft.mode = draft.seenField ? 'body' : 'header';
    draft.sectionQuarter = null;
  }
}
