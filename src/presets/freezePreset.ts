import { AccountPolicyError, attempt, type Result } from '../errors';
import { deepFreeze } from './internal/deepFreeze';
import type { Preset } from './types/preset';
import { validatePreset } from './validatePreset';

/**
 * A preset loaded from elsewhere (a JSON file, a database row), checked and made ready to use on
 * every call: a copy of it, validated and frozen all the way down. The engines validate and
 * compile a preset once per frozen object and keep the result, but a preset that can still
 * change is validated and compiled again on every call (about 2 ms for a shipped preset's size,
 * against microseconds for the check itself). Shipped presets and `derivePreset`'s results are
 * frozen already; load any other preset through this once, at start-up. The argument is left as
 * it is.
 *
 * @param preset - the preset (plain JSON data)
 * @returns a frozen, validated copy
 * @throws AccountPolicyError `invalid_preset` listing every problem
 * @example
 * ```ts
 * const preset = freezePreset(JSON.parse(readFileSync('bank-preset.json', 'utf8')));
 * checkTransaction(account, transaction, usage, preset); // compiled once, on the first call
 * ```
 */
export function freezePreset<C extends string>(preset: Preset<C>): Preset<C> {
  return deepFreeze(validatePreset(copyOf(preset)) as Preset<C>);
}

/** A structured copy; a value that has none (a function inside) is not a preset. */
function copyOf<T>(preset: T): T {
  try {
    return structuredClone(preset);
  } catch (error) {
    const message = `is not plain JSON data (${(error as Error).message.slice(0, 80)})`;
    throw new AccountPolicyError('invalid_preset', `Preset is invalid: ${message}`, [
      { path: [], message },
    ]);
  }
}

/**
 * {@link freezePreset} without throwing.
 *
 * @param preset - the preset
 * @returns `{ ok: true, value }` with the frozen copy, or `{ ok: false, error }` with every issue
 * @example
 * ```ts
 * safeFreezePreset({ ...getPreset(), id: '' }).ok; // false
 * ```
 */
export function safeFreezePreset<C extends string>(preset: Preset<C>): Result<Preset<C>> {
  return attempt(() => freezePreset(preset));
}
