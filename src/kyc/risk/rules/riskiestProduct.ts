import type { RiskFactorRule } from '../../../presets/types/kyc';
import type { PreparedRiskProfile } from '../prepare';
import { scoredFactors, type RiskFactorRuleResult } from './ruleKit';

/**
 * The products used: only the riskiest one (the highest score; the first listed among equals)
 * counts, not the sum. Every product used is listed, the others with 0 points.
 *
 * @param p - the prepared profile
 * @returns one `passed` outcome and one factor result per product used (none without products)
 * @example
 * ```ts
 * riskiestProduct(prepared).factors.filter((f) => f.counted).length; // 1
 * ```
 */
export function riskiestProduct(p: PreparedRiskProfile): RiskFactorRuleResult {
  const riskiest = p.products.reduce<RiskFactorRule | undefined>(
    (best, product) => (best === undefined || product.score > best.score ? product : best),
    undefined,
  );
  return scoredFactors(
    p,
    p.products.map((product) => ({ rule: product, counted: product === riskiest })),
  );
}
