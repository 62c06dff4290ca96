import type { Lang } from '../../../messages/lang';
import type { Channel, Preset } from '../../../presets/types';
import type { IdentityCheck } from '../../events';
import { isCounterChannel } from '../../isCounterChannel';
import { passUnless, refusal, type GuardResult } from '../unit';

/**
 * Guard: the holder's identity was verified for the event (`identity_verification_required`) —
 * said so by the event, or said nothing at a counter channel, where the in-person ID check is
 * part of the procedure. `false` is never enough.
 *
 * @example
 * ```ts
 * identityVerified('lifecycle.dormancy.identityVerification', 'bank-training-course',
 *   { channel: 'counter' }, getPreset(), 'en').outcome; // 'passed'
 * ```
 */
export function identityVerified(
  rule: string,
  source: string,
  event: IdentityCheck & { readonly channel?: Channel },
  preset: Preset,
  lang: Lang,
): GuardResult {
  const said = event.identityVerified;
  const atCounter = event.channel !== undefined && isCounterChannel(event.channel, preset);
  const ok = said === true || (said === undefined && atCounter);
  const found = ok ? null : refusal('identity_verification_required', {}, { source }, lang);
  return passUnless(found, rule, source, 'trace_identity_verified', {
    verified: said === true,
    atCounter,
  });
}
