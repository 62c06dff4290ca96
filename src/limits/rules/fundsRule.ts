/*
 * Rule (opt-in, `checkFunds: true`): a debit must be covered by the booked balance less pending
 * debits. Evaluated only for debits when the option is on.
 */
import type { Lang } from '../../messages/lang';
import type { PolicyDecimal } from '../../money/decimal';
import { fixedText } from '../fixedText';
import type { ParsedTransaction } from '../parse';
import { fundsViolation, SERVICE_SOURCE } from '../serviceChecks';
import type { FundsViolation } from '../types';
import { ZERO } from '../zero';
import type { RuleResult } from './types';

/**
 * Evaluates the funds rule for a debit.
 *
 * @param balance - the booked balance
 * @param pending - pending debits
 * @param tx - the debit
 * @param scale - the currency's scale
 * @param lang - the message's language
 * @param trace - whether to report the values compared
 * @returns `failed` with an `insufficient_funds` violation, or `passed`
 * @example
 * ```ts
 * fundsRule(balance, ZERO, tx, 2, 'en', true).values; // { balance, pending, requested, available }
 * ```
 */
export function fundsRule(
  balance: PolicyDecimal,
  pending: PolicyDecimal,
  tx: ParsedTransaction,
  scale: number,
  lang: Lang,
  trace: boolean,
): RuleResult<FundsViolation> {
  const violation = fundsViolation(balance, pending, tx, scale, lang);
  const available = balance.minus(pending);
  return {
    rule: 'options.checkFunds',
    source: SERVICE_SOURCE,
    outcome: violation === null ? 'passed' : 'failed',
    code: violation?.code ?? 'trace_funds_ok',
    violation,
    values: trace
      ? {
          balance: fixedText(balance, scale),
          pending: fixedText(pending, scale),
          requested: tx.amountText,
          available: fixedText(available.isNegative() ? ZERO : available, scale),
        }
      : null,
  };
}
