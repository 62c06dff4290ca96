import type { ReplaceCardEvent } from '../events';
import { notice } from '../internal/notice';
import { channelAllowed } from './guards/channelAllowed';
import { identityVerified } from './guards/identityVerified';
import type { EventUnit } from './unit';

/**
 * `replace_card`: issues a replacement card or passbook (and ends a loss report). Guards: a
 * replacement channel (in person), the holder's identity verified.
 *
 * @example
 * ```ts
 * runUnit(REPLACE_CARD, ctx).results.length; // 2
 * ```
 */
export const REPLACE_CARD: EventUnit<ReplaceCardEvent> = {
  prepare: (ctx) => ctx,
  guards: [
    ({ event, preset, lang }) =>
      channelAllowed({
        rule: 'lifecycle.lossReport.replacementChannels',
        source: preset.lifecycle.lossReport.source,
        channel: event.channel,
        allowed: preset.lifecycle.lossReport.replacementChannels,
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
    account: account.lossReport === null ? account : { ...account, lossReport: null },
    effects: [{ type: 'issue_replacement_card' }, notice('card_replaced', {}, lang)],
  }),
};
