import type { Lang } from '../../../messages/lang';
import type { Preset } from '../../../presets/types';
import type { Freeze } from '../../types';
import { passUnless, refusal, type GuardResult } from '../unit';

/** The rule path of {@link freezeFound}. */
export const FREEZE_FOUND_RULE = 'lifecycle.freezes.exists';

/**
 * Guard: the account has the freeze the event names (`freeze_not_found`).
 *
 * @example
 * ```ts
 * freezeFound(undefined, 'F1', getPreset(), 'en').outcome; // 'failed'
 * ```
 */
export function freezeFound(
  found: Freeze | undefined,
  id: string,
  preset: Preset,
  lang: Lang,
): GuardResult {
  const source = preset.lifecycle.statuses.source;
  const missing =
    found === undefined
      ? refusal('freeze_not_found', { freezeId: id }, { freezeId: id, source }, lang)
      : null;
  return passUnless(missing, FREEZE_FOUND_RULE, source, 'trace_freeze_found', { freezeId: id });
}
