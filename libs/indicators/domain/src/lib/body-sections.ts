import { normalizeThai } from '@bma-kpi/util-thai';

import { parseCriteriaParts } from './criteria.parser';
import { hasDefinitionMarker, parseDefinitions } from './definitions.parser';
import type { CriteriaSection, Definition, RecordSection } from './kpi-record';
import type { SectionKind } from './line-classifier';
import type { BodyBlock } from './record-draft';
import type { SourceLine } from './source-lines';

/** Definitions, criteria and other sections read from the body of a record. */
export interface BodyContent {
  definitions: Definition[];
  calculation: CriteriaSection | null;
  verification: CriteriaSection | null;
  dataSource: string | null;
  otherSections: RecordSection[];
  /** Lines left over after every section was filled. */
  unplacedLines: SourceLine[];
}

/**
 * Reads the body blocks into sections. A block under a numbered heading goes to that heading's
 * section. The headerless layout prints no headings, so its blocks go by content and position.
 * Text with `หมายความว่า`/`หมายถึง` before any criteria is definitions, the next block is the
 * calculation criteria, and the one after it is the verification criteria.
 */
export function readBodySections(blocks: readonly BodyBlock[]): BodyContent {
  const linesBySection = new Map<SectionKind, BodyBlock['lines']>();
  const otherSections: RecordSection[] = [];
  const unplacedLines: SourceLine[] = [];

  for (const block of blocks) {
    const section = block.section ?? placeUnheadedBlock(block, linesBySection);

    if (section === 'other') {
      otherSections.push(toRecordSection(block));
    } else if (section === null) {
      unplacedLines.push(...block.lines);
    } else {
      linesBySection.set(section, [...(linesBySection.get(section) ?? []), ...block.lines]);
    }
  }
  const rawOf = (section: SectionKind): string =>
    (linesBySection.get(section) ?? []).map((line) => line.cleaned).join('\n');
  const dataSource = normalizeThai(rawOf('dataSource'));

  return {
    definitions: parseDefinitions(rawOf('definitions')),
    calculation: toCriteriaSection(rawOf('calculation')),
    verification: toCriteriaSection(rawOf('verification')),
    dataSource: dataSource === '' ? null : dataSource,
    otherSections,
    unplacedLines,
  };
}

// NOTE: this order comes from the one headerless export available. A page that prints the
// sections in another order, or leaves one out, gets them in the wrong fields.
function placeUnheadedBlock(
  block: BodyBlock,
  linesBySection: ReadonlyMap<SectionKind, unknown>,
): SectionKind | null {
  const hasCalculation = linesBySection.has('calculation');

  if (!hasCalculation && block.lines.some((line) => hasDefinitionMarker(line.text))) {
    return 'definitions';
  }
  if (!hasCalculation) {
    return 'calculation';
  }

  return linesBySection.has('verification') ? null : 'verification';
}

function toCriteriaSection(rawText: string): CriteriaSection | null {
  if (rawText === '') {
    return null;
  }
  const text = normalizeThai(rawText);

  return { text, rawText, parts: parseCriteriaParts(text) };
}

function toRecordSection(block: BodyBlock): RecordSection {
  const rawText = block.lines.map((line) => line.cleaned).join('\n');

  return { heading: block.heading ?? '', text: normalizeThai(rawText), rawText, line: block.line };
}
