import type { PreparedOpening } from '../prepare';
import { msg, notApplicable, passed, type EligibilityRuleResult } from './ruleKit';

const RULE = 'kyc.taxResidencyDeclaration';

/**
 * The tax-residency self-declaration: a step of the opening, never a refusal. Needed for the
 * residencies the preset names and, where it says so, for foreign-currency accounts; when it is
 * needed and not signed, signing it becomes a condition.
 *
 * @param p - the prepared request
 * @returns not applicable (not needed), or passed (perhaps with `sign_tax_residency_declaration`)
 * @example
 * ```ts
 * taxResidencyDeclaration(prepared).conditions.map((c) => c.code);
 * ```
 */
export function taxResidencyDeclaration(p: PreparedOpening): EligibilityRuleResult {
  const tax = p.preset.kyc.taxResidencyDeclaration;
  const needed =
    (p.residency !== null && tax.residencies.includes(p.residency)) ||
    (p.foreignCurrency && tax.foreignCurrencyAccounts);
  if (!needed) return notApplicable(RULE, tax.source, 'trace_kyc_tax_not_needed');
  if (p.applicant.taxResidencyDeclared === true)
    return passed(RULE, tax.source, 'trace_kyc_tax_declared', {});
  return passed(RULE, tax.source, 'trace_kyc_tax_to_sign', {}, [
    {
      code: 'sign_tax_residency_declaration',
      message: msg(p, 'sign_tax_residency_declaration'),
      source: tax.source,
      rule: RULE,
    },
  ]);
}
