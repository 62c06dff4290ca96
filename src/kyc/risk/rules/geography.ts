import type { PreparedRiskProfile } from '../prepare';
import { scoredFactors, type RiskFactorRuleResult } from './ruleKit';

/**
 * Where the customer lives or does business. Its entry in the factor table adds its points to the score, and its minimum level, if
 * any, to the rating.
 *
 * @param p - the prepared profile
 * @returns one `passed` outcome and the factor's result
 * @example
 * ```ts
 * geography(prepared).factors[0]!.counted; // true
 * ```
 */
export function geography(p: PreparedRiskProfile): RiskFactorRuleResult {
  return scoredFactors(p, [{ rule: p.factors.geography, counted: true }]);
}
