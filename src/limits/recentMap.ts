/*
 * A bounded memo keyed by object identity, for the limit engine's per-object caches. Internal.
 */

/**
 * A map from objects to what was computed about them, holding the last `size` keys set (the
 * oldest dropped first). The engine's caches used `WeakMap`/`WeakSet`, but a check from a history
 * and every recorded transaction make new objects, and V8 pays for weak keys at every
 * young-generation collection (ephemerons): garbage collection was 36% of
 * `checkTransactionFromHistory`'s time (issue 18). Holding the last few keys strongly costs a
 * bounded amount of memory instead, and a key dropped is only computed again.
 *
 * @example
 * ```ts
 * const seen = new RecentMap<object, number>(64);
 * seen.set(usage, 1);
 * seen.get(usage); // 1
 * ```
 */
export class RecentMap<K extends object, V> {
  readonly #entries = new Map<K, V>();
  readonly #size: number;

  /**
   * @param size - how many keys are kept
   */
  constructor(size: number) {
    this.#size = size;
  }

  /**
   * What was set for `key`, if it is still held.
   *
   * @param key - the object
   * @returns its value, or `undefined`
   */
  get(key: K): V | undefined {
    return this.#entries.get(key);
  }

  /**
   * Whether `key` is still held.
   *
   * @param key - the object
   * @returns true if held
   */
  has(key: K): boolean {
    return this.#entries.has(key);
  }

  /**
   * Sets the value of `key`, dropping the oldest key when full.
   *
   * @param key - the object
   * @param value - its value
   * @returns nothing
   */
  set(key: K, value: V): void {
    const entries = this.#entries;
    if (entries.size >= this.#size && !entries.has(key))
      entries.delete(entries.keys().next().value!);
    entries.set(key, value);
  }
}
