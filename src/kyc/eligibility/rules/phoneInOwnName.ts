import type { PreparedOpening } from '../prepare';
import { failed, fix, msg, notApplicable, passed, type EligibilityRuleResult } from './ruleKit';

const RULE = 'kyc.phoneInOwnName';

/**
 * The phone number is in the applicant's own name, where the preset requires it. Only a stated
 * `false` refuses; not stated is not assessed.
 *
 * @param p - the prepared request
 * @returns not applicable (not required, or not stated), passed, or failed with
 *   `phone_not_in_own_name`
 * @example
 * ```ts
 * phoneInOwnName(prepared).reasons; // []
 * ```
 */
export function phoneInOwnName(p: PreparedOpening): EligibilityRuleResult {
  const entry = p.preset.kyc.phoneInOwnName;
  const stated = p.applicant.phoneInOwnName;
  if (!entry.required) return notApplicable(RULE, entry.source, 'trace_kyc_phone_not_required');
  if (stated === undefined) return notApplicable(RULE, entry.source, 'trace_kyc_phone_not_stated');
  if (stated) return passed(RULE, entry.source, 'trace_kyc_phone_ok', {});
  return failed([
    {
      values: {},
      reason: {
        code: 'phone_not_in_own_name',
        message: msg(p, 'phone_not_in_own_name'),
        source: entry.source,
        rule: RULE,
        fix: fix(p, 'use_phone_in_own_name', {}),
      },
    },
  ]);
}
