/*
 * The violations of the service-facing checks: a reversal that names no recorded transaction or
 * exceeds what is left of it, and (opt-in) insufficient funds. Internal to src/limits.
 */
import type { Lang } from '../messages/lang';
import { formatLimitMessage as formatMessage } from '../messages/areaMessages';
import type { PolicyDecimal } from '../money/decimal';
import { fixedText } from './fixedText';
import type { ReversalCheck } from './memory';
import type { ParsedTransaction } from './parse';
import type { FundsViolation, ReversalViolation } from './types';
import { ZERO } from './zero';

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
 * @param balance - the booked balance
 * @param pending - pending debits (holds)
 * @param tx - the transaction (a debit)
 * @param scale - the currency's scale
 * @param lang - the messages' language
 * @returns the violation, or null when the funds suffice
 */
export function fundsViolation(
  balance: PolicyDecimal,
  pending: PolicyDecimal,
  tx: ParsedTransaction,
  scale: number,
  lang: Lang,
): FundsViolation | null {
  const available = balance.minus(pending);
  if (!tx.amount.greaterThan(available)) return null;
  const params = {
    balance: fixedText(balance, scale),
    pending: fixedText(pending, scale),
    requested: tx.amountText,
    available: fixedText(available.isNegative() ? ZERO : available, scale),
  };
  return {
    code: 'insufficient_funds',
    ...params,
    rule: 'options.checkFunds',
    source: SERVICE_SOURCE,
    sourceKey: SOURCE_KEY,
    message: formatMessage('insufficient_funds', params, lang),
  };
}
