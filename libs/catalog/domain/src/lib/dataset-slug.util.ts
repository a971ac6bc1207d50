import { asciiWords, containsThai, normalizedTitle, stableHash, truncateIdentifier, withUniqueSuffix } from './ascii-identifier.util';

/** Maximum length of a CKAN dataset name, as CKAN's `name_validator` allows. */
export const maxDatasetSlugLength = 100;
const minSlugLength = 2;

/** Names that CKAN's `name_validator` rejects because they collide with dataset routes. */
export const RESERVED_DATASET_NAMES: ReadonlySet<string> = new Set(['new', 'edit', 'search']);

function baseSlug(titleTh: string, titleEn: string | undefined): string {
  const english = asciiWords(titleEn ?? '', '-');

  if (english.length >= minSlugLength) {
    return truncateIdentifier(english, maxDatasetSlugLength);
  }
  const title = normalizedTitle(titleTh);
  const ascii = asciiWords(title, '-');
  const hash = stableHash(title);

  if (ascii.length >= minSlugLength && !containsThai(title)) {
    return truncateIdentifier(ascii, maxDatasetSlugLength);
  }
  // Without transliteration, the hash keeps two Thai titles that share their ASCII words apart.
  if (ascii.length >= minSlugLength) {
    return `${truncateIdentifier(ascii, maxDatasetSlugLength - hash.length - 1)}-${hash}`;
  }

  return `dataset-${hash}`;
}

/**
 * Derives a CKAN dataset name (2–100 characters of a–z, 0–9, `-` and `_`) that is not in
 * `existing`. The name comes from the English title when it has at least two ASCII letters or
 * digits. Otherwise it keeps the ASCII words of the Thai title and adds a hash of the
 * normalised title, or is `dataset-<hash>` for a Thai-only title. Equal inputs give equal names.
 */
export function datasetSlug(titleTh: string, titleEn: string | undefined, existing: ReadonlySet<string>): string {
  const base = baseSlug(titleTh, titleEn);
  const allowed = RESERVED_DATASET_NAMES.has(base) ? `${base}-dataset` : base;

  return withUniqueSuffix(allowed, existing, '-', maxDatasetSlugLength);
}
