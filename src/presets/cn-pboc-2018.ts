/**
 * The shipped preset `cn-pboc-2018` on its own: PBOC personal account classes, 2018 edition (the default preset). Importing it from
 * `account-policy/presets/cn-pboc-2018` bundles this preset's data and no other's, where
 * `getPreset('cn-pboc-2018')` (account-policy/presets) holds every shipped preset. The object is the
 * registry's own: `getPreset('cn-pboc-2018') === CN_PBOC_2018`.
 *
 * @example
 * ```ts
 * import { CN_PBOC_2018 } from 'account-policy/presets/cn-pboc-2018';
 * import { checkTransaction, createUsage } from 'account-policy/limits';
 * checkTransaction(account, transaction, createUsage(CN_PBOC_2018), CN_PBOC_2018);
 * ```
 *
 * @module
 */
export { CN_PBOC_2018 } from './shipped/cnPboc2018';
