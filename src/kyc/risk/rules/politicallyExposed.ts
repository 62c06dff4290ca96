import type { PreparedRiskProfile } from '../prepare';
import { scoredFactors, type RiskFactorRuleResult } from './ruleKit';

/**
 * Whether the customer is a politically exposed person (`yes` / `no`). Its entry in the factor table adds its points to the score, and its minimum level, if
 * any, to the rating.
 *
 * @param p - the prepared profile
 * @returns one `passed` outcome and the factor's result
 * @example
 * ```ts
 * politicallyExposed(prepared).factors[0]!.counted; // true
 * ```
 */
export function politicallyExposed(p: PreparedRiskProfile): RiskFactorRuleResult {
  return scoredFactors(p, [{ rule: p.factors.politically_exposed, counted: true }]);
}
