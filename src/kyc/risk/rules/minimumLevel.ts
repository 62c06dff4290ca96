import type { RuleOutcome } from '../../../messages/trace';
import { RISK_LEVELS, type RiskLevel } from '../../../presets/types/kyc';
import type { PreparedRiskProfile } from '../prepare';
import type { RiskFactorResult } from '../rateCustomerRisk';

function higher(a: RiskLevel, b: RiskLevel): RiskLevel {
  return RISK_LEVELS.indexOf(a) >= RISK_LEVELS.indexOf(b) ? a : b;
}

/**
 * A factor value with a minimum level (a politically exposed person, a high-risk occupation or
 * jurisdiction) raises the rating to at least that level; the score's level otherwise stands.
 *
 * @param p - the prepared profile
 * @param factors - the factor results
 * @param fromScore - the level the score alone gives
 * @returns the level and a `passed` outcome (not applicable when no factor has a minimum level)
 * @example
 * ```ts
 * minimumLevel(prepared, factors, 'low').level; // 'high' for a politically exposed person
 * ```
 */
export function minimumLevel(
  p: PreparedRiskProfile,
  factors: readonly RiskFactorResult[],
  fromScore: RiskLevel,
): { readonly level: RiskLevel; readonly outcome: RuleOutcome } {
  const level = factors.reduce<RiskLevel>(
    (acc, f) => (f.minimumLevel ? higher(acc, f.minimumLevel) : acc),
    fromScore,
  );
  const title = (l: RiskLevel) => p.rules.levels[l].title[p.lang];
  const applies = factors.some((f) => f.minimumLevel);
  return {
    level,
    outcome: {
      rule: 'kyc.riskRating.factors',
      source: p.rules.source,
      outcome: applies ? 'passed' : 'not_applicable',
      code: applies ? 'trace_kyc_risk_minimum_level' : 'trace_not_applicable',
      values: { scoreLevel: title(fromScore), level: title(level) },
    },
  };
}
