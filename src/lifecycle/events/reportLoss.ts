import type { LifecycleEffect } from '../effects';
import type { ReportLossEvent } from '../events';
import { notice } from '../internal/notice';
import { iso, lossReportEnd, plus } from '../internal/timing';
import { channelAllowed } from './guards/channelAllowed';
import { passUnless, refusal, type EventContext, type EventUnit, type GuardResult } from './unit';

/** Guard: no loss report is already in force (`loss_already_reported`). */
function noLossReport({ account, preset, lang }: EventContext<ReportLossEvent>): GuardResult {
  const rules = preset.lifecycle.lossReport;
  const existing = account.lossReport;
  const window =
    existing === null
      ? null
      : { since: existing.at, until: iso(lossReportEnd(existing, preset), preset) };
  const found =
    window === null
      ? null
      : refusal('loss_already_reported', window, { ...window, source: rules.source }, lang);
  return passUnless(found, 'lifecycle.lossReport.single', rules.source, 'trace_no_loss_report');
}

/**
 * `report_loss`: reports the card or passbook lost. Guards: a report channel, no report in force.
 * A verbal report is followed by a written one within the preset's period.
 *
 * @example
 * ```ts
 * runUnit(REPORT_LOSS, ctx).results[0]!.rule; // 'lifecycle.lossReport.reportChannels'
 * ```
 */
export const REPORT_LOSS: EventUnit<ReportLossEvent> = {
  prepare: (ctx) => ctx,
  guards: [
    ({ event, preset, lang }) =>
      channelAllowed({
        rule: 'lifecycle.lossReport.reportChannels',
        source: preset.lifecycle.lossReport.source,
        channel: event.channel,
        allowed: preset.lifecycle.lossReport.reportChannels,
        lang,
      }),
    noLossReport,
  ],
  effect: ({ account, event, preset, lang, atMs }) => {
    const rules = preset.lifecycle.lossReport;
    const report = { at: event.at, channel: event.channel! };
    const until = iso(lossReportEnd(report, preset), preset);
    const effects: LifecycleEffect[] = [notice('loss_reported', { until }, lang)];
    if (rules.writtenReportWithin !== null && !rules.writtenReportChannels.includes(report.channel))
      effects.push({
        type: 'written_report_due',
        by: iso(plus(atMs, rules.writtenReportWithin, preset), preset),
        channels: rules.writtenReportChannels,
        source: rules.writtenReportSource ?? rules.source,
      });
    return { account: { ...account, lossReport: report }, effects };
  },
};
