import { formatMessage } from '../../../messages/formatMessage';
import type { Lang } from '../../../messages/lang';
import type { TierQualification } from '../../../presets/types/kyc';
import type { ReadUsage } from '../tierRequirements';
import type { TierCriterion } from '../types';
import { countShown } from './shown';

/**
 * The number of transactions: at least the qualification's.
 *
 * @internal
 * @example
 * ```ts
 * transactionCountCriterion(q, 10, usage, 'en').kind; // 'transaction_count'
 * ```
 */
export function transactionCountCriterion(
  q: TierQualification,
  min: number,
  usage: ReadUsage | undefined,
  lang: Lang,
): TierCriterion {
  const actual = usage ? usage.transactionCount : null;
  return {
    kind: 'transaction_count',
    code: 'tier_requirement_transaction_count',
    required: min,
    actual,
    met: actual !== null && actual >= min,
    message: formatMessage(
      'tier_requirement_transaction_count',
      { required: min, actual: countShown(actual, 'tier_count_transactions', lang) },
      lang,
    ),
    source: q.source,
  };
}
