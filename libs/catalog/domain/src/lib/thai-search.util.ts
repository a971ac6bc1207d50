import { normalizeThai, segmentThaiWords, thaiDigitsToAscii } from '@bma-kpi/util-thai';

/**
 * Returns the form of text that search compares: NFC, sara am repaired, Thai digits as ASCII,
 * lowercase, one space between words and no space at either end.
 */
export function searchKey(text: string): string {
  return normalizeThai(thaiDigitsToAscii(text.normalize('NFC'))).normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** Returns the distinct words of the search key in order of first appearance, split by the Thai word segmenter. */
export function searchTokens(text: string): string[] {
  return [...new Set(segmentThaiWords(searchKey(text)))];
}

/**
 * Returns the distinct three-code-point substrings of the search key, in order of first
 * appearance. A key shorter than three code points is its own only trigram, and an empty key
 * has none. Trigrams find Thai titles when word segmentation splits a query differently.
 */
export function searchTrigrams(text: string): string[] {
  const characters = Array.from(searchKey(text));

  if (characters.length < 3) {
    return characters.length === 0 ? [] : [characters.join('')];
  }
  const trigrams = new Set<string>();

  for (let start = 0; start + 3 <= characters.length; start += 1) {
    trigrams.add(characters.slice(start, start + 3).join(''));
  }

  return [...trigrams];
}
