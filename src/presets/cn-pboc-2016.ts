/**
 * The shipped preset `cn-pboc-2016` on its own: PBOC personal account classes, 2016 edition. Importing it from
 * `account-policy/presets/cn-pboc-2016` bundles this preset's data and no other's, where
 * `getPreset('cn-pboc-2016')` (account-policy/presets) holds every shipped preset. The object is the
 * registry's own: `getPreset('cn-pboc-2016') === CN_PBOC_2016`.
 *
 * @example
 * ```ts
 * import { CN_PBOC_2016 } from 'account-policy/presets/cn-pboc-2016';
 * import { checkTransaction, createUsage } from 'account-policy/limits';
 * checkTransaction(account, transaction, createUsage(CN_PBOC_2016), CN_PBOC_2016);
 * ```
 *
 * @module
 */
export { CN_PBOC_2016 } from './shipped/cnPboc2016';
