import { formatMessage } from '../../../messages/formatMessage';
import { CREDIT_RATINGS, type CreditRating } from '../../../presets/types/kyc';
import { CREDIT_RATING_LABELS } from '../../labels';
import type { Lang } from '../../../messages/lang';
import type { TierQualification } from '../../../presets/types/kyc';
import type { ReadUsage } from '../tierRequirements';
import type { TierCriterion } from '../types';
import { unknownValue } from './shown';

/**
 * The credit rating: at least the qualification's. To stay in a tier, only a known rating below
 * the bar counts against the customer.
 *
 * @internal
 * @example
 * ```ts
 * creditRatingCriterion(q, 'B', usage, 'en', 'retention').met; // false only for a known rating below B
 * ```
 */
export function creditRatingCriterion(
  q: TierQualification,
  min: CreditRating,
  usage: ReadUsage | undefined,
  lang: Lang,
  which: 'all' | 'retention',
): TierCriterion {
  const actual = usage ? usage.creditRating : null;
  const rank = (r: CreditRating | 'unrated') => (r === 'unrated' ? -1 : CREDIT_RATINGS.indexOf(r));
  const below = actual !== null && rank(actual) < rank(min);
  return {
    kind: 'credit_rating',
    code: 'tier_requirement_credit_rating',
    required: min,
    actual,
    met: which === 'retention' ? !(below && actual !== 'unrated') : actual !== null && !below,
    message: formatMessage(
      'tier_requirement_credit_rating',
      {
        required: CREDIT_RATING_LABELS[min][lang],
        actual: actual === null ? unknownValue(lang) : CREDIT_RATING_LABELS[actual][lang],
      },
      lang,
    ),
    source: q.source,
  };
}
