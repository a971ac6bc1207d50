import { prefixWithinBudget } from './reply-budget';

describe('prefixWithinBudget', () => {
  const item = (text: string) => ({ text });

  it.each([
    ['keeps every item when all fit', 100, 3],
    ['stops before the item that would pass the budget', 40, 2],
    ['keeps the first item even when it alone is over the budget', 5, 1],
  ])('%s', (_name, budget, expected) => {
    expect(prefixWithinBudget([item('aaaa'), item('bbbb'), item('cccc')], budget)).toHaveLength(expected);
  });

  it('counts Thai text in UTF-8 bytes, not characters', () => {
    // Each item is {"text":"กกกก"}: 11 ASCII bytes and 4 × 3 bytes of Thai, plus one separator.
    expect(prefixWithinBudget([item('กกกก'), item('กกกก')], 30)).toHaveLength(1);
    expect(prefixWithinBudget([item('กกกก'), item('กกกก')], 48)).toHaveLength(2);
  });

  it('returns nothing for no items', () => {
    expect(prefixWithinBudget([])).toEqual([]);
  });
});
