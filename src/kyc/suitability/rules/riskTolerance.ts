import type { CustomerRiskTolerance } from '../../../presets/types/kyc';
import type { SuitabilityReason } from '../checkSuitability';
import { maxProductFor, productRank, type PreparedSale } from '../prepare';
import {
  chooseFix,
  conditional,
  failed,
  msg,
  notApplicable,
  passed,
  type MessageValues,
  type SuitabilityRuleResult,
} from './ruleKit';

const RULE = 'suitability';

/** Why insisting cannot lift the product above the customer's level, if it cannot. */
type InsistBlock = 'senior' | 'minor' | 'preset' | undefined;

function insistBlockedBy(p: PreparedSale): InsistBlock {
  const { rules } = p;
  if (!rules.insistWithSignedStatement) return 'preset';
  if (p.senior && rules.insistExcludes.seniors) return 'senior';
  if (p.minor && rules.insistExcludes.minors) return 'minor';
  return undefined;
}

/**
 * A customer assessed Cn buys up to Rn. Above it, only when they insist and the preset allows it
 * (`insistWithSignedStatement`, not for the seniors or minors `insistExcludes` names), under
 * `insistConditions` (a signed statement, a witness, a second warning).
 *
 * @param p - the prepared sale
 * @returns not applicable (no valid assessment), passed, passed under conditions with
 *   `insisted_above_tolerance`, or failed with `above_risk_tolerance` (and
 *   `insist_not_available` when the customer insisted in vain)
 * @example
 * ```ts
 * riskTolerance(prepared).outcomes[0]!.values; // { product: 'R2', tolerance: 'C3', maxProduct: 'R3' }
 * ```
 */
export function riskTolerance(p: PreparedSale): SuitabilityRuleResult {
  const { product, tolerance, rules } = p;
  if (!p.assessmentValid || tolerance === null) return notApplicable(RULE, rules.source);
  const maxProduct = maxProductFor(tolerance);
  if (productRank(product) <= productRank(maxProduct))
    return passed(RULE, rules.source, 'trace_suitability_within_tolerance', {
      product,
      tolerance,
      maxProduct,
    });
  const blockedBy = insistBlockedBy(p);
  if (p.insists === true && blockedBy === undefined) {
    const values = { product, tolerance };
    return conditional(
      {
        code: 'insisted_above_tolerance',
        message: msg(p, 'insisted_above_tolerance', values),
        product,
        tolerance,
        source: rules.source,
        rule: 'suitability.insistConditions',
      },
      values,
      rules.insistConditions,
    );
  }
  return failed([
    aboveTolerance(p, tolerance, blockedBy),
    ...(p.insists === true && blockedBy !== undefined ? [insistNotAvailable(p, blockedBy)] : []),
  ]);
}

function aboveTolerance(
  p: PreparedSale,
  tolerance: CustomerRiskTolerance,
  blockedBy: InsistBlock,
): { reason: SuitabilityReason; values: MessageValues } {
  const { product } = p;
  const maxProduct = maxProductFor(tolerance);
  const values = { product, tolerance, maxProduct };
  return {
    values,
    reason: {
      code: 'above_risk_tolerance',
      message: msg(p, 'above_risk_tolerance', values),
      product,
      tolerance,
      maxProduct,
      insistAvailable: blockedBy === undefined,
      source: p.rules.source,
      rule: RULE,
      ...(blockedBy === undefined
        ? {
            fix: {
              code: 'insist_with_signed_statement',
              message: msg(p, 'insist_with_signed_statement'),
            },
          }
        : chooseFix(p)),
    },
  };
}

function insistNotAvailable(
  p: PreparedSale,
  blockedBy: NonNullable<InsistBlock>,
): { reason: SuitabilityReason; values: MessageValues } {
  const { rules } = p;
  const why =
    blockedBy === 'senior'
      ? msg(p, 'insist_blocked_senior', { seniorAge: rules.seniorAge })
      : blockedBy === 'minor'
        ? msg(p, 'insist_blocked_minor', { adultAge: rules.adultAge })
        : msg(p, 'insist_blocked_preset');
  return {
    values: { why },
    reason: {
      code: 'insist_not_available',
      message: msg(p, 'insist_not_available', { why }),
      blockedBy,
      source: rules.source,
      rule:
        blockedBy === 'preset'
          ? 'suitability.insistWithSignedStatement'
          : 'suitability.insistExcludes',
    },
  };
}
