/*
 * The limit engine's rules, one file per kind. A class's decision is the fold, in this order, of
 * its permission rule, its channel rule (when the class restricts channels) and then one rule per
 * limit of the class (in the preset's order), dispatched by the limit's `type` below. The account
 * state, reversal and funds rules wrap the decision around them (see `decide`).
 *
 * To add a limit kind: add its compiled type in `compile.ts`, a rule file here returning a
 * `LimitRuleResult` (use `judgeLimit`), and its entry in `LIMIT_RULES`.
 */
import type { CompiledLimit } from '../compile';
import { balanceCapRule } from './balanceCap';
import { perTransactionRule } from './perTransaction';
import type { LimitRuleResult, RuleInput } from './types';
import { windowAmountRule } from './windowAmount';
import { windowCountRule } from './windowCount';

/** The rule of each limit kind, by the compiled limit's `type`. */
export const LIMIT_RULES: {
  readonly [T in CompiledLimit['type']]: (
    input: RuleInput,
    limit: Extract<CompiledLimit, { type: T }>,
  ) => LimitRuleResult;
} = {
  window_amount: windowAmountRule,
  window_count: windowCountRule,
  per_transaction: perTransactionRule,
  balance_cap: balanceCapRule,
};

/**
 * Runs the rule of a limit's kind.
 *
 * @param input - the rule input
 * @param limit - the compiled limit
 * @returns the rule's result
 * @example
 * ```ts
 * runLimitRule(input, cls.limits[0]).outcome;
 * ```
 */
export function runLimitRule(input: RuleInput, limit: CompiledLimit): LimitRuleResult {
  return (LIMIT_RULES[limit.type] as (i: RuleInput, l: CompiledLimit) => LimitRuleResult)(
    input,
    limit,
  );
}
