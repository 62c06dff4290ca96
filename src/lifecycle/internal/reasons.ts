import { formatLifecycleMessage as formatMessage } from '../../messages/areaMessages';
import type { Lang } from '../../messages/lang';
import type { MessageParams } from '../../messages/renderMessage';
import type { Channel, Preset } from '../../presets/types';
import type { IdentityCheck } from '../events';
import type { TransitionReason, TransitionReasonCode } from '../transitionTypes';
import { CHANNEL_WORDS } from '../../messages/catalog/channels';
import { isCounterChannel } from '../isCounterChannel';
import { list, WORDS } from './words';

/** A refusal reason with its message in `lang` and its structured fields. */
export function reason(
  code: TransitionReasonCode,
  params: MessageParams,
  fields: Omit<TransitionReason, 'code' | 'message'>,
  lang: Lang,
): TransitionReason {
  return { code, ...fields, message: formatMessage(code, params, lang) };
}

/** `channel_not_allowed` unless `channel` is one of `allowed` (an unstated channel is not). */
export function channelReason(
  channel: Channel | undefined,
  allowed: readonly Channel[],
  lang: Lang,
  fields: Omit<TransitionReason, 'code' | 'message'>,
): TransitionReason | null {
  if (channel !== undefined && allowed.includes(channel)) return null;
  return reason(
    'channel_not_allowed',
    {
      channel: channel === undefined ? WORDS.noChannel[lang] : CHANNEL_WORDS[channel][lang],
      allowed: list(
        allowed.map((c) => CHANNEL_WORDS[c][lang]),
        lang,
      ),
    },
    { ...fields, channel: channel ?? null, allowedChannels: allowed },
    lang,
  );
}

/**
 * `identity_verification_required` unless the event says the identity was verified — or says
 * nothing at a counter channel, where the in-person ID check is part of the procedure. `source`
 * is the key of the rule that asks for the check (the event's own rule).
 */
export function identityReason(
  event: IdentityCheck & { readonly channel?: Channel },
  preset: Preset,
  lang: Lang,
  source: string,
): TransitionReason | null {
  if (event.identityVerified === true) return null;
  if (
    event.identityVerified === undefined &&
    event.channel !== undefined &&
    isCounterChannel(event.channel, preset)
  )
    return null;
  return reason('identity_verification_required', {}, { source }, lang);
}
