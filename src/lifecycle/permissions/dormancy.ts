import type { AccountStateView, StateReason } from '../types';
import { formatAccountStateMessage as formatMessage } from '../../messages/areaMessages';
import type { Lang } from '../../messages/lang';
import type { Preset } from '../../presets/types';
import type { Refused } from './refused';
import { dormantFrom, iso, ms } from '../internal/timing';
import { WORDS } from '../internal/words';

const DORMANT_SINCE = ['account', 'dormantSince'] as const;

/**
 * A dormant account (or one whose inactivity period ran out): no debits, no non-counter business.
 *
 * @internal
 * @example
 * ```ts
 * dormancyRule({ status: 'dormant' }, nowMs, getPreset(), 'en', out); // out.debit[0].code === 'account_dormant'
 * ```
 */
export function dormancyRule(
  account: AccountStateView,
  nowMs: number,
  preset: Preset,
  lang: Lang,
  out: Refused,
): void {
  const status = account.status;
  const dormantSinceMs =
    status === 'dormant'
      ? account.dormantSince === undefined
        ? null
        : ms(account.dormantSince, DORMANT_SINCE)
      : dormantFrom(account, nowMs, preset);
  if (status !== 'dormant' && dormantSinceMs === null) return;
  const since = dormantSinceMs === null ? undefined : iso(dormantSinceMs, preset);
  const r: StateReason = {
    code: 'account_dormant',
    status: 'dormant',
    ...(since === undefined ? {} : { since }),
    source: preset.lifecycle.dormancy.source,
    message: formatMessage('account_dormant', { since: since ?? WORDS.unrecordedDate[lang] }, lang),
  };
  out.debit.push(r);
  out.nonCounter.push(r);
}
