import type { Channel, Preset } from '../presets/types';

/**
 * Whether a channel counts as the counter (business in person with staff) under a preset; every
 * other channel is non-counter business, subject to {@link AccountPermissions.nonCounter}.
 *
 * @param channel - the channel of a transaction or request
 * @param preset - the rule set (`lifecycle.counterChannels`)
 * @returns true for counter channels
 * @example
 * ```ts
 * isCounterChannel('counter', getPreset()); // true
 * isCounterChannel('mobile', getPreset()); // false
 * ```
 */
export function isCounterChannel(channel: Channel, preset: Preset): boolean {
  return preset.lifecycle.counterChannels.includes(channel);
}
