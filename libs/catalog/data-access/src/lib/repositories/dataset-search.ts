import { Prisma } from '../../generated/prisma/client';
import { escapeLike, searchTerms } from '../search-text';
import { searchKey, searchTrigrams } from '@bma-kpi/catalog-domain';
import type { DatasetListQuery } from './dataset.types';

/**
 * Share of a query's trigrams that a dataset's titles and keywords must contain to count as a
 * similar match. At 0.4 a seven-letter Thai word with one letter missing or wrong still matches.
 */
export const similarTextThreshold = 0.4;

/** A free-text query in the forms that the SQL conditions compare. */
export interface PreparedSearch {
  /** The whole query normalised as searchText is. */
  key: string;
  /** Words that must all occur in searchText for a word match. */
  terms: string[];
  trigrams: string[];
}

/** Normalises a free-text query, or returns null when it has no words to look for. */
export function prepareSearch(text: string | undefined): PreparedSearch | null {
  const key = searchKey(text ?? '');
  const words = searchTerms(key);
  // A query of punctuation alone ("%") has no words, so it is looked for as written.
  const terms = words.length > 0 ? words : [key];

  return key === '' ? null : { key, terms, trigrams: searchTrigrams(key) };
}

/** Conditions of every list filter except free text, against the table alias `d`. */
export function filterConditions(query: DatasetListQuery): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  const columns = [
    ['agencyCode', Prisma.sql`d."agencyCode"`],
    ['datasetType', Prisma.sql`d."datasetType"`],
    ['dataCategory', Prisma.sql`d."dataCategory"`],
    ['classification', Prisma.sql`d.classification`],
  ] as const;

  for (const [filter, column] of columns) {
    const value = query[filter];

    if (value !== undefined) {
      conditions.push(Prisma.sql`${column} = ${value}`);
    }
  }
  if (query.classificationIn !== undefined) {
    conditions.push(
      query.classificationIn.length === 0 ? Prisma.sql`FALSE` : Prisma.sql`d.classification IN (${Prisma.join(query.classificationIn)})`,
    );
  }
  if (query.tag !== undefined) {
    conditions.push(tagCondition(query.tag.trim()));
  }

  return conditions;
}

/** Conditions of a word match: every word of the query occurs in searchText. */
export function wordConditions(search: PreparedSearch): Prisma.Sql[] {
  return search.terms.map((term) => Prisma.sql`d."searchText" ILIKE ${`%${escapeLike(term)}%`}`);
}

/** Condition of a similar match, for queries whose words match nothing (typing errors, other word breaks). */
export function similarCondition(search: PreparedSearch): Prisma.Sql {
  return Prisma.sql`d."searchTrigrams" && ${search.trigrams}::text[] AND ${trigramShare(search)} >= ${similarTextThreshold}`;
}

/**
 * Orders by relevance, then in Thai dictionary order: a title that starts with the query first,
 * then texts that contain the whole query, each group by the share of query trigrams in the
 * titles and keywords.
 */
export function relevanceOrder(search: PreparedSearch): Prisma.Sql {
  const pattern = escapeLike(search.key);

  return Prisma.sql`ORDER BY (
      (CASE WHEN d."searchText" LIKE ${`${pattern}%`} THEN 2 ELSE 0 END)
      + (CASE WHEN d."searchText" LIKE ${`%${pattern}%`} THEN 1 ELSE 0 END)
      + ${trigramShare(search)}) DESC, d."sortKey", d.slug`;
}

/** Thai dictionary order of the Thai titles; the slug breaks ties so pages never overlap. */
export const titleOrder = Prisma.sql`ORDER BY d."sortKey", d.slug`;

/** Joins conditions into a WHERE clause, or nothing when there are none. */
export function whereClause(conditions: readonly Prisma.Sql[]): Prisma.Sql {
  return conditions.length === 0 ? Prisma.empty : Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}`;
}

function trigramShare(search: PreparedSearch): Prisma.Sql {
  if (search.trigrams.length === 0) {
    return Prisma.sql`0`;
  }

  return Prisma.sql`((SELECT count(*) FROM unnest(d."searchTrigrams") AS t(trigram)
      WHERE t.trigram = ANY(${search.trigrams}::text[]))::float8 / ${search.trigrams.length})`;
}

// `tag_string` is comma-separated text from CKAN forms, or an array from API clients.
function tagCondition(tag: string): Prisma.Sql {
  return Prisma.sql`EXISTS (
    SELECT 1 FROM unnest(
      CASE WHEN jsonb_typeof(d.metadata -> 'tag_string') = 'array'
        THEN ARRAY(SELECT jsonb_array_elements_text(d.metadata -> 'tag_string'))
        ELSE string_to_array(d.metadata ->> 'tag_string', ',')
      END) AS t(tag)
    WHERE btrim(t.tag) = ${tag})`;
}
