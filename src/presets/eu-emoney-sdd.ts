/**
 * The shipped preset `eu-emoney-sdd` on its own: EU e-money simplified due diligence (EUR). Importing it from
 * `account-policy/presets/eu-emoney-sdd` bundles this preset's data and no other's, where
 * `getPreset('eu-emoney-sdd')` (account-policy/presets) holds every shipped preset. The object is the
 * registry's own: `getPreset('eu-emoney-sdd') === EU_EMONEY_SDD`.
 *
 * @example
 * ```ts
 * import { EU_EMONEY_SDD } from 'account-policy/presets/eu-emoney-sdd';
 * import { checkTransaction, createUsage } from 'account-policy/limits';
 * checkTransaction(account, transaction, createUsage(EU_EMONEY_SDD), EU_EMONEY_SDD);
 * ```
 *
 * @module
 */
export { EU_EMONEY_SDD } from './shipped/euEmoneySdd';
