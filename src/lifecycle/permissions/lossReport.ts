import type { AccountStateView, StateReason } from '../types';
import { formatAccountStateMessage as formatMessage } from '../../messages/areaMessages';
import type { Lang } from '../../messages/lang';
import type { Preset } from '../../presets/types';
import type { Refused } from './refused';
import { iso, lossReportEnd, lossReportInForce, ms } from '../internal/timing';

/**
 * A loss report in force: no debits, no non-counter business.
 *
 * @internal
 * @example
 * ```ts
 * lossReportRule(account, nowMs, getPreset(), 'en', out); // 'loss_reported' on debit and nonCounter while in force
 * ```
 */
export function lossReportRule(
  account: AccountStateView,
  nowMs: number,
  preset: Preset,
  lang: Lang,
  out: Refused,
): void {
  const report = account.lossReport;
  if (report === undefined || report === null || !lossReportInForce(report, nowMs, preset)) return;
  const since = iso(ms(report.at, ['account', 'lossReport', 'at']), preset);
  const r: StateReason = {
    code: 'loss_reported',
    since,
    until: iso(lossReportEnd(report, preset), preset),
    source: preset.lifecycle.lossReport.source,
    message: formatMessage('loss_reported', { since }, lang),
  };
  out.debit.push(r);
  out.nonCounter.push(r);
}
