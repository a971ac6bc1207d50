import { thaiDigitsToAscii } from '@bma-kpi/util-thai';

import type { PlanLevel, PlanPathNode } from './kpi-record';
import type { SourceLine } from './source-lines';

const LEVELS: readonly PlanLevel[] = ['dimension', 'subDimension', 'goal', 'planIndicator'];
const LEVEL_LABEL = /^(?:ด้านที่|มิติที่|เป้าหมายที่|ตัวชี้วัดที่)\s?/;
const CODE = /^[0-9๐-๙]{1,3}(?:\.[0-9๐-๙]{1,3}){0,5}/;
const LATIN_LETTER = /[A-Za-z]/;
const THAI_LETTER = /[\u0E01-\u0E4F]/;

/**
 * Reads one plan-path line such as `:ด้านที่ ๕ - มหานครประชาธิปไตย : Bangkok as a Democratic City |`
 * or `:๕.๔.๑ <goal>% |`. The number of code segments gives the level (1 = dimension … 4 = plan
 * indicator). Returns null when the line has no code or more than four segments.
 */
export function parsePlanPathLine(line: SourceLine): PlanPathNode | null {
  const body = trimEdges(line.text);
  const labelLength = LEVEL_LABEL.exec(body)?.[0].length ?? 0;
  const rawCode = CODE.exec(body.slice(labelLength))?.[0];

  if (rawCode === undefined) {
    return null;
  }
  const code = thaiDigitsToAscii(rawCode);
  const level = LEVELS[code.split('.').length - 1] as PlanLevel | undefined;

  if (level === undefined) {
    return null;
  }
  const name = body
    .slice(labelLength + rawCode.length)
    .replace(/^\s?-?\s?/, '')
    .trim();

  return { level, code, rawCode, ...splitBilingualName(name), line: line.number };
}

// In `มหานครประชาธิปไตย : Bangkok as a Democratic City` the ` : ` separates the Thai name from
// the English one, not a field from its value.
function splitBilingualName(name: string): { nameTh: string; nameEn: string | null } {
  const separator = name.lastIndexOf(' : ');

  if (separator < 0) {
    return { nameTh: name, nameEn: null };
  }
  const english = name.slice(separator + 3).trim();

  if (!LATIN_LETTER.test(english) || THAI_LETTER.test(english)) {
    return { nameTh: name, nameEn: null };
  }

  return { nameTh: name.slice(0, separator).trim(), nameEn: english };
}

// Drops the leading `:` and the trailing ` |` and `%` by scanning, because a regular expression
// anchored only at the end would retry from every character of a long run of spaces.
function trimEdges(text: string): string {
  let start = 0;
  let end = text.length;

  while (start < end && /[\s:|]/.test(text[start])) {
    start += 1;
  }
  while (end > start && /[\s|%]/.test(text[end - 1])) {
    end -= 1;
  }

  return text.slice(start, end);
}
