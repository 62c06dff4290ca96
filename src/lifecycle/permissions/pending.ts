import type { AccountStateView, StateReason } from '../types';
import { formatAccountStateMessage as formatMessage } from '../../messages/areaMessages';
import type { Lang } from '../../messages/lang';
import type { Preset } from '../../presets/types';
import type { Refused } from './refused';

/**
 * A pending account: nothing until activated.
 *
 * @internal
 * @example
 * ```ts
 * pendingRule({ status: 'pending' }, getPreset(), 'en', out); // out.debit[0].code === 'account_not_activated'
 * ```
 */
export function pendingRule(
  account: AccountStateView,
  preset: Preset,
  lang: Lang,
  out: Refused,
): void {
  if (account.status !== 'pending') return;
  const r: StateReason = {
    code: 'account_not_activated',
    status: account.status,
    source: preset.lifecycle.statuses.source,
    message: formatMessage('account_not_activated', {}, lang),
  };
  out.debit.push(r);
  out.credit.push(r);
  out.nonCounter.push(r);
}
