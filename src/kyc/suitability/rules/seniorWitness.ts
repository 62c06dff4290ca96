import type { PreparedSale } from '../prepare';
import { conditional, msg, notApplicable, type SuitabilityRuleResult } from './ruleKit';

const RULE = 'suitability.seniorWitnessLevel';

/**
 * A customer at or over `seniorAge` buys a product at `seniorWitnessLevel` only under
 * `seniorWitnessConditions` (a witness and a second warning).
 *
 * @param p - the prepared sale
 * @returns not applicable (not a senior, a forbidden product, another level), or passed under
 *   conditions with `senior_witness_level`
 * @example
 * ```ts
 * seniorWitness(prepared).needed; // ['witness', 'second_warning'] for R3 at 70
 * ```
 */
export function seniorWitness(p: PreparedSale): SuitabilityRuleResult {
  const { age, product, rules } = p;
  if (!p.senior || p.seniorForbidden || product !== rules.seniorWitnessLevel)
    return notApplicable(RULE, rules.source);
  const values = { age, seniorAge: rules.seniorAge, product };
  return conditional(
    {
      code: 'senior_witness_level',
      message: msg(p, 'senior_witness_level', values),
      age,
      seniorAge: rules.seniorAge,
      product,
      source: rules.source,
      rule: RULE,
    },
    values,
    rules.seniorWitnessConditions,
  );
}
