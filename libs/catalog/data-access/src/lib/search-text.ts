import { normalizeThai, segmentThaiWords } from '@bma-kpi/util-thai';

/**
 * Builds the searchText column from a dataset's texts: each normalised (NFC, SARA AM repaired),
 * in lower case and with runs of whitespace collapsed, joined by single spaces.
 */
export function buildSearchText(texts: readonly (string | null | undefined)[]): string {
  return texts
    .filter((text): text is string => typeof text === 'string' && text.trim() !== '')
    .map(normalizeSearchText)
    .join(' ');
}

/**
 * Splits a search query into the terms that must all occur in searchText. Thai is written without
 * spaces, so each whitespace-separated part is split further into words with ICU's segmenter.
 */
export function searchTerms(query: string): string[] {
  const normalized = normalizeSearchText(query);
  const terms = new Set<string>();

  for (const part of normalized.split(' ')) {
    const words = segmentThaiWords(part);

    for (const word of words.length > 0 ? words : [part]) {
      if (word !== '') {
        terms.add(word);
      }
    }
  }

  return [...terms];
}

/** Escapes `%`, `_` and `\` so that a term matches literally inside ILIKE. */
export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function normalizeSearchText(text: string): string {
  return normalizeThai(text).toLowerCase().replace(/\s+/g, ' ').trim();
}
