/**
 * Largest reply in bytes. NATS servers accept 1 MB per message by default (max_payload), and the
 * rest is left for the headers and the reply envelope.
 */
export const maxReplyBytes = 900_000;

/**
 * Returns the longest prefix of `items` whose JSON fits in `maxReplyBytes`, and always the first
 * item, so a batch read makes progress even when one item is large.
 */
export function prefixWithinBudget<T>(items: readonly T[], budget = maxReplyBytes): T[] {
  let used = 0;
  let count = 0;

  for (const item of items) {
    used += Buffer.byteLength(JSON.stringify(item), 'utf8') + 1;
    if (count > 0 && used > budget) {
      break;
    }
    count += 1;
  }

  return items.slice(0, count);
}
