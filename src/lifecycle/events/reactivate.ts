import type { ReactivateEvent } from '../events';
import { notice } from '../internal/notice';
import { channelAllowed } from './guards/channelAllowed';
import { identityVerified } from './guards/identityVerified';
import { reverified } from './reverified';
import type { EventUnit } from './unit';

/**
 * `reactivate`: dormant → normal. Guards: a reactivation channel, the holder's identity verified.
 * Activity on a dormant account raises a monitoring alert.
 *
 * @example
 * ```ts
 * runUnit(REACTIVATE, ctx).results.length; // 2
 * ```
 */
export const REACTIVATE: EventUnit<ReactivateEvent> = {
  prepare: (ctx) => ctx,
  guards: [
    ({ event, preset, lang }) =>
      channelAllowed({
        rule: 'lifecycle.dormancy.reactivationChannels',
        source: preset.lifecycle.dormancy.source,
        channel: event.channel,
        allowed: preset.lifecycle.dormancy.reactivationChannels,
        lang,
      }),
    ({ event, preset, lang }) =>
      identityVerified(
        'lifecycle.dormancy.identityVerification',
        preset.lifecycle.dormancy.source,
        event,
        preset,
        lang,
      ),
  ],
  effect: ({ account, event, preset, lang }) => {
    const { dormantSince: _since, ...rest } = reverified(account, event.at);
    const source = preset.lifecycle.dormancy.source;
    return {
      account: { ...rest, status: 'normal', reactivatedAt: event.at },
      effects: [
        { type: 'monitoring_alert', code: 'dormant_account_activity', at: event.at, source },
        notice('account_reactivated', {}, lang),
      ],
    };
  },
};
