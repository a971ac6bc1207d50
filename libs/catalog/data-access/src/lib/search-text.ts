import { searchKey, searchTokens, searchTrigrams } from '@bma-kpi/catalog-domain';
import { thaiSortKey } from '@bma-kpi/util-thai';

/**
 * Version of the rules that derive the search columns. The service recomputes the columns of rows
 * stored under an older version when it starts, so raise it whenever those rules change.
 */
export const searchColumnsVersion = 1;

/** The derived columns that search and sorting read. */
export interface SearchColumns {
  searchText: string;
  searchTrigrams: string[];
  sortKey: string;
  searchVersion: number;
}

/** The dataset texts that search reads. */
export interface SearchableTexts {
  titleTh: string;
  titleEn?: string | null;
  slug: string;
  metadata: Record<string, unknown>;
}

/**
 * Builds the searchText column from a dataset's texts: each normalised (NFC, SARA AM repaired,
 * Thai digits as ASCII), in lower case and with runs of whitespace collapsed, joined by spaces.
 */
export function buildSearchText(texts: readonly (string | null | undefined)[]): string {
  return texts
    .filter((text): text is string => typeof text === 'string' && text.trim() !== '')
    .map(searchKey)
    .join(' ');
}

/** Derives every search column of a dataset. The Thai title comes first in searchText, so a prefix match means the title starts with the query. */
export function searchColumnsOf(fields: SearchableTexts): SearchColumns {
  const { notes, tag_string: tags } = fields.metadata;
  const tagLine = tagText(tags);

  return {
    searchText: buildSearchText([fields.titleTh, fields.titleEn, fields.slug, typeof notes === 'string' ? notes : null, tagLine]),
    // Titles and keywords only: the trigrams of a long description would resemble almost any query.
    searchTrigrams: searchTrigrams(buildSearchText([fields.titleTh, fields.titleEn, tagLine])),
    sortKey: thaiSortKey(fields.titleTh),
    searchVersion: searchColumnsVersion,
  };
}

/**
 * Splits a search query into the terms that must all occur in searchText. Thai is written without
 * spaces, so each part is split further into words with ICU's segmenter.
 */
export function searchTerms(query: string): string[] {
  return searchTokens(query);
}

/** Escapes `%`, `_` and `\` so that a term matches literally inside ILIKE. */
export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (character) => `\\${character}`);
}

// CKAN forms send `tag_string` as comma-separated text; API clients may send an array.
function tagText(tags: unknown): string | null {
  if (Array.isArray(tags)) {
    return tags.filter((tag) => typeof tag === 'string').join(' ');
  }

  return typeof tags === 'string' ? tags.replace(/,/g, ' ') : null;
}
