/**
 * The shipped preset `in-rbi-kyc` on its own: India's RBI small and full-KYC accounts and wallets (INR). Importing it from
 * `account-policy/presets/in-rbi-kyc` bundles this preset's data and no other's, where
 * `getPreset('in-rbi-kyc')` (account-policy/presets) holds every shipped preset. The object is the
 * registry's own: `getPreset('in-rbi-kyc') === IN_RBI_KYC`.
 *
 * @example
 * ```ts
 * import { IN_RBI_KYC } from 'account-policy/presets/in-rbi-kyc';
 * import { checkTransaction, createUsage } from 'account-policy/limits';
 * checkTransaction(account, transaction, createUsage(IN_RBI_KYC), IN_RBI_KYC);
 * ```
 *
 * @module
 */
export { IN_RBI_KYC } from './shipped/inRbiKyc';
