/*
 * The usage criteria of a tier's qualification, one criterion per file, folded in the order the
 * tier's requirements list them.
 */
import type { Lang } from '../../../messages/lang';
import type { TierQualification } from '../../../presets/types/kyc';
import type { Preset } from '../../../presets/types/preset';
import type { ReadUsage } from '../tierRequirements';
import type { TierCriterion } from '../types';
import { alertsCriterion } from './alerts';
import { creditRatingCriterion } from './creditRating';
import { historyCriterion } from './history';
import { transactionCountCriterion } from './transactionCount';
import { volumeCriterion } from './volume';

/**
 * The usage criteria of a qualification: all of them, or only those a tier must keep meeting
 * (credit and alerts) to stay in it.
 *
 * @internal
 * @example
 * ```ts
 * usageCriteria(preset, q, usage, 'en', 'retention').map((c) => c.kind); // ['credit_rating', 'alerts']
 * ```
 */
export function usageCriteria(
  preset: Preset,
  q: TierQualification,
  usage: ReadUsage | undefined,
  lang: Lang,
  which: 'all' | 'retention',
): TierCriterion[] {
  const criteria: TierCriterion[] = [];
  if (which === 'all' && q.minCumulativeVolume)
    criteria.push(volumeCriterion(q, q.minCumulativeVolume, usage, lang));
  if (which === 'all' && q.minTransactionCount !== null)
    criteria.push(transactionCountCriterion(q, q.minTransactionCount, usage, lang));
  if (which === 'all' && q.minHistory !== null)
    criteria.push(historyCriterion(preset, q, q.minHistory, usage, lang));
  if (q.minCreditRating !== null)
    criteria.push(creditRatingCriterion(q, q.minCreditRating, usage, lang, which));
  if (q.maxAlerts !== null) criteria.push(alertsCriterion(q, q.maxAlerts, usage, lang, which));
  return criteria;
}
