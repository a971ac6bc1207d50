import { thaiDigitsToAscii } from '@bma-kpi/util-thai';

import type { CriteriaPart } from './kpi-record';

interface PartMark {
  number: string;
  top: number;
  sub: number | null;
  start: number;
  end: number;
}

const SECTION_MARK = /ส่วนที่\s?(\d{1,2})(?!\d)/g;
const ITEM_MARK = /(?:^|\s)(\d{1,2})\.(?![\d.])/g;
const SUB_MARK = /(?:^|\s)(\d{1,2})\.(\d{1,2})(?![\d.])/g;

/**
 * Splits criteria text into numbered parts: `ส่วนที่ N` (or `N.` items when the text has no
 * `ส่วนที่ 1`) and their sub-parts `N.M`. Numbers count up from 1, so a number out of sequence,
 * such as `ตัวชี้วัด 4.1` inside part 1.1, stays in the text. Text before the first part is not
 * a part. Thai digits are read as numbers and kept in the part text.
 */
export function parseCriteriaParts(text: string): CriteriaPart[] {
  // Thai digits map one to one onto ASCII ones, so offsets found in the ASCII copy fit the text.
  const marks = acceptInSequence(findCandidates(thaiDigitsToAscii(text)));

  return marks.map((mark, index) => ({
    number: mark.number,
    text: text.slice(mark.end, marks[index + 1]?.start ?? text.length).trim(),
  }));
}

function findCandidates(text: string): PartMark[] {
  const topPattern = /ส่วนที่\s?1(?!\d)/.test(text) ? SECTION_MARK : ITEM_MARK;
  const candidates: PartMark[] = [];

  for (const match of text.matchAll(topPattern)) {
    const start = match.index + match[0].length - match[0].trimStart().length;

    candidates.push({
      number: match[1],
      top: Number(match[1]),
      sub: null,
      start,
      end: match.index + match[0].length,
    });
  }
  for (const match of text.matchAll(SUB_MARK)) {
    const start = match.index + match[0].length - match[0].trimStart().length;

    candidates.push({
      number: `${match[1]}.${match[2]}`,
      top: Number(match[1]),
      sub: Number(match[2]),
      start,
      end: match.index + match[0].length,
    });
  }

  return candidates.sort((a, b) => a.start - b.start);
}

function acceptInSequence(candidates: readonly PartMark[]): PartMark[] {
  const accepted: PartMark[] = [];
  let currentTop = 0;
  let nextSub = 1;

  for (const candidate of candidates) {
    const isNextTop = candidate.sub === null && candidate.top === currentTop + 1;
    // Sub-parts may open the text without a top-level mark: `1.1` then starts part 1.
    const isNextSub =
      candidate.sub === nextSub &&
      (candidate.top === currentTop || (currentTop === 0 && candidate.top === 1));

    if (isNextTop) {
      currentTop = candidate.top;
      nextSub = 1;
      accepted.push(candidate);
    } else if (isNextSub) {
      currentTop = candidate.top;
      nextSub += 1;
      accepted.push(candidate);
    }
  }

  return accepted;
}
