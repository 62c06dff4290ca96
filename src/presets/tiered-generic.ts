/**
 * The shipped preset `tiered-generic` on its own: a Chinese bank's basic/intermediate/advanced tiering scheme. Importing it from
 * `account-policy/presets/tiered-generic` bundles this preset's data and no other's, where
 * `getPreset('tiered-generic')` (account-policy/presets) holds every shipped preset. The object is the
 * registry's own: `getPreset('tiered-generic') === TIERED_GENERIC`.
 *
 * @example
 * ```ts
 * import { TIERED_GENERIC } from 'account-policy/presets/tiered-generic';
 * import { checkTransaction, createUsage } from 'account-policy/limits';
 * checkTransaction(account, transaction, createUsage(TIERED_GENERIC), TIERED_GENERIC);
 * ```
 *
 * @module
 */
export { TIERED_GENERIC } from './shipped/tieredGeneric';
