/*
 * The violations of the service-facing checks: a reversal that names no recorded transaction or
 * exceeds what is left of it, and (opt-in) insufficient funds. Internal to src/limits.
 */
import type { Lang } from '../messages/lang';
import { formatLimitMessage as formatMessage } from '../messages/areaMessages';
import { minorText } from '../money/amountMinor';
import type { ReversalCheck } from './memory';
import type { ParsedTransaction } from './parse';
import type { FundsViolation, ReversalViolation } from './types';

/** Where these checks are described (they are the library's, not a regulator's). */
/** Where these checks are described (the library's, not a regulator's). */
export const SERVICE_SOURCE = 'account-policy docs/services.md';
const SOURCE_KEY = 'account-policy';

/**
 * The violation for a refused reversal, or null.
 *
 * @param check - what the reversal check found
 * @param tx - the reversal
 * @param lang - the messages' language
 * @returns the violation, or null when the reversal is fine (or untracked)
 */
export function reversalViolation(
  check: ReversalCheck,
  tx: ParsedTransaction,
  lang: Lang,
): ReversalViolation | null {
  if (check.kind !== 'unknown' && check.kind !== 'exceeds') return null;
  const original = tx.reverses!.id;
  const code = check.kind === 'unknown' ? 'unknown_reversal' : 'reversal_exceeds_original';
  const remaining = check.kind === 'exceeds' ? check.left : undefined;
  return {
    code,
    original,
    requested: tx.amountText,
    ...(remaining === undefined ? {} : { remaining }),
    rule: 'transaction.reverses',
    source: SERVICE_SOURCE,
    sourceKey: SOURCE_KEY,
    message: formatMessage(
      code,
      { original, requested: tx.amountText, remaining: remaining ?? '' },
      lang,
    ),
  };
}

/**
 * The `insufficient_funds` violation of a debit the balance less pending debits does not cover.
 *
 * @param balanceMinor - the booked balance in minor units
 * @param pendingMinor - pending debits (holds) in minor units
 * @param tx - the transaction (a debit)
 * @param scale - the currency's scale
 * @param lang - the messages' language
 * @returns the violation, or null when the funds suffice
 */
export function fundsViolation(
  balanceMinor: bigint,
  pendingMinor: bigint,
  tx: ParsedTransaction,
  scale: number,
  lang: Lang,
): FundsViolation | null {
  if (tx.minor <= balanceMinor - pendingMinor) return null;
  const params = fundsValues(balanceMinor, pendingMinor, tx, scale);
  return {
    code: 'insufficient_funds',
    ...params,
    rule: 'options.checkFunds',
    source: SERVICE_SOURCE,
    sourceKey: SOURCE_KEY,
    message: formatMessage('insufficient_funds', params, lang),
  };
}

/**
 * The amounts the funds rule compares, as text: the balance, pending debits, the amount requested
 * and what is available (never below zero).
 *
 * @param balanceMinor - the booked balance in minor units
 * @param pendingMinor - pending debits in minor units
 * @param tx - the debit
 * @param scale - the currency's scale
 * @returns the four amounts with the currency's scale
 * @example
 * ```ts
 * fundsValues(150000n, 0n, tx, 2).available; // '1500.00'
 * ```
 */
export function fundsValues(
  balanceMinor: bigint,
  pendingMinor: bigint,
  tx: ParsedTransaction,
  scale: number,
): { balance: string; pending: string; requested: string; available: string } {
  const available = balanceMinor - pendingMinor;
  return {
    balance: minorText(balanceMinor, scale),
    pending: minorText(pendingMinor, scale),
    requested: tx.amountText,
    available: minorText(available < 0n ? 0n : available, scale),
  };
}
