import { FUNDS_PURPOSE_LABELS } from '../../labels';
import { productRank, type PreparedSale } from '../prepare';
import {
  chooseFix,
  failed,
  msg,
  notApplicable,
  passed,
  type SuitabilityRuleResult,
} from './ruleKit';

const RULE = 'suitability.earmarkedFundsMaxRisk';

/**
 * Earmarked money (short-term, pension, education: `earmarkedPurposes`) never buys a product
 * above `earmarkedFundsMaxRisk`; at that level it may.
 *
 * @param p - the prepared sale
 * @returns not applicable (money not earmarked), passed, or failed with
 *   `earmarked_funds_high_risk`
 * @example
 * ```ts
 * earmarkedFunds(prepared).outcomes[0]!.outcome; // 'not_applicable' for general money
 * ```
 */
export function earmarkedFunds(p: PreparedSale): SuitabilityRuleResult {
  const { product, purpose, rules } = p;
  const maxRisk = rules.earmarkedFundsMaxRisk;
  const values = { purpose: FUNDS_PURPOSE_LABELS[purpose][p.lang], maxRisk, product };
  if (!p.earmarked)
    return notApplicable(RULE, rules.source, 'trace_suitability_not_earmarked', {
      purpose: values.purpose,
    });
  if (productRank(product) <= productRank(maxRisk))
    return passed(RULE, rules.source, 'trace_suitability_earmarked_ok', values);
  return failed([
    {
      values,
      reason: {
        code: 'earmarked_funds_high_risk',
        message: msg(p, 'earmarked_funds_high_risk', values),
        purpose,
        product,
        maxRisk,
        source: rules.source,
        rule: RULE,
        ...chooseFix(p),
      },
    },
  ]);
}
