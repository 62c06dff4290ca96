/*
 * Rule (opt-in, `checkFunds: true`): a debit must be covered by the booked balance less pending
 * debits. Evaluated only for debits when the option is on.
 */
import type { Lang } from '../../messages/lang';
import type { ParsedTransaction } from '../parse';
import { fundsValues, fundsViolation, SERVICE_SOURCE } from '../serviceChecks';
import type { FundsViolation } from '../types';
import type { RuleResult } from './types';

/**
 * Evaluates the funds rule for a debit.
 *
 * @param balance - the booked balance in minor units
 * @param pending - pending debits in minor units
 * @param tx - the debit
 * @param scale - the currency's scale
 * @param lang - the message's language
 * @param trace - whether to report the values compared
 * @returns `failed` with an `insufficient_funds` violation, or `passed`
 * @example
 * ```ts
 * fundsRule(150000n, 0n, tx, 2, 'en', true).values; // { balance, pending, requested, available }
 * ```
 */
export function fundsRule(
  balance: bigint,
  pending: bigint,
  tx: ParsedTransaction,
  scale: number,
  lang: Lang,
  trace: boolean,
): RuleResult<FundsViolation> {
  const violation = fundsViolation(balance, pending, tx, scale, lang);
  return {
    rule: 'options.checkFunds',
    source: SERVICE_SOURCE,
    outcome: violation === null ? 'passed' : 'failed',
    code: violation?.code ?? 'trace_funds_ok',
    violation,
    values: trace ? fundsValues(balance, pending, tx, scale) : null,
  };
}
