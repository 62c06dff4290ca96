import { CHANNEL_WORDS } from '../../../messages/catalog/channels';
import type { Lang } from '../../../messages/lang';
import type { Channel } from '../../../presets/types';
import type { TransitionReason } from '../../transitionTypes';
import { list, WORDS } from '../../internal/words';
import { passUnless, refusal, type GuardResult } from '../unit';

/** What {@link channelAllowed} compares. */
export interface ChannelGuardParams {
  /** The rule path, e.g. `lifecycle.closure.channels`. */
  readonly rule: string;
  readonly source: string;
  /** The event's channel; unstated is not allowed. */
  readonly channel: Channel | undefined;
  readonly allowed: readonly Channel[];
  readonly lang: Lang;
  /** Extra fields of the reason (the freeze, the field, …). */
  readonly fields?: Omit<TransitionReason, 'code' | 'message' | 'source'>;
}

/**
 * Guard: the event is made through one of the channels the rule allows (`channel_not_allowed`).
 *
 * @example
 * ```ts
 * channelAllowed({ rule: 'lifecycle.closure.channels', source: 'bank-training-course',
 *   channel: 'online', allowed: ['counter'], lang: 'en' }).outcome; // 'failed'
 * ```
 */
export function channelAllowed(p: ChannelGuardParams): GuardResult {
  const { channel, allowed, lang } = p;
  const words = {
    channel: channel === undefined ? WORDS.noChannel[lang] : CHANNEL_WORDS[channel][lang],
    allowed: list(
      allowed.map((c) => CHANNEL_WORDS[c][lang]),
      lang,
    ),
  };
  const ok = channel !== undefined && allowed.includes(channel);
  const found = ok
    ? null
    : refusal(
        'channel_not_allowed',
        words,
        { ...p.fields, source: p.source, channel: channel ?? null, allowedChannels: allowed },
        lang,
      );
  return passUnless(found, p.rule, p.source, 'trace_channel_allowed', words);
}
