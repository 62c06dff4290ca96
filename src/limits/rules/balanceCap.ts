/*
 * Rule: a balance cap: a credit may bring the balance (pending credits included) up to the cap
 * but not above it. Debits never raise the balance, so the cap does not apply to them.
 */
import type { CompiledBalanceCap } from '../compile';
import { judgeLimit } from './limitViolation';
import type { LimitRuleResult, RuleInput } from './types';

/**
 * Evaluates a balance cap.
 *
 * @param input - the rule input
 * @param limit - the compiled cap (`type: 'balance_cap'`)
 * @returns `failed` with a `balance_cap` violation when a credit would bring the balance above
 *   the cap, `not_applicable` for a debit, else `passed`
 * @example
 * ```ts
 * balanceCapRule(input, cap).values?.balanceAfter; // '1500.00' when tracing
 * ```
 */
export function balanceCapRule(input: RuleInput, limit: CompiledBalanceCap): LimitRuleResult {
  const { ev } = input;
  const used = ev.balanceMinor + ev.pendingCreditsMinor;
  const rest = limit.minor - used;
  const state = {
    limit,
    used,
    remaining: rest < 0n ? 0n : rest,
    rest,
    resetsAt: null,
    applies: input.tx !== null && input.effect === 1,
  };
  const exceeds = input.tx !== null && input.tx.minor > rest;
  return judgeLimit(input, state, exceeds, 'trace_balance_cap_within', 'trace_balance_cap_debit');
}
