/*
 * Rule: a per-transaction limit: one transaction counted in the limit's direction may reach the
 * limit but not exceed it. Nothing is "used": each transaction stands alone.
 */
import type { CompiledPerTransactionLimit } from '../compile';
import type { PerTransactionLimit } from '../../presets/types/classes';
import { perTransactionScopeSelects } from './perTransactionScope';
import { judgeLimit } from './limitViolation';
import type { LimitRuleResult, RuleInput } from './types';

/**
 * Evaluates a per-transaction limit.
 *
 * @param input - the rule input
 * @param limit - the compiled limit (`type: 'per_transaction'`)
 * @returns `failed` with a `per_transaction_limit` violation when the amount is above the limit,
 *   `not_applicable` when the transaction does not count in its direction, else `passed`
 * @example
 * ```ts
 * perTransactionRule(input, limit).values; // { limit: '5000.00', used: '0.00', … } when tracing
 * ```
 */
export function perTransactionRule(
  input: RuleInput,
  limit: CompiledPerTransactionLimit,
): LimitRuleResult {
  const state = {
    limit,
    used: 0n,
    remaining: limit.minor,
    rest: limit.minor,
    resetsAt: null,
    applies:
      input.tx !== null &&
      input.counted === limit.direction &&
      perTransactionScopeSelects(
        limit.rule as PerTransactionLimit,
        input.tx.kind,
        input.tx.channel,
      ),
  };
  const exceeds = input.tx !== null && input.tx.minor > limit.minor;
  return judgeLimit(
    input,
    state,
    exceeds,
    'trace_per_transaction_within',
    'trace_limit_not_counted',
  );
}
