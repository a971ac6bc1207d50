/** Phrases with which a Thai progress note states that a target was met (ตามเป้าหมาย, บรรลุเป้าหมาย). */
const TARGET_MET = /(?:ได้|เป็นไป|สำเร็จ|ครบ)ตามเป้าหมาย|บรรลุ(?:ตาม)?เป้าหมาย/g;

/** Characters before a phrase searched for a negating `ไม่`. */
const NEGATION_WINDOW = 8;

/**
 * Tells whether Thai text states that a target was met. `ไม่เป็นไปตามเป้าหมาย` and
 * `ยังไม่บรรลุเป้าหมาย` mean the opposite, so a `ไม่` just before the phrase cancels it.
 */
export function statesTargetMet(text: string): boolean {
  for (const match of text.matchAll(TARGET_MET)) {
    const before = text.slice(Math.max(0, match.index - NEGATION_WINDOW), match.index);

    if (!before.includes('ไม่')) {
      return true;
    }
  }

  return false;
}
