import { idRanges } from './indicators.client';

/** Tells whether an id falls in a range the way PostgreSQL compares UUIDs: as lowercase hex text. */
function inRange(id: string, range: { afterId?: string; beforeId?: string }): boolean {
  return (range.afterId === undefined || id > range.afterId) && (range.beforeId === undefined || id < range.beforeId);
}

describe('idRanges', () => {
  it('splits the id space into four open-ended ranges', () => {
    expect(idRanges(4)).toEqual([
      { beforeId: '40000000-0000-0000-0000-000000000000' },
      { afterId: '3fffffff-ffff-ffff-ffff-ffffffffffff', beforeId: '80000000-0000-0000-0000-000000000000' },
      { afterId: '7fffffff-ffff-ffff-ffff-ffffffffffff', beforeId: 'c0000000-0000-0000-0000-000000000000' },
      { afterId: 'bfffffff-ffff-ffff-ffff-ffffffffffff' },
    ]);
  });

  it.each([
    '00000000-0000-0000-0000-000000000000',
    '3fffffff-ffff-ffff-ffff-ffffffffffff',
    '40000000-0000-0000-0000-000000000000',
    '7f3c2a10-9b1e-4c55-8a6d-0e1f2a3b4c5d',
    'c0000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
  ])('puts %s in exactly one range', (id) => {
    expect(idRanges(4).filter((range) => inRange(id, range))).toHaveLength(1);
  });

  it('returns one unbounded range for a count of one', () => {
    expect(idRanges(1)).toEqual([{}]);
  });
});
