import type { ParseMessage } from './kpi-record';
import { parseMessage } from './parse-messages';
import type { SourceLine } from './source-lines';

// Bounded repetitions keep the scan linear on long lines.
const EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}/;
const THAI_PHONE = /(?<![\d/.])0\d{1,2}[- ]?\d{3}[- ]?\d{3,4}(?![\d/])/;
const PHONE_LABEL = /โทร(?:ศัพท์|\.)?\s?[0-9๐-๙]/;

/**
 * Flags lines that look as if they hold an e-mail address or a phone number, such as an
 * officer's contact in a note. The parser keeps the text as printed, and the caller redacts it
 * before storing or logging the record.
 */
export function findPersonalData(lines: readonly SourceLine[]): ParseMessage[] {
  return lines
    .filter((line) => {
      const text = line.ascii;

      return (
        (text.includes('@') && EMAIL.test(text)) || THAI_PHONE.test(text) || PHONE_LABEL.test(text)
      );
    })
    .map((line) => parseMessage('PERSONAL_DATA', line.number));
}
