import { normalizeThai, thaiDigitsToAscii } from '@bma-kpi/util-thai';

const thaiLetter = /[\u0E01-\u0E5B]/u;
const combiningMark = /\p{M}/gu;
const nonIdentifierRun = /[^a-z0-9]+/g;

/** Returns the comparison form of a title: Thai repaired and NFC, ASCII digits, one space between words, lowercase. */
export function normalizedTitle(text: string): string {
  return normalizeThai(thaiDigitsToAscii(text)).normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** Tells whether text contains a Thai letter, digit or sign. */
export function containsThai(text: string): boolean {
  return thaiLetter.test(text);
}

/**
 * Returns the ASCII letters and digits of text joined by one separator, lowercase, with accents
 * dropped (`é` becomes `e`). Thai letters and punctuation only separate words, so a Thai-only
 * text returns an empty string.
 */
export function asciiWords(text: string, separator: '-' | '_'): string {
  const words = text.normalize('NFKD').replace(combiningMark, '').toLowerCase().split(nonIdentifierRun);

  return words.filter((word) => word !== '').join(separator);
}

/** Returns 8 hexadecimal digits of the 32-bit FNV-1a hash of the UTF-8 bytes of text. */
export function stableHash(text: string): string {
  let hash = 0x811c9dc5;

  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }

  return hash.toString(16).padStart(8, '0');
}

/** Cuts an identifier to at most maxLength characters without leaving a separator at its end. */
export function truncateIdentifier(identifier: string, maxLength: number): string {
  return identifier.slice(0, maxLength).replace(/[-_]+$/u, '');
}

/**
 * Returns base when it is not usedNames, otherwise base with the smallest free suffix `<separator>2`,
 * `<separator>3`, … Base is shortened first when the suffix would exceed maxLength.
 */
export function withUniqueSuffix(base: string, usedNames: ReadonlySet<string>, separator: '-' | '_', maxLength: number): string {
  if (!usedNames.has(base)) {
    return base;
  }
  for (let counter = 2; ; counter += 1) {
    const suffix = `${separator}${counter}`;
    const candidate = `${truncateIdentifier(base, maxLength - suffix.length)}${suffix}`;

    if (!usedNames.has(candidate)) {
      return candidate;
    }
  }
}
