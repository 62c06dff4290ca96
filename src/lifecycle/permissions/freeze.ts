import type { AccountStateView, StateReason } from '../types';
import { formatAccountStateMessage as formatMessage } from '../../messages/areaMessages';
import type { Lang } from '../../messages/lang';
import type { Preset } from '../../presets/types';
import type { Refused } from './refused';
import { inForce, iso, ms } from '../internal/timing';
import { parseAmountMinor } from '../../money/amountMinor';

/**
 * Freezes in force: by scope; amount freezes add up to the frozen amount (returned in minor units
 * of the account's currency).
 *
 * @internal
 * @example
 * ```ts
 * freezeRule(account, nowMs, getPreset(), 2, 'en', out); // the frozen amount in minor units, or null; scope reasons pushed
 * ```
 */
export function freezeRule(
  account: AccountStateView,
  nowMs: number,
  preset: Preset,
  scale: number,
  lang: Lang,
  out: Refused,
): bigint | null {
  let frozen: bigint | null = null;
  const freezes = account.freezes ?? [];
  for (let i = 0; i < freezes.length; i++) {
    const f = freezes[i]!;
    const path = ['account', 'freezes', i];
    if (!inForce(f, nowMs, path)) continue;
    if (f.scope === 'amount') {
      // validateAccountView: scope `amount` always has an amount. Parsed (and refused) again: an
      // object may give another value on a second read.
      const amount = parseAmountMinor(f.amount!, scale, [...path, 'amount']);
      frozen = frozen === null ? amount : frozen + amount;
      continue;
    }
    const rule = preset.lifecycle.freezes[f.kind];
    const r: StateReason = {
      code: 'account_frozen',
      freezeId: f.id,
      freezeKind: f.kind,
      scope: f.scope,
      since: iso(ms(f.from, [...path, 'from']), preset),
      ...(f.until === undefined ? {} : { until: iso(ms(f.until, [...path, 'until']), preset) }),
      source: rule ? rule.source : preset.lifecycle.statuses.source,
      message: formatMessage(
        'account_frozen',
        { freezeId: f.id, freezeKind: rule ? rule.title[lang] : f.kind },
        lang,
      ),
    };
    if (f.scope === 'all' || f.scope === 'debit') out.debit.push(r);
    if (f.scope === 'all' || f.scope === 'credit') out.credit.push(r);
  }
  return frozen;
}
