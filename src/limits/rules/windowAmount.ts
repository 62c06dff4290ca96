/*
 * Rule: a window amount limit (daily / monthly / annual / rolling, inflow or outflow). What the
 * transaction counts toward, plus what is already used in the window, may reach the limit but
 * not exceed it: with 9,000.00 used of 10,000.00, 1,000.00 passes and 1,000.01 fails.
 */
import type { CompiledWindowLimit } from '../compile';
import { windowUse } from '../windowUse';
import { judgeLimit } from './limitViolation';
import type { LimitRuleResult, RuleInput } from './types';

/**
 * Evaluates a window amount limit.
 *
 * @param input - the rule input
 * @param limit - the compiled limit (`type: 'window_amount'`)
 * @returns `failed` with a `daily_outflow_limit`-style violation when exceeded, `not_applicable`
 *   when the transaction does not count in the limit's direction, else `passed`
 * @example
 * ```ts
 * windowAmountRule(input, cls.limits[0]).outcome; // 'passed'
 * ```
 */
export function windowAmountRule(input: RuleInput, limit: CompiledWindowLimit): LimitRuleResult {
  const use = windowUse(input.ev, input.cls, limit.windowKey);
  const used = limit.direction === 'inflow' ? use.inflow : use.outflow;
  const rest = limit.minor - used;
  const state = {
    limit,
    used,
    remaining: rest < 0n ? 0n : rest,
    rest,
    resetsAt: use.resetsAt,
    applies: input.tx !== null && input.counted === limit.direction,
  };
  const exceeds = input.tx !== null && input.tx.minor > rest;
  return judgeLimit(input, state, exceeds, 'trace_limit_within', 'trace_limit_not_counted');
}
