import type { UnreportLossEvent } from '../events';
import { notice } from '../internal/notice';
import { channelAllowed } from './guards/channelAllowed';
import { identityVerified } from './guards/identityVerified';
import { passUnless, refusal, type EventContext, type EventUnit, type GuardResult } from './unit';

/** Guard: there is a loss report to withdraw (`no_loss_report`). */
function lossReportExists({ account, preset, lang }: EventContext<UnreportLossEvent>): GuardResult {
  const source = preset.lifecycle.lossReport.source;
  const found =
    account.lossReport === null ? refusal('no_loss_report', {}, { source }, lang) : null;
  return passUnless(found, 'lifecycle.lossReport.exists', source, 'trace_loss_report_exists', {
    since: account.lossReport?.at ?? null,
  });
}

/**
 * `unreport_loss`: withdraws a loss report. Guards: a report exists, an unreport channel (in
 * person), the holder's identity verified.
 *
 * @example
 * ```ts
 * runUnit(UNREPORT_LOSS, ctx).results.length; // 3
 * ```
 */
export const UNREPORT_LOSS: EventUnit<UnreportLossEvent> = {
  prepare: (ctx) => ctx,
  guards: [
    lossReportExists,
    ({ event, preset, lang }) =>
      channelAllowed({
        rule: 'lifecycle.lossReport.unreportChannels',
        source: preset.lifecycle.lossReport.source,
        channel: event.channel,
        allowed: preset.lifecycle.lossReport.unreportChannels,
        lang,
      }),
    ({ event, preset, lang }) =>
      identityVerified(
        'lifecycle.lossReport.identityVerification',
        preset.lifecycle.lossReport.source,
        event,
        preset,
        lang,
      ),
  ],
  effect: ({ account, lang }) => ({
    account: { ...account, lossReport: null },
    effects: [notice('loss_unreported', {}, lang)],
  }),
};
