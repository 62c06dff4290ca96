/*
 * Rule: the class's permissions: may this class or tier make this kind of transaction with this
 * counterparty, given the account's facts (face-to-face verification, bound first deposit)? A
 * reversal is not subject to it (it undoes a permitted transaction).
 */
import { evaluatePermission } from '../../classes/evaluatePermission';
import { LIMIT_WORDS } from '../../messages/catalog/limits';
import { TRACE_LIMIT_WORDS } from '../../messages/catalog/traceLimits';
import { formatLimitMessage as formatMessage } from '../../messages/areaMessages';
import type { Lang } from '../../messages/lang';
import type { Preset } from '../../presets/types/preset';
import type { PermissionViolation } from '../types';
import type { RuleInput, RuleResult } from './types';

/**
 * Joins unmet permission conditions, each a sentence of the catalog: Chinese sentences follow one
 * another; English ones become one sentence (`"only after A, and only after B."`).
 */
function joinReasons(reasons: readonly string[], lang: Lang): string {
  if (lang === 'zh-CN') return reasons.join('');
  return reasons.map((r, i) => (i < reasons.length - 1 ? r.replace(/\.$/, '') : r)).join(', and ');
}

/** The cited reference of a preset source key (the key itself when the preset has no entry). */
export function sourceRef(preset: Preset, key: string): string {
  return Object.hasOwn(preset.sources, key) ? preset.sources[key]!.ref : key;
}

function kindText(kind: string, lang: Lang): string {
  const key = `kind_${kind}` as keyof typeof LIMIT_WORDS;
  return Object.hasOwn(LIMIT_WORDS, key) ? LIMIT_WORDS[key][lang] : kind;
}

/**
 * Evaluates the class's permission for the transaction (`input.tx` must not be null).
 *
 * @param input - the rule input
 * @returns `failed` with a `kind_not_permitted` violation, `not_applicable` for a reversal, else
 *   `passed` (values: the class, kind and counterparty)
 * @example
 * ```ts
 * permissionRule(input).outcome; // 'passed'
 * ```
 */
export function permissionRule(input: RuleInput): RuleResult<PermissionViolation> {
  const { cls, lang } = input;
  const tx = input.tx!;
  const rules = cls.rules;
  const preset = input.ev.compiled.preset;
  const values = input.trace
    ? {
        class: rules.id,
        kind: kindText(tx.kind, lang),
        counterparty: TRACE_LIMIT_WORDS[`counterparty_${tx.counterparty}`][lang],
      }
    : null;
  const base = `classes.${rules.id}.permissions`;
  if (tx.reverses)
    return {
      rule: base,
      source: sourceRef(preset, rules.source),
      outcome: 'not_applicable',
      code: 'trace_permission_reversal',
      violation: null,
      values,
    };
  const outcome = evaluatePermission(rules, tx.kind, tx.counterparty, input.account);
  const sourceKey = outcome.ruleIndex === null ? rules.source : outcome.rule.source;
  const rule = outcome.ruleIndex === null ? base : `${base}.${outcome.ruleIndex}`;
  if (outcome.permitted)
    return {
      rule,
      source: sourceRef(preset, sourceKey),
      outcome: 'passed',
      code: 'trace_permission_ok',
      violation: null,
      values,
    };
  const reasons =
    outcome.why === 'no_rule'
      ? [LIMIT_WORDS.permission_no_rule[lang]]
      : outcome.why === 'forbidden'
        ? [LIMIT_WORDS.permission_forbidden[lang]]
        : outcome.unmet.map((c) => LIMIT_WORDS[`permission_requires_${c}`][lang]);
  const params = {
    class: rules.title[lang],
    kind: kindText(tx.kind, lang),
    reason: joinReasons(reasons, lang),
  };
  const violation: PermissionViolation = {
    code: 'kind_not_permitted',
    kind: tx.kind,
    counterparty: tx.counterparty,
    class: rules.id,
    why: outcome.why,
    unmet: outcome.why === 'conditions' ? outcome.unmet : [],
    ...(tx.channel === undefined ? {} : { channel: tx.channel }),
    rule,
    source: sourceRef(preset, sourceKey),
    sourceKey,
    message: formatMessage('kind_not_permitted', params, lang),
  };
  return {
    rule,
    source: violation.source,
    outcome: 'failed',
    code: violation.code,
    violation,
    values: input.trace ? params : null,
  };
}
