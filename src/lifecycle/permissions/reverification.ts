import type { AccountStateView } from '../types';
import { formatAccountStateMessage as formatMessage } from '../../messages/areaMessages';
import type { Lang } from '../../messages/lang';
import type { Preset } from '../../presets/types';
import type { Refused } from './refused';
import { iso, newAccountSuspensionFrom } from '../internal/timing';

/**
 * No active transaction within the new-account period (or the flag): no non-counter business.
 *
 * @internal
 * @example
 * ```ts
 * reverificationRule({ status: 'normal', identityReverificationRequired: true }, nowMs, getPreset(), 'en', out);
 * ```
 */
export function reverificationRule(
  account: AccountStateView,
  nowMs: number,
  preset: Preset,
  lang: Lang,
  out: Refused,
): void {
  const suspendedFrom = newAccountSuspensionFrom(account, nowMs, preset);
  if (account.identityReverificationRequired !== true && suspendedFrom === null) return;
  out.nonCounter.push({
    code: 'identity_reverification_required',
    ...(suspendedFrom === null ? {} : { since: iso(suspendedFrom, preset) }),
    source: preset.lifecycle.newAccountInactivity.source,
    message: formatMessage('identity_reverification_required', {}, lang),
  });
}
