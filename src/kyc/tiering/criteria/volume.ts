import { formatMessage } from '../../../messages/formatMessage';
import { compareMoney, formatMoney, parseMoney } from '../../../money';
import type { Lang } from '../../../messages/lang';
import type { TierQualification } from '../../../presets/types/kyc';
import type { ReadUsage } from '../tierRequirements';
import type { TierCriterion } from '../types';
import { unknownValue } from './shown';

/**
 * The cumulative volume: at least the qualification's amount.
 *
 * @internal
 * @example
 * ```ts
 * volumeCriterion(q, q.minCumulativeVolume!, usage, 'en').met; // true once the volume reaches it
 * ```
 */
export function volumeCriterion(
  q: TierQualification,
  min: NonNullable<TierQualification['minCumulativeVolume']>,
  usage: ReadUsage | undefined,
  lang: Lang,
): TierCriterion {
  const required = parseMoney(min.amount, min.currency);
  const actual = usage ? formatMoney(usage.cumulativeVolume) : null;
  return {
    kind: 'cumulative_volume',
    code: 'tier_requirement_cumulative_volume',
    required: formatMoney(required),
    actual,
    currency: required.currency,
    met: usage !== undefined && compareMoney(usage.cumulativeVolume, required) >= 0,
    message: formatMessage(
      'tier_requirement_cumulative_volume',
      { required: formatMoney(required), actual: actual ?? unknownValue(lang) },
      lang,
    ),
    source: q.source,
  };
}
