/**
 * Orders dotted plan codes segment by segment, numerically where both segments are numbers, so
 * `5.2` < `5.10` and a parent precedes its children.
 */
export function comparePlanCodes(a: string, b: string): number {
  const left = a.split('.');
  const right = b.split('.');

  for (let i = 0; i < Math.min(left.length, right.length); i += 1) {
    const x = left[i] ?? '';
    const y = right[i] ?? '';
    const difference = /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : x.localeCompare(y);

    if (difference !== 0) {
      return difference;
    }
  }

  return left.length - right.length;
}
