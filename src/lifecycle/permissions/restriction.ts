import type { AccountStateView, StateReason } from '../types';
import { formatAccountStateMessage as formatMessage } from '../../messages/areaMessages';
import type { Lang } from '../../messages/lang';
import type { Preset } from '../../presets/types';
import type { Refused } from './refused';
import { inForce, iso, ms } from '../internal/timing';
import { RESTRICTION_WORDS, WORDS } from '../internal/words';

/**
 * Person restrictions in force: `receive_only` no debits, `no_non_counter` no non-counter business.
 *
 * @internal
 * @example
 * ```ts
 * restrictionRule(account, nowMs, getPreset(), 'en', out); // 'person_restricted' by kind
 * ```
 */
export function restrictionRule(
  account: AccountStateView,
  nowMs: number,
  preset: Preset,
  lang: Lang,
  out: Refused,
): void {
  const restrictions = account.restrictions ?? [];
  for (let i = 0; i < restrictions.length; i++) {
    const x = restrictions[i]!;
    const path = ['account', 'restrictions', i];
    if (!inForce(x, nowMs, path)) continue;
    const until = x.until === undefined ? undefined : iso(ms(x.until, [...path, 'until']), preset);
    const params = {
      restrictionKind: RESTRICTION_WORDS[x.kind]?.[lang] ?? x.kind,
      until: until ?? WORDS.untilLifted[lang],
    };
    const r: StateReason = {
      code: 'person_restricted',
      restrictionId: x.id,
      restrictionKind: x.kind,
      since: iso(ms(x.from, [...path, 'from']), preset),
      ...(until === undefined ? {} : { until }),
      source: preset.lifecycle.restrictions.source,
      message: formatMessage('person_restricted', params, lang),
    };
    if (x.kind === 'receive_only') out.debit.push(r);
    else out.nonCounter.push(r);
  }
}
