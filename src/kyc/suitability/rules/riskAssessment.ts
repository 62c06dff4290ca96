import { compareLocalDates, formatLocalDate } from '../../../time';
import type { SuitabilityFix } from '../checkSuitability';
import type { PreparedSale } from '../prepare';
import { failed, msg, passed, type SuitabilityRuleResult } from './ruleKit';

const RULE = 'suitability';

/**
 * A valid risk-tolerance assessment: without one, or with one that expired (valid while
 * `assessmentExpiresOn ≥ today`, so one expiring today is still valid), no product is sold.
 *
 * @param p - the prepared sale
 * @returns passed, or failed with `no_risk_assessment` / `risk_assessment_expired`
 * @example
 * ```ts
 * riskAssessment(prepared).outcomes[0]!.code; // 'trace_suitability_assessment_ok'
 * ```
 */
export function riskAssessment(p: PreparedSale): SuitabilityRuleResult {
  const source = p.rules.source;
  const today = formatLocalDate(p.today);
  const fix: SuitabilityFix = {
    code: 'complete_risk_assessment',
    message: msg(p, 'complete_risk_assessment'),
  };
  if (p.tolerance === null)
    return failed([
      {
        values: { today },
        reason: {
          code: 'no_risk_assessment',
          message: msg(p, 'no_risk_assessment'),
          source,
          rule: RULE,
          fix,
        },
      },
    ]);
  const expiresOn = p.expiresOn === null ? undefined : formatLocalDate(p.expiresOn);
  if (p.expiresOn !== null && compareLocalDates(p.expiresOn, p.today) < 0) {
    const shown = expiresOn!;
    return failed([
      {
        values: { expiresOn: shown, today },
        reason: {
          code: 'risk_assessment_expired',
          message: msg(p, 'risk_assessment_expired', { expiresOn: shown }),
          expiresOn: shown,
          source,
          rule: RULE,
          fix,
        },
      },
    ]);
  }
  return passed(RULE, source, 'trace_suitability_assessment_ok', {
    tolerance: p.tolerance,
    expiresOn,
    today,
  });
}
