import { countHeld, type PreparedOpening } from '../prepare';
import { failed, fix, msg, notApplicable, passed, type EligibilityRuleResult } from './ruleKit';

const RULE = 'kyc.foreignCurrency.requiresClass';

/**
 * A foreign-currency account needs an account of the required class in the preset's currency
 * first (closed ones not counted).
 *
 * @param p - the prepared request
 * @returns not applicable (an account in the preset's currency), passed, or failed with
 *   `foreign_currency_prerequisite`
 * @example
 * ```ts
 * foreignCurrency(prepared).outcomes[0]!.outcome; // 'not_applicable' for a CNY account
 * ```
 */
export function foreignCurrency(p: PreparedOpening): EligibilityRuleResult {
  const { preset, currency } = p;
  const fx = preset.kyc.foreignCurrency;
  const requiredClass =
    preset.classes.find((c) => c.id === fx.requiresClass)?.title[p.lang] ?? fx.requiresClass;
  const values = { currency, requiredCurrency: preset.currency, requiredClass };
  if (!p.foreignCurrency)
    return notApplicable(RULE, fx.source, 'trace_kyc_foreign_currency_none', values);
  if (countHeld(p.existingAccounts, fx.requiresClass, preset.currency, preset.currency) > 0)
    return passed(RULE, fx.source, 'trace_kyc_foreign_currency_ok', values);
  return failed([
    {
      values,
      reason: {
        code: 'foreign_currency_prerequisite',
        message: msg(p, 'foreign_currency_prerequisite', values),
        currency,
        requiredClass: fx.requiresClass,
        requiredCurrency: preset.currency,
        source: fx.source,
        rule: RULE,
        fix: fix(
          p,
          'open_required_class_first',
          { requiredCurrency: preset.currency, requiredClass },
          { requiredClass: fx.requiresClass },
        ),
      },
    },
  ]);
}
