/** Limits of the overview cache, set by OVERVIEW_CACHE_TTL_MS and OVERVIEW_CACHE_MAX_ENTRIES. */
export interface OverviewCacheSettings {
  /** Maximum age of an entry in milliseconds. 0 turns the cache off. */
  ttlMs: number;
  /** Maximum number of entries. The least recently read entry is dropped first. */
  maxEntries: number;
}

/**
 * Source of a read: the cache (`hit`), a gather that another request had already started for the
 * same id since the last flush (`collapsed`), or a gather of its own (`miss`).
 */
export type CacheReadSource = 'hit' | 'collapsed' | 'miss';

/** Result of a read through the cache, with its source and whether its own gather was stored. */
export interface CacheRead<T> {
  value: T;
  source: CacheReadSource;
  stored: boolean;
}

/** Cause of a flush of the whole cache, as the metrics count it. */
export type CacheFlushCause = 'write' | 'event' | 'connection';

/**
 * Complete overviews by indicator id, kept until anything that could change one happens. Writes
 * and events empty the whole cache rather than single entries: an event does not always name the
 * indicators it affects (a renamed dataset, an opened round), and writes are rare next to reads.
 *
 * A read takes a ticket before it requests the services and stores its result only if nothing was
 * emptied since, so a result gathered across a write never outlives that write. Reads of one id
 * that miss at the same time share one gather, so a flush under load does not send every waiting
 * request to the services at once. A read joins only a gather that started after the last flush.
 */
export class OverviewCache<T> {
  private readonly entries = new Map<string, { value: T; expiresAt: number }>();
  private readonly gathering = new Map<string, { ticket: number; value: Promise<T> }>();
  private generation = 0;
  private connected = true;

  constructor(
    private readonly settings: OverviewCacheSettings,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** False when the cache is turned off, or while change notices cannot arrive. */
  get enabled(): boolean {
    return this.settings.ttlMs > 0 && this.settings.maxEntries > 0 && this.connected;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Returns the entry of `id` if it is still fresh, and marks it as the most recently read. */
  get(id: string): T | undefined {
    const entry = this.entries.get(id);

    if (entry === undefined) {
      return undefined;
    }
    this.entries.delete(id);
    if (entry.expiresAt <= this.now()) {
      return undefined;
    }
    this.entries.set(id, entry);

    return entry.value;
  }

  /**
   * Returns the entry of `id`, or joins or starts a gather for it. A complete result of its own
   * gather is stored. While the cache is off every read gathers on its own.
   */
  async read(id: string, gather: () => Promise<T>, complete: (value: T) => boolean): Promise<CacheRead<T>> {
    const cached = this.get(id);

    if (cached !== undefined) {
      return { value: cached, source: 'hit', stored: false };
    }
    const ticket = this.generation;
    const running = this.gathering.get(id);

    if (running !== undefined && running.ticket === ticket) {
      return { value: await running.value, source: 'collapsed', stored: false };
    }
    const value = gather();

    if (this.enabled) {
      this.gathering.set(id, { ticket, value });
    }
    try {
      const result = await value;

      return { value: result, source: 'miss', stored: complete(result) && this.store(id, result, ticket) };
    } finally {
      if (this.gathering.get(id)?.value === value) {
        this.gathering.delete(id);
      }
    }
  }

  /** Returns the ticket that a read passes to `store` once it has its result. */
  ticket(): number {
    return this.generation;
  }

  /** Keeps `value` unless the cache was emptied after `ticket` was taken or is off. Returns whether it was kept. */
  store(id: string, value: T, ticket: number): boolean {
    if (!this.enabled || ticket !== this.generation) {
      return false;
    }
    this.entries.delete(id);
    this.entries.set(id, { value, expiresAt: this.now() + this.settings.ttlMs });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.settings.maxEntries) {
        break;
      }
      this.entries.delete(oldest);
    }

    return true;
  }

  /** Drops every entry and rejects the results of reads that started before. */
  flush(): void {
    this.generation += 1;
    this.entries.clear();
  }

  /** Empties the cache and, while `connected` is false, keeps it off, because notices sent meanwhile are lost. */
  setConnected(connected: boolean): void {
    this.connected = connected;
    this.flush();
  }
}
