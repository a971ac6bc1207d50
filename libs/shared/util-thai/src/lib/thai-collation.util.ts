const thaiCollator = new Intl.Collator('th');
const thaiWordSegmenter = new Intl.Segmenter('th', { granularity: 'word' });

/** Compares two strings in Thai dictionary order (ICU collation for `th`), for Array.sort. */
export function compareThai(left: string, right: string): number {
  return thaiCollator.compare(left, right);
}

/** Returns a copy of the values sorted in Thai dictionary order. */
export function sortThai(values: readonly string[]): string[] {
  return [...values].sort(compareThai);
}

/**
 * Splits text into words with ICU's Thai dictionary segmenter and drops spaces and punctuation.
 * Thai is written without spaces between words, so this is what search indexing needs.
 */
export function segmentThaiWords(text: string): string[] {
  const words: string[] = [];

  for (const segment of thaiWordSegmenter.segment(text)) {
    if (segment.isWordLike === true) {
      words.push(segment.segment);
    }
  }

  return words;
}
