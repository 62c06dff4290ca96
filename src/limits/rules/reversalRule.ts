/*
 * Rule: a reversal must name a recorded transaction of the same kind, counterparty and instant,
 * and may not take back more than is left of it. Evaluated only for reversals.
 */
import type { Lang } from '../../messages/lang';
import type { ReversalCheck } from '../memory';
import type { ParsedTransaction } from '../parse';
import { reversalViolation, SERVICE_SOURCE } from '../serviceChecks';
import type { ReversalViolation } from '../types';
import type { RuleResult } from './types';

/**
 * Evaluates the reversal rule, or returns null when the transaction is no reversal.
 *
 * @param check - what the reversal check found
 * @param tx - the transaction
 * @param lang - the message's language
 * @param trace - whether to report the values compared
 * @returns the result (`passed` also when the original is older than the usage's memory), or null
 * @example
 * ```ts
 * reversalRule({ kind: 'unknown' }, reversalTx, 'en', true)?.outcome; // 'failed'
 * ```
 */
export function reversalRule(
  check: ReversalCheck,
  tx: ParsedTransaction,
  lang: Lang,
  trace: boolean,
): RuleResult<ReversalViolation> | null {
  if (tx.reverses === undefined) return null;
  const violation = reversalViolation(check, tx, lang);
  const values = {
    original: tx.reverses.id,
    requested: tx.amountText,
    ...(check.kind === 'exceeds' ? { remaining: check.left } : {}),
    tracked: check.kind !== 'untracked',
  };
  return {
    rule: 'transaction.reverses',
    source: SERVICE_SOURCE,
    outcome: violation === null ? 'passed' : 'failed',
    code: violation?.code ?? 'trace_reversal_ok',
    violation,
    values: trace ? values : null,
  };
}
