import type { TransactionKind } from '../presets/types/common';
import { invalidArgument, unknownKind } from './checkArguments';

/**
 * The sign of each kind's effect on the account's balance: `1` credits the account, `-1` debits
 * it. A property of the kind itself (what the words mean), the same under every preset.
 *
 * @example
 * ```ts
 * BALANCE_EFFECTS.payment; // -1
 * BALANCE_EFFECTS.interest; // 1
 * ```
 */
export const BALANCE_EFFECTS: { readonly [K in TransactionKind]: 1 | -1 } = Object.freeze({
  deposit_cash: 1,
  withdraw_cash: -1,
  transfer_in: 1,
  transfer_out: -1,
  payment: -1,
  wealth_purchase: -1,
  wealth_redemption: 1,
  loan_disbursement: 1,
  loan_repayment: -1,
  interest: 1,
  fee: -1,
});

/**
 * Whether a transaction credits (`1`) or debits (`-1`) the account. A reversal has the opposite
 * effect of the kind it reverses.
 *
 * @param kind - the transaction kind
 * @param reversal - true when the transaction reverses an earlier one of this kind
 * @returns `1` for a credit, `-1` for a debit
 * @throws AccountPolicyError `invalid_input` for an unknown kind or a `reversal` that is not a boolean
 * @example
 * ```ts
 * balanceEffect('withdraw_cash'); // -1
 * balanceEffect('payment', true); // 1: a refunded payment credits the account
 * ```
 */
export function balanceEffect(kind: TransactionKind, reversal = false): 1 | -1 {
  // A string key first: any other value would be converted (and could throw) on lookup.
  if (typeof kind !== 'string' || !Object.hasOwn(BALANCE_EFFECTS, kind)) unknownKind(['kind']);
  const effect = BALANCE_EFFECTS[kind];
  if (typeof reversal !== 'boolean') invalidArgument(['reversal'], 'must be true or false');
  return reversal ? (effect === 1 ? -1 : 1) : effect;
}
