/*
 * Rule: a window count limit (at most N transactions counted in a direction per window). The
 * transaction is one more: with N − 1 made it passes, with N made it fails.
 */
import type { CompiledWindowLimit } from '../compile';
import { windowUse } from '../windowUse';
import { judgeLimit } from './limitViolation';
import type { LimitRuleResult, RuleInput } from './types';

/**
 * Evaluates a window count limit.
 *
 * @param input - the rule input
 * @param limit - the compiled limit (`type: 'window_count'`)
 * @returns `failed` with a `count_limit` violation when no count is left, `not_applicable` when
 *   the transaction does not count in the limit's direction, else `passed`
 * @example
 * ```ts
 * windowCountRule(input, countLimit).violation?.code; // 'count_limit'
 * ```
 */
export function windowCountRule(input: RuleInput, limit: CompiledWindowLimit): LimitRuleResult {
  const use = windowUse(input.ev, input.cls, limit.windowKey);
  const used = BigInt(limit.direction === 'inflow' ? use.inflowCount : use.outflowCount);
  const rest = limit.minor - used;
  const state = {
    limit,
    used,
    remaining: rest < 0n ? 0n : rest,
    rest,
    resetsAt: use.resetsAt,
    applies: input.tx !== null && input.counted === limit.direction,
  };
  return judgeLimit(input, state, rest < 1n, 'trace_count_within', 'trace_limit_not_counted');
}
