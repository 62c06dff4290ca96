import { OPENING_CHANNEL_LABELS } from '../../labels';
import type { PreparedOpening } from '../prepare';
import { channelList, failed, fix, msg, passed, type EligibilityRuleResult } from './ruleKit';

/**
 * The channel: a class that needs a face-to-face opening is opened on a face-to-face channel
 * (counter, staffed kiosk); any class only on one of its own channels.
 *
 * @param p - the prepared request
 * @returns passed, or failed with `face_to_face_required` / `opening_channel_not_allowed`
 * @example
 * ```ts
 * faceToFaceChannel(prepared).reasons[0]?.code; // 'face_to_face_required' for Class I remote
 * ```
 */
export function faceToFaceChannel(p: PreparedOpening): EligibilityRuleResult {
  const { cls, channel, lang } = p;
  const opening = cls.opening;
  const f2f = p.preset.kyc.faceToFace.channels;
  const allowed = p.needsFaceToFace
    ? opening.channels.filter((c) => f2f.includes(c))
    : opening.channels;
  const classTitle = cls.title[lang];
  const channelLabel = OPENING_CHANNEL_LABELS[channel][lang];
  if (p.needsFaceToFace && !p.faceToFaceChannel) {
    const values = { class: classTitle, channel: channelLabel };
    return failed([
      {
        values,
        reason: {
          code: 'face_to_face_required',
          message: msg(p, 'face_to_face_required', values),
          class: cls.id,
          channel,
          channels: allowed,
          source: opening.source,
          rule: `classes.${cls.id}.opening.faceToFaceRequired`,
          fix: fix(p, 'open_face_to_face', {}, { channels: allowed }),
        },
      },
    ]);
  }
  const rule = `classes.${cls.id}.opening.channels`;
  const values = {
    class: classTitle,
    channel: channelLabel,
    channels: channelList(p, opening.channels),
  };
  if (opening.channels.includes(channel))
    return passed(rule, opening.source, 'trace_kyc_channel_ok', values);
  return failed([
    {
      values,
      reason: {
        code: 'opening_channel_not_allowed',
        message: msg(p, 'opening_channel_not_allowed', values),
        class: cls.id,
        channel,
        channels: opening.channels,
        source: opening.source,
        rule,
        fix: fix(
          p,
          'choose_allowed_channel',
          { channels: values.channels },
          { channels: opening.channels },
        ),
      },
    },
  ]);
}
