import { AccountPolicyError, attempt, type Result } from '../errors';
import { CN_PBOC_2016, CN_PBOC_2018, TIERED_GENERIC } from './shipped/presets';
import { EU_EMONEY_SDD } from './shipped/euEmoneySdd';
import { IN_RBI_KYC } from './shipped/inRbiKyc';
import { NG_CBN_KYC } from './shipped/ngCbnKyc';
import type { Preset } from './types/preset';
import { deepFreeze } from './internal/deepFreeze';
import type { ShippedPreset, ShippedPresetId } from './shippedClassIds';

export type { ShippedPresetId } from './shippedClassIds';

/** Id of the default preset: the current PBOC edition. */
export const DEFAULT_PRESET_ID = 'cn-pboc-2018' satisfies ShippedPresetId;

const SHIPPED: readonly Preset[] = /* @__PURE__ */ deepFreeze([
  CN_PBOC_2018,
  CN_PBOC_2016,
  TIERED_GENERIC,
  NG_CBN_KYC,
  IN_RBI_KYC,
  EU_EMONEY_SDD,
]);

/** Ids of every shipped preset, default first. */
export const PRESET_IDS: readonly ShippedPresetId[] = /* @__PURE__ */ deepFreeze(
  SHIPPED.map((p) => p.id as ShippedPresetId),
);

/**
 * Every shipped preset, default first.
 *
 * @returns the shipped presets (frozen data; derive a copy to change one)
 * @example
 * ```ts
 * listPresets().map((p) => p.id); // ['cn-pboc-2018', 'cn-pboc-2016', 'tiered-generic']
 * ```
 */
export function listPresets(): readonly Preset[] {
  return SHIPPED;
}

/**
 * The default preset ({@link DEFAULT_PRESET_ID}, the current PBOC edition).
 *
 * @returns the preset, typed with its class ids as literals (`Preset<'I' | 'II' | 'III'>`)
 * @example
 * ```ts
 * getPreset().id; // 'cn-pboc-2018'
 * ```
 */
export function getPreset(): ShippedPreset<typeof DEFAULT_PRESET_ID>;
/**
 * The shipped preset with this id.
 *
 * @param id - a shipped id, e.g. `'cn-pboc-2018'` (an id from untrusted input: {@link safeGetPreset})
 * @returns the preset, typed with its class ids as literals (`ShippedPreset<Id>`), so that an
 *   account of a class it lacks fails to type-check where both are passed
 * @throws AccountPolicyError `unknown_preset` naming the id and the known ones
 * @example
 * ```ts
 * getPreset('tiered-generic').classes.map((c) => c.id); // ['basic', 'intermediate', 'advanced']
 * ```
 */
export function getPreset<Id extends ShippedPresetId>(id: Id): ShippedPreset<Id>;
export function getPreset(id: ShippedPresetId = DEFAULT_PRESET_ID): Preset {
  const found = SHIPPED.find((p) => p.id === id);
  if (!found) {
    throw new AccountPolicyError(
      'unknown_preset',
      `Unknown preset ${typeof id === 'string' ? JSON.stringify(id.slice(0, 60)) : `(a ${typeof id})`}; known presets: ${PRESET_IDS.join(', ')}`,
      [{ path: ['preset'], message: `unknown preset; known: ${PRESET_IDS.join(', ')}` }],
    );
  }
  return found;
}

/**
 * Non-throwing twin of {@link getPreset}.
 *
 * @param id - the preset id
 * @returns `{ ok: true, value }` or `{ ok: false, error }` with code `unknown_preset`
 * @example
 * ```ts
 * safeGetPreset('nope').ok; // false
 * ```
 */
export function safeGetPreset(id: string): Result<Preset> {
  return attempt(() => getPreset(id as ShippedPresetId));
}
