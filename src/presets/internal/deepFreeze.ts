/*
 * The one helper that freezes the library's shipped data (presets, the transition table, message
 * catalogs, label tables, lists of codes) and every preset `derivePreset` returns, so that no
 * caller can change the rules another caller sees.
 */

/** Objects known to be frozen all the way down (frozen here, or checked once). */
const DEEP_FROZEN = new WeakSet<object>();

/** Plain data: arrays and objects whose prototype is `Object.prototype` or `null`. */
function isPlainData(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Freezes a value and every array and plain object inside it (class instances such as schemas
 * and decimals, and functions, are left as they are). Returns the same value, now read-only:
 * assigning to it throws in strict mode.
 *
 * @param value - plain data
 * @returns the same value, frozen all the way down
 * @example
 * ```ts
 * const table = deepFreeze({ closed: { activate: { allowed: false } } });
 * Object.isFrozen(table.closed.activate); // true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (!isPlainData(value) || DEEP_FROZEN.has(value)) return value;
  Object.freeze(value);
  DEEP_FROZEN.add(value);
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor && 'value' in descriptor) deepFreeze(descriptor.value);
  }
  return value;
}

/**
 * Whether a value is frozen all the way down (every array and plain object inside it), so that
 * what is computed from it can be kept: frozen by {@link deepFreeze}, or checked here once.
 *
 * @param value - anything
 * @returns `true` when nothing inside it can change
 * @example
 * ```ts
 * isDeepFrozen(deepFreeze({ a: [1] })); // true
 * isDeepFrozen(Object.freeze({ a: [1] })); // false
 * ```
 */
export function isDeepFrozen(value: unknown): boolean {
  const seen = new Set<object>();
  const check = (v: unknown): boolean => {
    if (!isPlainData(v) || DEEP_FROZEN.has(v) || seen.has(v)) return true;
    if (!Object.isFrozen(v)) return false;
    seen.add(v);
    return Reflect.ownKeys(v).every((key) => {
      const descriptor = Object.getOwnPropertyDescriptor(v, key);
      return !descriptor || !('value' in descriptor) || check(descriptor.value);
    });
  };
  if (!check(value)) return false;
  for (const v of seen) DEEP_FROZEN.add(v);
  return true;
}
