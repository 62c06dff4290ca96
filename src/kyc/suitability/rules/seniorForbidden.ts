import type { PreparedSale } from '../prepare';
import {
  chooseFix,
  failed,
  msg,
  notApplicable,
  passed,
  type SuitabilityRuleResult,
} from './ruleKit';

const RULE = 'suitability.seniorForbiddenFrom';

/**
 * A customer at or over `seniorAge` never buys a product at or above `seniorForbiddenFrom`.
 *
 * @param p - the prepared sale
 * @returns not applicable (not a senior), passed, or failed with `senior_product_forbidden`
 * @example
 * ```ts
 * seniorForbidden(prepared).refusals[0]?.code; // 'senior_product_forbidden' for R5 at 70
 * ```
 */
export function seniorForbidden(p: PreparedSale): SuitabilityRuleResult {
  const { age, product, rules } = p;
  const { seniorAge, seniorForbiddenFrom: forbiddenFrom, source } = rules;
  const values = { age, seniorAge, forbiddenFrom, product };
  if (!p.senior)
    return notApplicable(RULE, source, 'trace_suitability_not_senior', { age, seniorAge });
  if (!p.seniorForbidden) return passed(RULE, source, 'trace_suitability_senior_allowed', values);
  return failed([
    {
      values,
      reason: {
        code: 'senior_product_forbidden',
        message: msg(p, 'senior_product_forbidden', values),
        age,
        seniorAge,
        product,
        forbiddenFrom,
        source,
        rule: RULE,
        ...chooseFix(p),
      },
    },
  ]);
}
