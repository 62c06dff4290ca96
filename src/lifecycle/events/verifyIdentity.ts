import type { VerifyIdentityEvent } from '../events';
import { notice } from '../internal/notice';
import { channelAllowed } from './guards/channelAllowed';
import { identityVerified } from './guards/identityVerified';
import { reverified } from './reverified';
import type { EventUnit } from './unit';

/**
 * `verify_identity`: re-verifies the holder (ends a non-counter suspension). Guards: a
 * re-verification channel, the identity verified.
 *
 * @example
 * ```ts
 * runUnit(VERIFY_IDENTITY, ctx).results.length; // 2
 * ```
 */
export const VERIFY_IDENTITY: EventUnit<VerifyIdentityEvent> = {
  prepare: (ctx) => ctx,
  guards: [
    ({ event, preset, lang }) =>
      channelAllowed({
        rule: 'lifecycle.newAccountInactivity.reverificationChannels',
        source: preset.lifecycle.newAccountInactivity.source,
        channel: event.channel,
        allowed: preset.lifecycle.newAccountInactivity.reverificationChannels,
        lang,
      }),
    ({ event, preset, lang }) =>
      identityVerified(
        'lifecycle.newAccountInactivity.identityVerification',
        preset.lifecycle.newAccountInactivity.source,
        event,
        preset,
        lang,
      ),
  ],
  effect: ({ account, event, lang }) => ({
    account: reverified(account, event.at),
    effects:
      account.identityReverificationRequired === true
        ? [notice('identity_reverified', {}, lang)]
        : [],
  }),
};
