/*
 * The class (or tier) ids of every shipped preset, as data and as literal types. The runtime list
 * is checked against the presets' data by src/presets/shippedClassIds.test.ts, so the types
 * cannot drift from what `getPreset` returns.
 */
import { deepFreeze } from './internal/deepFreeze';
import type { Preset } from './types/preset';

/**
 * The class or tier ids of each shipped preset, lowest rank first.
 *
 * @example
 * ```ts
 * SHIPPED_CLASS_IDS['cn-pboc-2018']; // ['III', 'II', 'I']
 * ```
 */
export const SHIPPED_CLASS_IDS = /* @__PURE__ */ deepFreeze({
  'cn-pboc-2018': ['III', 'II', 'I'],
  'cn-pboc-2016': ['III', 'II', 'I'],
  'tiered-generic': ['basic', 'intermediate', 'advanced'],
  'ng-cbn-kyc': ['tier1', 'tier2', 'tier3'],
  'in-rbi-kyc': ['smallPpi', 'smallAccount', 'fullKycPpi', 'fullKycAccount'],
  'eu-emoney-sdd': ['sddNonReloadable', 'sddReloadable', 'cdd'],
} as const);

/**
 * Ids of the shipped presets, as a literal type: `getPreset('cn-pboc-2019')` does not type-check.
 * An id from untrusted input (a flag, a request) goes through `safeGetPreset`, which takes any
 * string; a preset of one's own is passed as the preset object itself.
 *
 * @example
 * ```ts
 * const id: ShippedPresetId = 'cn-pboc-2016';
 * ```
 */
export type ShippedPresetId = keyof typeof SHIPPED_CLASS_IDS;

/**
 * The class ids of one shipped preset (of all of them by default), as a literal union.
 *
 * @example
 * ```ts
 * const cls: ShippedClassId<'cn-pboc-2018'> = 'II'; // 'IV' does not type-check
 * ```
 */
export type ShippedClassId<Id extends ShippedPresetId = ShippedPresetId> =
  (typeof SHIPPED_CLASS_IDS)[Id][number];

/**
 * The PBOC personal account classes: `'I' | 'II' | 'III'`.
 *
 * @example
 * ```ts
 * const cls: PbocClassId = 'III';
 * ```
 */
export type PbocClassId = ShippedClassId<'cn-pboc-2018'>;

/**
 * A shipped preset's type: its class ids are literal types, so an account of a class the preset
 * does not have (`class: 'IV'`) fails to type-check where the preset is passed with it.
 *
 * @example
 * ```ts
 * const preset: ShippedPreset<'tiered-generic'> = getPreset('tiered-generic');
 * ```
 */
export type ShippedPreset<Id extends ShippedPresetId = ShippedPresetId> = Preset<
  ShippedClassId<Id>
>;

/**
 * The class ids of a preset's type: a literal union for shipped presets, `string` for a preset
 * typed as plain `Preset`.
 *
 * @example
 * ```ts
 * type Ids = ClassIdOf<ShippedPreset<'cn-pboc-2018'>>; // 'I' | 'II' | 'III'
 * ```
 */
export type ClassIdOf<P extends Preset<string>> = P['classes'][number]['id'];

/**
 * The type of the class id an entry point accepts for a preset whose class ids are `C`, given
 * the argument's own type `A`: a literal must be one of `C` (`class: 'IV'` with a PBOC preset
 * fails to type-check, naming the classes it could be), while a plain `string` (a value read from
 * a database or a request) is accepted and checked at run time (`invalid_input` for an unknown
 * class).
 *
 * @example
 * ```ts
 * type Ok = ClassIdArgument<'II', PbocClassId>; // 'II'
 * type Bad = ClassIdArgument<'IV', PbocClassId>; // 'I' | 'II' | 'III': 'IV' is not assignable
 * type Wide = ClassIdArgument<string, PbocClassId>; // string
 * ```
 */
export type ClassIdArgument<A extends string, C extends string> = string extends A
  ? A
  : A extends C
    ? A
    : C;
