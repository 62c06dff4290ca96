import type { PreparedRiskProfile } from '../prepare';
import { scoredFactors, type RiskFactorRuleResult } from './ruleKit';

/**
 * How the relationship was established (face to face or not). Its entry in the factor table adds its points to the score, and its minimum level, if
 * any, to the rating.
 *
 * @param p - the prepared profile
 * @returns one `passed` outcome and the factor's result
 * @example
 * ```ts
 * channel(prepared).factors[0]!.counted; // true
 * ```
 */
export function channel(p: PreparedRiskProfile): RiskFactorRuleResult {
  return scoredFactors(p, [{ rule: p.factors.channel, counted: true }]);
}
