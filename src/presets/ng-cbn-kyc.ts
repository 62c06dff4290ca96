/**
 * The shipped preset `ng-cbn-kyc` on its own: Nigeria's CBN three-tier KYC accounts (NGN). Importing it from
 * `account-policy/presets/ng-cbn-kyc` bundles this preset's data and no other's, where
 * `getPreset('ng-cbn-kyc')` (account-policy/presets) holds every shipped preset. The object is the
 * registry's own: `getPreset('ng-cbn-kyc') === NG_CBN_KYC`.
 *
 * @example
 * ```ts
 * import { NG_CBN_KYC } from 'account-policy/presets/ng-cbn-kyc';
 * import { checkTransaction, createUsage } from 'account-policy/limits';
 * checkTransaction(account, transaction, createUsage(NG_CBN_KYC), NG_CBN_KYC);
 * ```
 *
 * @module
 */
export { NG_CBN_KYC } from './shipped/ngCbnKyc';
