import { formatMessage } from '../../../messages/formatMessage';
import type { RuleOutcome } from '../../../messages/trace';
import type { RiskFactorRule } from '../../../presets/types/kyc';
import { RISK_FACTOR_LABELS } from '../../labels';
import type { PreparedRiskProfile } from '../prepare';
import type { RiskFactorResult } from '../rateCustomerRisk';

/**
 * What one factor rule reports: its trace outcomes and the factor results it contributes (one
 * per factor value; for products, one per product used).
 */
export interface RiskFactorRuleResult {
  readonly outcomes: readonly RuleOutcome[];
  readonly factors: readonly RiskFactorResult[];
}

/**
 * One factor of the customer risk rating: reads the prepared profile and its factor table.
 *
 * @example
 * ```ts
 * const rule: RiskFactorRuleFn = (p) => scoredFactors(p, [{ rule: p.factors.channel, counted: true }]);
 * ```
 */
export type RiskFactorRuleFn = (prepared: PreparedRiskProfile) => RiskFactorRuleResult;

/** The rule path of a factor's entries in the preset. */
export function factorRulePath(factor: RiskFactorRule['factor']): string {
  return `kyc.riskRating.factors.${factor}`;
}

/**
 * Factor values with their contribution: each a `passed` outcome (`risk_factor_scored`, or
 * `risk_factor_minimum_level` for a value with a minimum level) and a factor result whose
 * message is rendered from the same code and values.
 */
export function scoredFactors(
  p: PreparedRiskProfile,
  chosen: readonly { readonly rule: RiskFactorRule; readonly counted: boolean }[],
): RiskFactorRuleResult {
  const results = chosen.map(({ rule, counted }) => scoredFactor(p, rule, counted));
  return { outcomes: results.map((r) => r.outcome), factors: results.map((r) => r.factor) };
}

function scoredFactor(
  p: PreparedRiskProfile,
  rule: RiskFactorRule,
  counted: boolean,
): { outcome: RuleOutcome; factor: RiskFactorResult } {
  const { lang, rules } = p;
  const title = rule.title[lang];
  const code = rule.minimumLevel ? 'risk_factor_minimum_level' : 'risk_factor_scored';
  const score = counted ? rule.score : 0;
  const level = rule.minimumLevel ? rules.levels[rule.minimumLevel].title[lang] : undefined;
  const values = { factor: RISK_FACTOR_LABELS[rule.factor][lang], value: title, score, level };
  return {
    outcome: {
      rule: factorRulePath(rule.factor),
      source: rule.source,
      outcome: 'passed',
      code,
      values: {
        factor: values.factor,
        value: title,
        score,
        ...(level === undefined ? {} : { level }),
      },
    },
    factor: {
      code,
      message: formatMessage(code, values, lang),
      factor: rule.factor,
      value: rule.value,
      title,
      score,
      counted,
      ...(rule.minimumLevel ? { minimumLevel: rule.minimumLevel } : {}),
      source: rule.source,
    },
  };
}
