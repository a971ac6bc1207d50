import { OverviewCache } from './overview-cache';

function cacheAt(settings = { ttlMs: 1000, maxEntries: 3 }): { cache: OverviewCache<string>; clock: { now: number } } {
  const clock = { now: 0 };

  return { cache: new OverviewCache<string>(settings, () => clock.now), clock };
}

describe('OverviewCache', () => {
  it('expires entries after the TTL', () => {
    const { cache, clock } = cacheAt();

    expect(cache.store('a', 'first', cache.ticket())).toBe(true);
    clock.now = 999;
    expect(cache.get('a')).toBe('first');
    clock.now = 1000;
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('evicts the least recently read', () => {
    const { cache } = cacheAt();

    for (const id of ['a', 'b', 'c']) {
      cache.store(id, id, cache.ticket());
    }
    cache.get('a');
    cache.store('d', 'd', cache.ticket());

    expect([cache.get('a'), cache.get('b'), cache.get('c'), cache.get('d')]).toEqual(['a', undefined, 'c', 'd']);
  });

  it('rejects an answer from before a flush', () => {
    const { cache } = cacheAt();
    const ticket = cache.ticket();

    cache.flush();

    expect(cache.store('a', 'from before the write', ticket)).toBe(false);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.store('a', 'after the write', cache.ticket())).toBe(true);
  });

  it('flush empties every entry', () => {
    const { cache } = cacheAt();

    cache.store('a', 'a', cache.ticket());
    cache.store('b', 'b', cache.ticket());
    cache.flush();

    expect([cache.get('a'), cache.get('b'), cache.size]).toEqual([undefined, undefined, 0]);
  });

  it('stays off while disconnected', () => {
    const { cache } = cacheAt();

    cache.store('a', 'a', cache.ticket());
    cache.setConnected(false);

    expect(cache.get('a')).toBeUndefined();
    expect(cache.enabled).toBe(false);
    expect(cache.store('b', 'b', cache.ticket())).toBe(false);
    cache.setConnected(true);
    expect(cache.store('b', 'b', cache.ticket())).toBe(true);
    expect(cache.get('b')).toBe('b');
  });

  it.each([
    { ttlMs: 0, maxEntries: 10 },
    { ttlMs: 1000, maxEntries: 0 },
  ])('is off with %o', (settings) => {
    const { cache } = cacheAt(settings);

    expect(cache.store('a', 'a', cache.ticket())).toBe(false);
    expect(cache.get('a')).toBeUndefined();
  });

  describe('read', () => {
    /** Returns a gather that resolves when the test calls `resolve`, and counts its calls. */
    function deferredGather(): { gather: () => Promise<string>; resolve: (value: string) => void; calls: () => number } {
      let calls = 0;
      let resolve: (value: string) => void = () => undefined;

      return {
        gather: () => {
          calls += 1;

          return new Promise<string>((done) => {
            resolve = done;
          });
        },
        resolve: (value) => resolve(value),
        calls: () => calls,
      };
    }
    const complete = () => true;

    it('shares one gather between concurrent misses', async () => {
      const { cache } = cacheAt();
      const pending = deferredGather();
      const reads = [cache.read('a', pending.gather, complete), cache.read('a', pending.gather, complete)];

      pending.resolve('value');
      const [first, second] = await Promise.all(reads);

      expect(pending.calls()).toBe(1);
      expect(first).toEqual({ value: 'value', source: 'miss', stored: true });
      expect(second).toEqual({ value: 'value', source: 'collapsed', stored: false });
      expect(await cache.read('a', pending.gather, complete)).toEqual({ value: 'value', source: 'hit', stored: false });
    });

    it('starts a new gather after a flush', async () => {
      const { cache } = cacheAt();
      const before = deferredGather();
      const after = deferredGather();
      const early = cache.read('a', before.gather, complete);

      cache.flush();
      const late = cache.read('a', after.gather, complete);

      before.resolve('before the write');
      after.resolve('after the write');

      expect(await early).toEqual({ value: 'before the write', source: 'miss', stored: false });
      expect(await late).toEqual({ value: 'after the write', source: 'miss', stored: true });
      expect(cache.get('a')).toBe('after the write');
    });

    it('passes a failed gather to every waiting read', async () => {
      const { cache } = cacheAt();
      const failure = new Error('service down');
      let calls = 0;
      const gather = () => {
        calls += 1;

        return Promise.reject(failure);
      };
      const reads = [cache.read('a', gather, complete), cache.read('a', gather, complete)];

      await expect(reads[0]).rejects.toBe(failure);
      await expect(reads[1]).rejects.toBe(failure);
      expect(calls).toBe(1);
      expect(cache.size).toBe(0);
    });

    it('does not store an incomplete answer', async () => {
      const { cache } = cacheAt();

      expect(await cache.read('a', () => Promise.resolve('partial'), () => false)).toEqual({ value: 'partial', source: 'miss', stored: false });
      expect(cache.get('a')).toBeUndefined();
    });

    it('gathers for every read when off', async () => {
      const { cache } = cacheAt({ ttlMs: 0, maxEntries: 10 });
      const pending = deferredGather();
      const reads = [cache.read('a', pending.gather, complete), cache.read('a', pending.gather, complete)];

      expect(pending.calls()).toBe(2);
      pending.resolve('second');
      await reads[1];
    });
  });
});
