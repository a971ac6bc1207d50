import { normalizeThai, thaiDigitsToAscii } from '@bma-kpi/util-thai';

import type { ParseMessage } from './kpi-record';
import { parseMessage } from './parse-messages';

/** One input line in the forms the parser needs. */
export interface SourceLine {
  /** 1-based line number. */
  number: number;
  /** Line as received, without its line break. */
  raw: string;
  /** Raw line without zero-width characters, with NBSP as space, trimmed: for `raw*` fields. */
  cleaned: string;
  /** Cleaned line after normalizeThai (NFC, broken ำ repaired): for `text` fields. */
  text: string;
  /** Normalised line with Thai digits as ASCII: for matching labels and numbers. */
  ascii: string;
}

const LINE_BREAK = /\r\n|\r|\n/;
const INVISIBLE = /[\u200B-\u200D\uFEFF]/g;
const NO_BREAK_SPACE = /\u00A0/g;
// Control characters other than tab, line feed and carriage return, and the UTF-8 replacement
// character that decoders put in place of bytes that are not UTF-8.
// eslint-disable-next-line no-control-regex -- finding control characters is the purpose here.
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g;
const MAX_NOT_TEXT_SHARE = 0.01;

/**
 * Returns an error when the input cannot be a text export because it is empty or binary. A text
 * is binary when it has a NUL byte or when more than 1 % of its characters are control or
 * replacement characters. A few stray ones in a long text are tolerated.
 */
export function checkInputIsText(input: string): ParseMessage | null {
  if (input.trim().length === 0) {
    return parseMessage('EMPTY_INPUT', null);
  }
  const offenders: string[] = input.match(NOT_TEXT) ?? [];

  if (offenders.length === 0) {
    return null;
  }
  const hasNul = offenders.includes('\u0000');

  if (!hasNul && offenders.length <= Math.max(2, input.length * MAX_NOT_TEXT_SHARE)) {
    return null;
  }
  const firstOffender = input.search(new RegExp(NOT_TEXT.source));

  return parseMessage('BINARY_INPUT', lineNumberAt(input, firstOffender));
}

/** Splits the input into lines and prepares the cleaned, normalised and ASCII-digit forms. */
export function toSourceLines(input: string): SourceLine[] {
  return input.split(LINE_BREAK).map((raw, index) => {
    const cleaned = raw.replace(INVISIBLE, '').replace(NO_BREAK_SPACE, ' ').trim();
    const text = normalizeThai(cleaned);

    return { number: index + 1, raw, cleaned, text, ascii: thaiDigitsToAscii(text) };
  });
}

function lineNumberAt(input: string, offset: number): number {
  const before = input.slice(0, offset);

  return before.split(LINE_BREAK).length;
}
