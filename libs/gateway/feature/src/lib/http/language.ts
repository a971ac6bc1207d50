/** Languages of user-facing text: Thai by default, English on request. */
export type Language = 'th' | 'en';

/**
 * Picks the response language from an Accept-Language header: the highest-weighted of th and en,
 * Thai when neither is listed or the header is missing.
 */
export function negotiateLanguage(header: string | undefined): Language {
  if (!header) {
    return 'th';
  }
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;

      return { tag, weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0 && /^(th|en)(-|$)/.test(entry.tag))
    .sort((a, b) => b.weight - a.weight || a.index - b.index);

  return ranked[0]?.tag.startsWith('en') ? 'en' : 'th';
}
