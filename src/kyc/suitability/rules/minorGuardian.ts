import type { PreparedSale } from '../prepare';
import { failed, msg, passed, type SuitabilityRuleResult } from './ruleKit';

const RULE = 'suitability.adultAge';

/**
 * A minor (under `adultAge` on `today`: the birthday itself counts) buys only with the legal
 * guardian present, who completes the risk assessment at a branch.
 *
 * @param p - the prepared sale
 * @returns passed, or failed with `minor_without_guardian`
 * @example
 * ```ts
 * minorGuardian(prepared).outcomes[0]!.values; // { age: 30, adultAge: 18 }
 * ```
 */
export function minorGuardian(p: PreparedSale): SuitabilityRuleResult {
  const { age, rules } = p;
  const values = { age, adultAge: rules.adultAge };
  if (!p.minor) return passed(RULE, rules.source, 'trace_suitability_adult', values);
  if (p.guardianPresent === true)
    return passed(RULE, rules.source, 'trace_suitability_minor_guardian', values);
  return failed([
    {
      values,
      reason: {
        code: 'minor_without_guardian',
        message: msg(p, 'minor_without_guardian', values),
        age,
        adultAge: rules.adultAge,
        source: rules.source,
        rule: RULE,
        fix: {
          code: 'come_with_guardian_to_branch',
          message: msg(p, 'come_with_guardian_to_branch'),
        },
      },
    },
  ]);
}
