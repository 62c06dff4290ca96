/*
 * A bounded memo keyed by object identity, for the limit engine's per-object caches. Internal.
 */

/**
 * How many objects the engine's caches keep from one call to the next: the few a caller works on
 * at once (a usage and the one its write returns, each with its day and year windows; a form that
 * checks one usage on every keystroke). A service reads a new usage from its database for every
 * request, and each object kept past its request survives young-generation collections: with 64
 * and 256 kept, `JSON.parse` of a stored usage plus a check cost about a fifth more (median 42.9 µs
 * against 35.4 µs with 4, six alternating runs of the built package, Node 20), while a check on
 * one usage object read again and again costs the same with 4 (ratio 1.006).
 *
 * @example
 * ```ts
 * const seen = new RecentMap<object, number>(RECENT_OBJECTS);
 * ```
 */
export const RECENT_OBJECTS = 4;

/**
 * A map from objects to what was computed about them, holding the last `size` keys set (the
 * oldest dropped first). The engine's caches used `WeakMap`/`WeakSet`, but a check from a history
 * and every recorded transaction make new objects, and V8 pays for weak keys at every
 * young-generation collection (ephemerons): garbage collection was 36% of
 * `checkTransactionFromHistory`'s time (issue 18). Holding the last few keys strongly costs a
 * bounded amount of memory instead, and a key dropped is only computed again.
 *
 * The keys and values sit in two fixed arrays written round, not in a `Map`. With the `Map`, on a
 * service's path (a usage parsed from its JSON text for every check), 2.6 MB were promoted per
 * young-generation collection, each took about 10 ms, and garbage collection was 37% of the time
 * (Node 20, `--trace-gc-nvp`); with the arrays, a few bytes. Our reading of why: a long-lived
 * `Map` whose keys keep changing is rehashed every few sets, V8 links each replaced hash table to
 * its successor (for iterators still reading it), and once one old table had been promoted, that
 * chain kept every later table and what it held alive until the next full collection.
 * Overwriting an array slot leaves nothing behind.
 *
 * @example
 * ```ts
 * const seen = new RecentMap<object, number>(64);
 * seen.set(usage, 1);
 * seen.get(usage); // 1
 * ```
 */
export class RecentMap<K extends object, V> {
  readonly #keys: (K | undefined)[];
  readonly #values: (V | undefined)[];
  /** The slot the next new key goes in: the oldest key's, once every slot is used. */
  #next = 0;
  /** This call's own entries, inside {@link withCallLocalMemos}. */
  #local: Map<K, V> | null = null;

  /**
   * @param size - how many keys are kept (a whole number, at least 1)
   */
  constructor(size: number) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`size ${size}: expected ≥ 1`);
    this.#keys = new Array<K | undefined>(size).fill(undefined);
    this.#values = new Array<V | undefined>(size).fill(undefined);
  }

  /**
   * What was set for `key`, if it is still held.
   *
   * @param key - the object
   * @returns its value, or `undefined`
   */
  get(key: K): V | undefined {
    if (depth > 0) return this.#localEntries().get(key);
    const at = this.#keys.indexOf(key);
    return at < 0 ? undefined : this.#values[at];
  }

  /**
   * Whether `key` is still held.
   *
   * @param key - the object
   * @returns true if held
   */
  has(key: K): boolean {
    if (depth > 0) return this.#localEntries().has(key);
    return this.#keys.indexOf(key) >= 0;
  }

  /**
   * Sets the value of `key`, dropping the oldest key when full.
   *
   * @param key - the object
   * @param value - its value
   * @returns nothing
   */
  set(key: K, value: V): void {
    if (depth > 0) {
      this.#localEntries().set(key, value);
      return;
    }
    const keys = this.#keys;
    let at = keys.indexOf(key);
    if (at < 0) {
      at = this.#next;
      keys[at] = key;
      this.#next = at + 1 === keys.length ? 0 : at + 1;
    }
    this.#values[at] = value;
  }

  #localEntries(): Map<K, V> {
    if (this.#local === null) {
      this.#local = new Map();
      touched.push(this);
    }
    return this.#local;
  }

  /** Drops this call's entries (at the end of {@link withCallLocalMemos}). */
  dropLocal(): void {
    this.#local = null;
  }
}

let depth = 0;
const touched: RecentMap<object, unknown>[] = [];

/**
 * Runs `body` with every RecentMap keeping its entries for this call only, dropped when it
 * returns or throws. For a call whose objects no later call can see (a check from a history
 * builds its usage, reads it and drops it): remembering them past the call would only make them
 * survive a young-generation collection, and V8 then allocates what the same code makes next
 * directly in the old generation (pretenuring), so that garbage collection grew to a third of the
 * check's time (issue 18). Calls nest: the outermost one drops the entries.
 *
 * @param body - the call
 * @returns what `body` returns
 * @example
 * ```ts
 * withCallLocalMemos(() => decide(compiled, cls, own, tx, usageFromParsed(preset, kept, at), …));
 * ```
 */
export function withCallLocalMemos<T>(body: () => T): T {
  depth++;
  try {
    return body();
  } finally {
    if (--depth === 0) for (const m of touched.splice(0)) m.dropLocal();
  }
}
