import { normalizeThai } from '@bma-kpi/util-thai';

import type { QualityRuleCode } from './quality.types';

/** Encoding problem in one cell, with the repaired text when a repair is known. */
export interface EncodingProblem {
  rule: Extract<QualityRuleCode, 'brokenSaraAm' | 'mojibake' | 'replacementCharacter'>;
  /** Repaired text for brokenSaraAm; empty otherwise. */
  detail: string;
}

// UTF-8 Thai starts with byte E0 followed by B8 or B9; read as Latin-1 or Windows-1252 these
// bytes become `à¸` and `à¹`, which no Thai or English text contains.
const latin1Mojibake = /à[¸¹]/;
// In TIS-620 and Windows-874, byte E0 is เ, B8 is ธ and B9 is น, and the third UTF-8 byte becomes
// one more character. Correct Thai contains เธ (as in เธอ) but not two such triples in a row, so
// two consecutive triples are required.
const thaiCodePageMojibake = /(?:เ[ธน][\u0080-\u00A0\u0E01-\u0E3A\u0E3F\u2013-\u2026\uFFFD]){2}/;
const thaiDigit = /[\u0E50-\u0E59]/;

/** Returns the encoding problem of a text cell, or null. Mojibake is reported before a SARA AM repair. */
export function encodingProblem(text: string): EncodingProblem | null {
  if (latin1Mojibake.test(text) || thaiCodePageMojibake.test(text)) {
    return { rule: 'mojibake', detail: '' };
  }
  if (text.includes('\uFFFD')) {
    return { rule: 'replacementCharacter', detail: '' };
  }
  // normalizeThai recomposes NIKHAHIT + SARA AA and repairs the known broken words of all three
  // variants (lost NIKHAHIT, NIKHAHIT read as MAI THO, SARA AM followed by a stray SARA AA).
  const composed = text.normalize('NFC');
  const repaired = normalizeThai(composed);

  return repaired === composed ? null : { rule: 'brokenSaraAm', detail: repaired };
}

/** Tells whether text contains a Thai digit ๐–๙. */
export function hasThaiDigits(text: string): boolean {
  return thaiDigit.test(text);
}
