import type { Lang } from '../../../messages/lang';
import type { FreezeRule } from '../../../presets/types';
import type { Freeze } from '../../types';
import { notApplicable, passUnless, refusal, type GuardResult } from '../unit';

/**
 * Guard: a freeze whose kind needs the ordering authority's notice (a judicial freeze, the
 * police's emergency stop-payment) is lifted or renewed only with that notice referenced
 * (`authority_notice_required`). Not applicable to the bank's own freezes.
 *
 * @example
 * ```ts
 * const rule = getPreset().lifecycle.freezes.stop_payment;
 * authorityNotice(freeze, rule, undefined, 'en').outcome; // 'failed'
 * ```
 */
export function authorityNotice(
  f: Freeze,
  rule: FreezeRule,
  notice: string | undefined,
  lang: Lang,
): GuardResult {
  const path = `lifecycle.freezes.${f.kind}.requiresAuthorityNotice`;
  const freezeKind = rule.title[lang];
  if (!rule.requiresAuthorityNotice)
    return notApplicable(path, rule.source, 'trace_authority_notice_not_required', { freezeKind });
  const found =
    notice === undefined
      ? refusal(
          'authority_notice_required',
          { freezeKind },
          { freezeId: f.id, freezeKind: f.kind, source: rule.source },
          lang,
        )
      : null;
  return passUnless(found, path, rule.source, 'trace_authority_notice_given', {
    freezeKind,
    notice: notice ?? null,
  });
}
