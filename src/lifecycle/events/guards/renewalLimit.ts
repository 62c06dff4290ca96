import type { Lang } from '../../../messages/lang';
import type { FreezeRule } from '../../../presets/types';
import type { Freeze } from '../../types';
import { passUnless, refusal, type GuardResult } from '../unit';

/**
 * Guard: a freeze may be renewed once more (`renewal_limit_reached`): it has an expiry (a freeze
 * until lifted is never renewed) and fewer renewals than its kind allows (`null`: no limit).
 *
 * @example
 * ```ts
 * renewalLimit({ ...freeze, renewals: 1 }, getPreset().lifecycle.freezes.stop_payment, 'en')
 *   .outcome; // 'failed': one extension at most
 * ```
 */
export function renewalLimit(f: Freeze, rule: FreezeRule, lang: Lang): GuardResult {
  const renewals = f.renewals ?? 0;
  const maxRenewals = f.until === undefined ? 0 : rule.maxRenewals;
  const reached = maxRenewals !== null && renewals >= maxRenewals;
  const found = reached
    ? refusal(
        'renewal_limit_reached',
        { freezeKind: rule.title[lang], maxRenewals, freezeId: f.id, renewals },
        {
          freezeId: f.id,
          freezeKind: f.kind,
          renewals,
          maxRenewals,
          source: rule.source,
        },
        lang,
      )
    : null;
  return passUnless(
    found,
    `lifecycle.freezes.${f.kind}.maxRenewals`,
    rule.source,
    maxRenewals === null ? 'trace_renewals_unlimited' : 'trace_renewal_within_limit',
    { freezeKind: rule.title[lang], freezeId: f.id, renewals, maxRenewals },
  );
}
