import { rulePeriod } from '../../../presets/ruleInForce';
import { formatInstant } from '../../../time';
import { RESTRICTION_KIND_LABELS } from '../../labels';
import type { PreparedOpening } from '../prepare';
import { restrictionsInForce } from '../restrictionsInForce';
import { failed, fix, msg, passed, type EligibilityRuleResult } from './ruleKit';

const RULE = 'kyc.openingRestrictions.blockingKinds';

/**
 * Restrictions on the person: each restriction of a blocking kind in force on `today` (in the
 * preset's zone) refuses the opening, with the day it ends when it has an end.
 *
 * @param p - the prepared request
 * @returns failed with one `opening_restricted` reason per restriction in force, or passed
 * @example
 * ```ts
 * openingRestriction(prepared).reasons.map((r) => r.code); // ['opening_restricted']
 * ```
 */
export function openingRestriction(p: PreparedOpening): EligibilityRuleResult {
  const entry = p.preset.kyc.openingRestrictions;
  const zone = p.preset.timeZone;
  const period = rulePeriod(p.preset, entry);
  const found = restrictionsInForce(p.applicant.restrictions, p.today, zone, period).filter((f) =>
    entry.blockingKinds.includes(f.restriction.kind),
  );
  if (found.length === 0)
    return passed(RULE, entry.source, 'trace_kyc_no_restriction', {
      declared: p.applicant.restrictions.length,
    });
  return failed(
    found.map((f) => {
      const from = formatInstant(f.from, zone);
      const until = f.until ? formatInstant(f.until, zone) : undefined;
      const values = {
        restrictionKind: RESTRICTION_KIND_LABELS[f.restriction.kind][p.lang],
        from,
        until: until ?? msg(p, 'restriction_until_lifted'),
      };
      return {
        values,
        reason: {
          code: 'opening_restricted' as const,
          message: msg(p, 'opening_restricted', values),
          ...(f.restriction.id !== undefined ? { restrictionId: f.restriction.id } : {}),
          restrictionKind: f.restriction.kind,
          from,
          ...(until !== undefined ? { until } : {}),
          source: entry.source,
          rule: RULE,
          fix:
            f.eligibleFrom !== undefined
              ? fix(
                  p,
                  'wait_for_restriction_end',
                  { eligibleFrom: f.eligibleFrom },
                  { eligibleFrom: f.eligibleFrom },
                )
              : fix(p, 'restriction_must_be_lifted', {}),
        },
      };
    }),
  );
}
