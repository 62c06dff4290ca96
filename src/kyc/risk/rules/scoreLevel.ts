import type { RuleOutcome } from '../../../messages/trace';
import type { RiskLevel } from '../../../presets/types/kyc';
import type { PreparedRiskProfile } from '../prepare';

/**
 * The level the score alone gives: `high` from `thresholds.high`, `medium` from
 * `thresholds.medium`, else `low` (each threshold reached exactly counts).
 *
 * @param p - the prepared profile
 * @param score - the total of the counted factors' points
 * @returns the level and a `passed` outcome with the score and the thresholds compared
 * @example
 * ```ts
 * scoreLevel(prepared, 0).level; // 'low'
 * ```
 */
export function scoreLevel(
  p: PreparedRiskProfile,
  score: number,
): { readonly level: RiskLevel; readonly outcome: RuleOutcome } {
  const { medium, high } = p.rules.thresholds;
  const level: RiskLevel = score >= high ? 'high' : score >= medium ? 'medium' : 'low';
  return {
    level,
    outcome: {
      rule: 'kyc.riskRating.thresholds',
      source: p.rules.source,
      outcome: 'passed',
      code: 'trace_kyc_risk_score_level',
      values: { score, medium, high, level: p.rules.levels[level].title[p.lang] },
    },
  };
}
