import { asciiWords, containsThai, normalizedTitle, stableHash, truncateIdentifier, withUniqueSuffix } from './ascii-identifier.util';

/** Maximum length of a machine name, because PostgreSQL truncates identifiers longer than 63 bytes. */
export const maxMachineNameLength = 63;

function baseMachineName(label: string): string {
  const title = normalizedTitle(label);
  const ascii = asciiWords(title, '_');
  const hash = stableHash(title);

  if (ascii === '') {
    return `field_${hash}`;
  }
  const start = /^[a-z]/u.test(ascii) ? ascii : `field_${ascii}`;

  // Without transliteration, the hash keeps two Thai labels that share their ASCII words apart.
  return containsThai(title)
    ? `${truncateIdentifier(start, maxMachineNameLength - hash.length - 1)}_${hash}`
    : truncateIdentifier(start, maxMachineNameLength);
}

/**
 * Derives a snake_case machine name for a column header that is not in `usedNames`. An ASCII header
 * keeps its words (`Population 2568` becomes `population_2568`); a Thai header becomes
 * `field_<hash>` of its normalised text, with any ASCII words in front. Equal headers give equal
 * names, and a name already in use gets the suffix `_2`, `_3`, … The caller adds the result to `usedNames`.
 */
export function machineNameFor(labelTh: string, usedNames: ReadonlySet<string>): string {
  return withUniqueSuffix(baseMachineName(labelTh), usedNames, '_', maxMachineNameLength);
}
