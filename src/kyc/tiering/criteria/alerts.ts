import { formatMessage } from '../../../messages/formatMessage';
import type { Lang } from '../../../messages/lang';
import type { TierQualification } from '../../../presets/types/kyc';
import type { ReadUsage } from '../tierRequirements';
import type { TierCriterion } from '../types';
import { countShown } from './shown';

/**
 * Confirmed alerts: at most the qualification's (to stay in a tier, unknown is not held against).
 *
 * @internal
 * @example
 * ```ts
 * alertsCriterion(q, 0, undefined, 'en', 'retention').met; // true: unknown is not held against
 * ```
 */
export function alertsCriterion(
  q: TierQualification,
  max: number,
  usage: ReadUsage | undefined,
  lang: Lang,
  which: 'all' | 'retention',
): TierCriterion {
  const actual = usage ? usage.alerts : null;
  return {
    kind: 'alerts',
    code: 'tier_requirement_alerts',
    required: max,
    actual,
    met:
      which === 'retention' ? actual === null || actual <= max : actual !== null && actual <= max,
    message: formatMessage(
      'tier_requirement_alerts',
      { required: max, actual: countShown(actual, 'tier_count_alerts', lang) },
      lang,
    ),
    source: q.source,
  };
}
