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

// Weight blocks of the sort key, in the order Thai collation puts scripts: symbols, digits,
// Thai, then every other script. All of them sit in the BMP, so UTF-16 order (JavaScript) and
// UTF-8 byte order (PostgreSQL `COLLATE "C"`) agree.
const symbolBlock = 0x4e00;
const digitBlock = 0x5e00;
const thaiBlock = 0x6e00;
const otherBlock = 0x7e00;
const levelSeparator = String.fromCharCode(symbolBlock - 1);
const thaiDigitZero = 0x0e50;
const thaiLeadingVowels = /[\u0e40-\u0e44]/u;
const thaiConsonants = /[\u0e01-\u0e2e]/u;
// Node's `th` collator (Node 20 ICU, ignorePunctuation on for Thai) skips spaces and punctuation,
// paiyannoi and mai yamok included. Symbols such as `$` still count and sort before digits.
const ignorablePunctuation = /[\p{P}\p{Z}\s\u0e2f\u0e46\u0e4f\u0e5a\u0e5b]/u;
const thaiLetters = /(?![\u0e2f\u0e46\u0e4f\u0e5a\u0e5b])[\u0e01-\u0e4e]/u;
// Tone marks, mai taikhu, thanthakhat, nikhahit and yamakkan differ at the second level only.
const thaiSecondaryMarks = /[\u0e47-\u0e4e]/u;
// Marks of other scripts (Latin accents after NFD) are dropped, but Thai vowel signs count as letters.
const nonThaiCombiningMarks = /(?![\u0e00-\u0e7f])\p{M}/u;

function characterWeight(character: string): number {
  const codePoint = character.codePointAt(0) ?? 0;

  if (codePoint >= thaiDigitZero && codePoint <= thaiDigitZero + 9) {
    return digitBlock + codePoint - thaiDigitZero;
  }
  if (codePoint >= 0x30 && codePoint <= 0x39) {
    return digitBlock + codePoint - 0x30;
  }
  if (thaiLetters.test(character)) {
    return thaiBlock + codePoint - 0x0e00;
  }
  if (/[\p{L}\p{N}]/u.test(character)) {
    return otherBlock + (codePoint & 0xfff);
  }

  return symbolBlock + (codePoint & 0xfff);
}

// Thai writes เ แ โ ใ ไ before the consonant they follow in speech, so collation reads them after it.
function logicalThaiOrder(characters: string[]): string[] {
  const ordered = [...characters];

  for (let index = 0; index < ordered.length - 1; index += 1) {
    const [current, next] = [ordered[index], ordered[index + 1]];

    if (thaiLeadingVowels.test(current) && thaiConsonants.test(next)) {
      ordered[index] = next;
      ordered[index + 1] = current;
      index += 1;
    }
  }

  return ordered;
}

/**
 * Returns a key whose plain code-point order is Thai dictionary order, close to ICU's `th`
 * collation: symbols, then digits (Thai or Arabic), then Thai with leading vowels read after their
 * consonant, then Latin and other scripts. Spaces and punctuation are skipped at first. Tone marks
 * and punctuation, then letter case, only break ties, and accents of other scripts are dropped.
 * Databases sort on it with a byte-order collation, so PGlite, which has no ICU, and PostgreSQL
 * return lists in one order.
 * NOTE: ICU's order of punctuation between otherwise equal texts ("a-b" and "a b") is not reproduced.
 */
export function thaiSortKey(text: string): string {
  const characters = logicalThaiOrder(Array.from(text.normalize('NFD').toLowerCase().trim()));
  const secondary = characters.filter((character) => !nonThaiCombiningMarks.test(character) || thaiSecondaryMarks.test(character));
  const primary = secondary.filter((character) => !thaiSecondaryMarks.test(character) && !ignorablePunctuation.test(character));
  const encode = (part: string[]): string => part.map((character) => String.fromCharCode(characterWeight(character))).join('');

  // Swapping case puts lower case first at the last level, as ICU does.
  const tertiary = Array.from(text.normalize('NFC').trim(), (character) =>
    character === character.toLowerCase() ? character.toUpperCase() : character.toLowerCase(),
  ).join('');

  return `${encode(primary)}${levelSeparator}${encode(secondary)}${levelSeparator}${tertiary}`;
}
