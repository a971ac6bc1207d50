import { normalizeThai } from '@bma-kpi/util-thai';

import type { Definition } from './kpi-record';

// `ประกอบด้วย` counts only before an enumeration `1)`, as in the list of data governance parts.
// Elsewhere it is ordinary prose.
const MARKER = /หมายความว่า|หมายถึง|ประกอบด้วย(?=\s?1\))/g;
const MAX_LINE_TERM_LENGTH = 60;

interface MarkerMatch {
  termStart: number;
  markerStart: number;
  textStart: number;
}

/** Tells whether a text contains an `X หมายความว่า …` or `X หมายถึง …` definition. */
export function hasDefinitionMarker(text: string): boolean {
  return text.includes('หมายความว่า') || text.includes('หมายถึง');
}

/**
 * Splits raw text into definitions at every `หมายความว่า`, `หมายถึง` or `ประกอบด้วย 1)`. The
 * term is the word group just before the marker, with an English alias in parentheses
 * (`ฐานข้อมูล (Database)`), or the whole start of a line when it is short. Text before the first
 * term is dropped. A text without any marker becomes one definition with an empty term.
 */
export function parseDefinitions(rawText: string): Definition[] {
  const markers = findMarkers(rawText);

  if (markers.length === 0) {
    const text = rawText.trim();

    return text === '' ? [] : [{ term: '', text: normalizeThai(text), rawText: text }];
  }

  return markers.map((marker, index) => {
    const end = index + 1 < markers.length ? markers[index + 1].termStart : rawText.length;
    const body = rawText.slice(marker.textStart, end).trim();

    return {
      term: normalizeThai(rawText.slice(marker.termStart, marker.markerStart).trim()),
      text: normalizeThai(body),
      rawText: body,
    };
  });
}

function findMarkers(rawText: string): MarkerMatch[] {
  const markers: MarkerMatch[] = [];
  let regionStart = 0;

  for (const match of rawText.matchAll(MARKER)) {
    const before = rawText.slice(regionStart, match.index).trimEnd();
    const startsLine = regionStart === 0 || before.includes('\n');
    const termStart = regionStart + findTermStart(before, startsLine);

    markers.push({ termStart, markerStart: match.index, textStart: match.index + match[0].length });
    regionStart = match.index + match[0].length;
  }

  return markers;
}

// A short text between the start of a line and the marker is the whole term. Otherwise the term
// is the last word group, because the previous definition runs on in the same line.
function findTermStart(before: string, startsLine: boolean): number {
  const lineStart = before.lastIndexOf('\n') + 1;

  if (startsLine && before.length - lineStart <= MAX_LINE_TERM_LENGTH) {
    return lineStart;
  }
  let end = before.length;

  // Keep an English alias such as `(Metadata)` or `(Data Catalog)` with the Thai term before it.
  if (before.endsWith(')')) {
    const open = before.lastIndexOf('(');

    end = open > 0 ? before.slice(0, open).trimEnd().length : end;
  }

  return lastWhitespace(before, end) + 1;
}

function lastWhitespace(text: string, end: number): number {
  for (let index = end - 1; index >= 0; index -= 1) {
    if (/\s/.test(text[index])) {
      return index;
    }
  }

  return -1;
}
