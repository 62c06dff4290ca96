import { formatMessage } from '../../../messages/formatMessage';
import type { Preset } from '../../../presets/types/preset';
import { addDuration, formatDuration, formatInstant, type PolicyDuration } from '../../../time';
import type { Lang } from '../../../messages/lang';
import type { TierQualification } from '../../../presets/types/kyc';
import type { ReadUsage } from '../tierRequirements';
import type { TierCriterion } from '../types';
import { unknownValue } from './shown';

/**
 * The length of the relationship: `asOf` at least `openedAt` plus the qualification's.
 *
 * @internal
 * @example
 * ```ts
 * historyCriterion(preset, q, { months: 6 }, usage, 'en').reachedAt; // openedAt + 6 months
 * ```
 */
export function historyCriterion(
  preset: Preset,
  q: TierQualification,
  min: PolicyDuration,
  usage: ReadUsage | undefined,
  lang: Lang,
): TierCriterion {
  const zone = preset.timeZone;
  const reachedAt = usage ? addDuration(usage.openedAt, min, zone) : null;
  const since = usage ? formatInstant(usage.openedAt, zone) : null;
  return {
    kind: 'history',
    code: 'tier_requirement_history',
    required: min,
    since,
    reachedAt: reachedAt ? formatInstant(reachedAt, zone) : null,
    met: usage !== undefined && reachedAt !== null && usage.asOf.getTime() >= reachedAt.getTime(),
    message: formatMessage(
      'tier_requirement_history',
      { duration: formatDuration(min, lang), since: since ?? unknownValue(lang) },
      lang,
    ),
    source: q.source,
  };
}
