import type { KpiParseResult, KpiRecordLayout, ParseMessage } from './kpi-record';
import { type ClassifiedLine, classifyLine } from './line-classifier';
import { handleLine } from './line.handlers';
import { parseMessage } from './parse-messages';
import { assembleRecord, sortByLine } from './record-assembly';
import { createDraft, type RecordDraft } from './record-draft';
import { checkInputIsText, toSourceLines } from './source-lines';

/**
 * Parses the text export of one BMA KPI record (BMA Digital Plans or BMA Monitor) in any of the
 * three known layouts: headerless, full agency-KPI page, or city-indicator page.
 *
 * Minimum record: a target (`ค่าเป้าหมาย`) or result (`ผลงานที่ทำได้`) line, plus at least one
 * other known field or page marker (KPI type, result level, สยป. assessment, print link, page
 * header, title with KPI code, quarter table or section, dated note, plan path, numbered
 * heading). One value line alone is too little to tell a KPI record from prose that mentions
 * a target.
 *
 * Returns instead of throwing: input that is not a KPI record gives `ok: false` with bilingual
 * errors, and an unexpected exception is caught and returned as the PARSER_FAILURE error. It
 * does not log. Its regular expressions avoid overlapping repetition so that time grows
 * linearly with the input, and tests parse 1 MB lines within a time limit.
 */
export function parseKpiRecord(text: string): KpiParseResult {
  try {
    return parseText(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);

    return { ok: false, errors: [parseMessage('PARSER_FAILURE', null, { detail })], warnings: [] };
  }
}

function parseText(text: unknown): KpiParseResult {
  // Callers over HTTP or from JavaScript may pass anything, so the type is checked at run time.
  if (typeof text !== 'string') {
    return { ok: false, errors: [parseMessage('NOT_A_KPI_RECORD', null)], warnings: [] };
  }
  const inputError = checkInputIsText(text);

  if (inputError) {
    return { ok: false, errors: [inputError], warnings: [] };
  }
  const lines = toSourceLines(text);
  const classified = lines.map(classifyLine);
  const draft = createDraft(detectLayout(classified));

  lines.forEach((line, index) => handleLine(draft, line, classified[index]));
  const error = checkMinimumRecord(
    draft,
    classified.filter((line) => line.kind === 'value').length,
  );

  if (error) {
    const warnings = error.code === 'NOT_A_KPI_RECORD' ? [] : sortByLine(draft.warnings);

    return { ok: false, errors: [error], warnings };
  }

  return { ok: true, record: assembleRecord(draft, lines) };
}

function detectLayout(lines: readonly ClassifiedLine[]): KpiRecordLayout {
  const isCity = lines.some(
    (line) =>
      line.kind === 'cityHeader' ||
      line.kind === 'strategySupport' ||
      (line.kind === 'type' && line.label === 'ลักษณะข้อมูล'),
  );

  if (isCity) {
    return 'cityIndicator';
  }
  const fullPageKinds = new Set<ClassifiedLine['kind']>([
    'pageHeader',
    'quarterTable',
    'quarterSection',
    'titleWithCode',
  ]);

  return lines.some((line) => fullPageKinds.has(line.kind)) ? 'full' : 'headerless';
}

function checkMinimumRecord(draft: RecordDraft, valueLines: number): ParseMessage | null {
  if (draft.recognisedLines === 0) {
    return parseMessage('NOT_A_KPI_RECORD', null);
  }
  if (valueLines === 0) {
    return parseMessage('MISSING_TARGET_AND_RESULT', null);
  }

  return draft.recognisedLines > valueLines ? null : parseMessage('INCOMPLETE_RECORD', null);
}
