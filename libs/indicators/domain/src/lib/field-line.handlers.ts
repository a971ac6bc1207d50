import { parseThaiNumber, thaiDigitsToAscii } from '@bma-kpi/util-thai';

import type { FiscalQuarter, KpiType } from './kpi-record';
import { parseValueLine } from './measured-value.parser';
import { parseMessage } from './parse-messages';
import { claimField, enterField, type RecordDraft } from './record-draft';
import type { SourceLine } from './source-lines';
import { readTitleDetails } from './title.parser';

const KPI_TYPES: readonly [string, KpiType][] = [
  ['งานประจำ', 'routine'],
  ['เชิงยุทธศาสตร์', 'strategic'],
  ['เป้าประสงค์', 'goalLevel'],
];

/** Reads the title, from `<title> : <KPI code>` or from a plain line at the top of the page. */
export function handleTitle(
  draft: RecordDraft,
  line: SourceLine,
  title: string,
  pid: string | null,
): void {
  draft.recognisedLines += pid === null ? 0 : 1;
  if (!claimField(draft, 'title', line)) {
    return;
  }
  const details = readTitleDetails(title);

  draft.title = title;
  draft.familyNumber = details.familyNumber;
  draft.printedYear ??= details.printedYear;
  draft.pid = pid;
  draft.agencyCode = pid === null ? null : thaiDigitsToAscii(pid).slice(0, 4);
}

/** Reads a target or result line. A target of 0 is kept but reported as not set. */
export function handleValue(
  draft: RecordDraft,
  line: SourceLine,
  field: 'target' | 'actual',
): void {
  enterField(draft, { seenField: true });
  if (!claimField(draft, field, line)) {
    return;
  }
  const result = parseValueLine(line, field);

  draft[field] = result.value;
  draft.warnings.push(...result.warnings);
  if (field === 'target' && result.value?.value === 0) {
    draft.warnings.push(parseMessage('TARGET_NOT_SET', line.number));
  }
}

/** Reads `ประเภทตัวชี้วัด : …` or `ลักษณะข้อมูล : …`. An empty value is allowed but reported. */
export function handleType(draft: RecordDraft, line: SourceLine, value: string): void {
  enterField(draft, { seenField: true });
  if (!claimField(draft, 'type', line)) {
    return;
  }
  draft.typeRaw = line.cleaned.slice(line.cleaned.indexOf(':') + 1).trim();
  draft.type = KPI_TYPES.find(([word]) => value.includes(word))?.[1] ?? null;
  if (value === '') {
    draft.warnings.push(parseMessage('EMPTY_TYPE', line.number));
  } else if (draft.type === null) {
    draft.warnings.push(parseMessage('UNKNOWN_TYPE', line.number, { text: value }));
  }
}

/** Reads `(ตัวชี้วัดระดับผลลัพธ์ (outcome))` or its output form. */
export function handleLevel(
  draft: RecordDraft,
  line: SourceLine,
  level: 'output' | 'outcome',
): void {
  enterField(draft, { seenField: true });
  if (claimField(draft, 'level', line)) {
    draft.resultLevel = level;
  }
}

/** Reads `*** สยป. ตรวจประเมินตัวชี้วัด : ไตรมาสที่ N: <score>`. An empty score stays null. */
export function handleAssessment(
  draft: RecordDraft,
  line: SourceLine,
  quarter: FiscalQuarter | null,
  scoreText: string,
): void {
  enterField(draft, { seenField: true });
  if (claimField(draft, 'assessment', line)) {
    draft.assessment = {
      quarter,
      score: parseThaiNumber(scoreText)?.value ?? null,
      raw: line.cleaned,
    };
  }
}
