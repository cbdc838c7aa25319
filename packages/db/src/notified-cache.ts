import type { ChangeNotifications, ChangeSubscriber } from './change-notifications';

export interface NotifiedCacheOptions<V> {
  /** The table whose rows the entries are, keyed by that table's key: an update or deletion of a row drops its entry. */
  table: string;
  /** Other tables an entry was read with, and the key of the row in each: a change of that row drops the entry. */
  dependsOn?: Record<string, (value: V) => string | null>;
  /** A bound on memory per process; an entry pushed out is read again on its next use. */
  maxEntries?: number;
}

/**
 * Rows kept in memory for as long as change notifications say they have not changed, in every process alike. Until
 * the process listens, or after it lost its listening connection, every `get` reads from the database.
 *
 * A read that overlaps an invalidation is not kept: `generation` counts invalidations, and a row read while it moved
 * may be older than the change that moved it.
 */
export class NotifiedCache<V> implements ChangeSubscriber {
  private readonly entries = new Map<string, V>();
  private readonly maxEntries: number;
  private generation = 0;

  constructor(
    private readonly notifications: Pick<ChangeNotifications, 'listening' | 'subscribe'>,
    private readonly options: NotifiedCacheOptions<V>,
  ) {
    this.maxEntries = options.maxEntries ?? 10_000;
    notifications.subscribe(this);
  }

  /** The entry for `key`, or what `read` returns for it (kept unless undefined). */
  async get(key: string, read: () => Promise<V | undefined>): Promise<V | undefined> {
    const cacheable = this.notifications.listening;
    if (cacheable) {
      const cached = this.entries.get(key);
      if (cached !== undefined) return cached;
    }
    const generation = this.generation;
    const value = await read();
    if (value !== undefined && cacheable && generation === this.generation && this.notifications.listening) this.remember(key, value);
    return value;
  }

  changed(table: string, key: string): void {
    if (table === this.options.table) {
      this.generation++;
      this.entries.delete(key);
      return;
    }
    const keyIn = this.options.dependsOn?.[table];
    if (!keyIn) return;
    this.generation++;
    for (const [entryKey, value] of this.entries) if (keyIn(value) === key) this.entries.delete(entryKey);
  }

  reset(): void {
    this.generation++;
    this.entries.clear();
  }

  private remember(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}
