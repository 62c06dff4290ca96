import { joinList } from '../../labels';
import { countHeld, type PreparedOpening } from '../prepare';
import { failed, fix, msg, notApplicable, passed, type EligibilityRuleResult } from './ruleKit';

/**
 * How many accounts of the class the person already holds at the bank: below the class's
 * `maxPerPersonPerBank` (closed accounts not counted; counted per currency). The fix names the
 * other classes still open to them, highest rank first.
 *
 * @param p - the prepared request
 * @returns not applicable (no cap), passed, or failed with `class_limit_reached`
 * @example
 * ```ts
 * accountsPerBank(prepared).outcomes[0]!.values; // { held: 0, max: 1, … }
 * ```
 */
export function accountsPerBank(p: PreparedOpening): EligibilityRuleResult {
  const { cls, lang, preset, currency } = p;
  const opening = cls.opening;
  const rule = `classes.${cls.id}.opening.maxPerPersonPerBank`;
  const max = opening.maxPerPersonPerBank;
  const held = countHeld(p.existingAccounts, cls.id, currency, preset.currency);
  const values = { held, class: cls.title[lang], max: max ?? undefined, currency };
  if (max === null) return notApplicable(rule, opening.source, 'trace_kyc_accounts_no_cap', values);
  if (held < max) return passed(rule, opening.source, 'trace_kyc_accounts_within', values);
  const others = preset.classes
    .filter((c) => c.id !== cls.id)
    .filter((c) => {
      const cap = c.opening.maxPerPersonPerBank;
      return cap === null || countHeld(p.existingAccounts, c.id, currency, preset.currency) < cap;
    })
    .sort((a, b) => b.rank - a.rank);
  return failed([
    {
      values,
      reason: {
        code: 'class_limit_reached',
        message: msg(p, 'class_limit_reached', { held, class: values.class, max }),
        class: cls.id,
        currency,
        held,
        max,
        source: opening.source,
        rule,
        fix:
          others.length > 0
            ? fix(
                p,
                'choose_another_class',
                {
                  classes: joinList(
                    others.map((c) => c.title[lang]),
                    lang,
                  ),
                },
                { classes: others.map((c) => c.id) },
              )
            : fix(p, 'use_existing_account', {}),
      },
    },
  ]);
}
