/*
 * The non-reloadable rule: a class with `nonReloadable` takes its first load, and refuses every
 * further counted inflow once the account has been loaded (`account.firstLoadReceived`).
 * Internal to src/limits.
 */
import { formatLimitMessage as formatMessage } from '../../messages/areaMessages';
import type { Lang } from '../../messages/lang';
import type { CompiledClass } from '../compile';
import type { LimitAccount, ReloadViolation } from '../types';
import { sourceRef } from './permission';
import type { RuleInput, RuleResult } from './types';

/**
 * The `not_reloadable` violation of a counted inflow into a loaded account of a non-reloadable
 * class, or `null` when the class is reloadable, the transaction is not a counted inflow (a
 * reversal, an exempt kind, an outflow) or the account has not been loaded yet.
 *
 * @param cls - the compiled class
 * @param counted - the transaction's counting direction (`null`: not counted)
 * @param account - the account (its `firstLoadReceived` fact)
 * @param sourceRef - the reference of the rule's source, as cited
 * @param lang - the message's language
 * @returns the violation, or `null`
 * @example
 * ```ts
 * nonReloadableViolation(cls, 'inflow', { class: 'sddNonReloadable', balance: '0.00', firstLoadReceived: true }, 'Directive (EU) 2015/849, Art. 12(1)(a)', 'en');
 * ```
 */
export function nonReloadableViolation(
  cls: CompiledClass,
  counted: 'inflow' | 'outflow' | null,
  account: LimitAccount,
  sourceRef: string,
  lang: Lang,
): ReloadViolation | null {
  const rule = cls.rules.nonReloadable;
  if (rule === undefined || counted !== 'inflow' || account.firstLoadReceived !== true) return null;
  return {
    code: 'not_reloadable',
    class: cls.rules.id,
    rule: `classes.${cls.rules.id}.nonReloadable`,
    source: sourceRef,
    sourceKey: rule.source,
    message: formatMessage('not_reloadable', { class: cls.rules.title[lang] }, lang),
  };
}

/**
 * Rule unit: a non-reloadable class refuses a counted inflow once the account has been loaded
 * (`classes.<id>.nonReloadable`); `not_applicable` for a reloadable class or an uncounted or
 * outgoing transaction.
 *
 * @param input - the rule input
 * @returns the rule's result
 * @example
 * ```ts
 * nonReloadableRule(input).outcome; // 'failed' for a second load of an SDD card
 * ```
 */
export function nonReloadableRule(input: RuleInput): RuleResult {
  const { cls, account, counted, lang, ev } = input;
  const rule = `classes.${cls.rules.id}.nonReloadable`;
  const entry = cls.rules.nonReloadable;
  const source = entry === undefined ? '' : sourceRef(ev.compiled.preset, entry.source);
  const applies = entry !== undefined && counted === 'inflow';
  const violation = applies ? nonReloadableViolation(cls, counted, account, source, lang) : null;
  const values = input.trace ? { firstLoadReceived: account.firstLoadReceived === true } : null;
  return {
    rule,
    source,
    outcome: violation !== null ? 'failed' : applies ? 'passed' : 'not_applicable',
    code:
      violation !== null ? violation.code : applies ? 'trace_first_load' : 'trace_not_applicable',
    violation,
    values,
  };
}
