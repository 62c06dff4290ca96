import { AccountPolicyError, attempt, type Result } from '../errors';
import { CN_PBOC_2016, CN_PBOC_2018, TIERED_GENERIC } from './shipped/presets';
import { EU_EMONEY_SDD } from './shipped/euEmoneySdd';
import { IN_RBI_KYC } from './shipped/inRbiKyc';
import { NG_CBN_KYC } from './shipped/ngCbnKyc';
import type { Preset } from './types/preset';
import { deepFreeze } from './internal/deepFreeze';

export { getClassRules } from './classRules';

/**
 * Ids of the shipped presets, as a literal type: `getPreset('cn-pboc-2019')` does not type-check.
 * An id from untrusted input (a flag, a request) goes through {@link safeGetPreset}, which takes
 * any string; a preset of one's own is passed as the preset object itself.
 *
 * @example
 * ```ts
 * const id: ShippedPresetId = 'cn-pboc-2016';
 * ```
 */
export type ShippedPresetId =
  | 'cn-pboc-2018'
  | 'cn-pboc-2016'
  | 'tiered-generic'
  | 'ng-cbn-kyc'
  | 'in-rbi-kyc'
  | 'eu-emoney-sdd';

/** Id of the default preset: the current PBOC edition. */
export const DEFAULT_PRESET_ID: ShippedPresetId = 'cn-pboc-2018';

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
 * The shipped preset with this id.
 *
 * @param id - e.g. `'cn-pboc-2018'`; defaults to {@link DEFAULT_PRESET_ID}
 * @returns the preset
 * @throws AccountPolicyError `unknown_preset` naming the id and the known ones
 * @example
 * ```ts
 * getPreset('tiered-generic').classes.map((c) => c.id); // ['basic', 'intermediate', 'advanced']
 * ```
 */
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
