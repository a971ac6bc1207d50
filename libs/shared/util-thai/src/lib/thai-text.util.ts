import { SARA_AM_REPAIRS, type SaraAmRepair } from './sara-am-repairs.data';

/** Function that returns a normalised copy of Thai text. */
export type ThaiNormalizer = (text: string) => string;

// NFC leaves U+0E4D U+0E32 alone because SARA AM has only a compatibility decomposition, so
// the pair is recomposed here. A tone mark typed between the two moves in front of SARA AM.
const DECOMPOSED_SARA_AM = /\u0E4D([\u0E48-\u0E4B]?)\u0E32/g;
// Characters that attach to the consonant before them, so a match ending right before one of
// them would cut a syllable in two.
const ATTACHED_TO_PREVIOUS = /[\u0E30-\u0E3A\u0E47-\u0E4E]/;
// Leading vowels belong to the consonant after them, so a match starting right after one would
// also cut a syllable.
const LEADING_VOWEL = /[\u0E40-\u0E44]/;

/**
 * Builds a normaliser that applies NFC, recomposes NIKHAHIT + SARA AA into SARA AM and then
 * repairs the listed broken words. Throws a RangeError when a repair has an empty `broken`.
 */
export function createThaiNormalizer(repairs: readonly SaraAmRepair[]): ThaiNormalizer {
  const repairsByFirstChar = indexRepairs(repairs);

  return (text: string): string =>
    applyRepairs(text.normalize('NFC').replace(DECOMPOSED_SARA_AM, '$1\u0E33'), repairsByFirstChar);
}

const defaultNormalizer = createThaiNormalizer(SARA_AM_REPAIRS);

/**
 * Returns a normalised copy of Thai text: NFC, SARA AM recomposed and the broken words of
 * SARA_AM_REPAIRS repaired. Thai digits and whitespace are left as they are.
 */
export function normalizeThai(text: string): string {
  return defaultNormalizer(text);
}

/** Tells whether two texts are equal after normalizeThai. */
export function thaiTextEquals(left: string, right: string): boolean {
  return normalizeThai(left) === normalizeThai(right);
}

function indexRepairs(repairs: readonly SaraAmRepair[]): Map<string, SaraAmRepair[]> {
  const index = new Map<string, SaraAmRepair[]>();

  for (const repair of repairs) {
    if (repair.broken.length === 0) {
      throw new RangeError(`Invalid SARA AM repair to "${repair.fixed}": "broken" is empty.`);
    }
    const broken = repair.broken.normalize('NFC');
    const bucket = index.get(broken[0]) ?? [];

    bucket.push({ ...repair, broken });
    index.set(broken[0], bucket);
  }
  // Longer entries first, so that a phrase wins over a shorter entry at the same position.
  for (const bucket of index.values()) {
    bucket.sort((a, b) => b.broken.length - a.broken.length);
  }

  return index;
}

function applyRepairs(text: string, repairsByFirstChar: Map<string, SaraAmRepair[]>): string {
  let output = '';
  let copiedUpTo = 0;
  let index = 0;

  while (index < text.length) {
    const repair = repairsByFirstChar
      .get(text[index])
      ?.find((candidate) => matchesAt(text, index, candidate));

    if (repair) {
      output += text.slice(copiedUpTo, index) + repair.fixed;
      index += repair.broken.length;
      copiedUpTo = index;
    } else {
      index += 1;
    }
  }

  return output + text.slice(copiedUpTo);
}

function matchesAt(text: string, index: number, repair: SaraAmRepair): boolean {
  if (!text.startsWith(repair.broken, index)) {
    return false;
  }
  const before = index > 0 ? text[index - 1] : '';
  const after = text.charAt(index + repair.broken.length);

  if (LEADING_VOWEL.test(before) || ATTACHED_TO_PREVIOUS.test(after)) {
    return false;
  }

  return after === '' || !(repair.unlessFollowedBy ?? '').includes(after);
}
