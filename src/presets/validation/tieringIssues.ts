import { showValue } from '../internal/issueHelpers';
import { CREDIT_RATINGS } from '../types/kyc';
import { isList, type IssuePath, type PresetChecks } from './presetChecks';

/**
 * The tiering rules, when the preset has them: source, durations, review threshold, and one
 * qualification per known tier (amount, history, counts, credit rating).
 *
 * @param check - the preset and its shared checks
 * @example
 * ```ts
 * tieringIssues(presetChecks(getPreset('tiered-generic'), issues)); // issues: []
 * ```
 */
export function tieringIssues(check: PresetChecks): void {
  const { preset, add } = check;
  if (!preset.tiering) return;
  const currency = preset.currency;
  check.source(['tiering'], preset.tiering.source);
  check.duration(['tiering', 'reevaluationInterval'], preset.tiering.reevaluationInterval);
  check.duration(['tiering', 'basicInactivityFreeze'], preset.tiering.basicInactivityFreeze);
  check.money(['tiering', 'reviewThreshold'], preset.tiering.reviewThreshold, currency);
  const tierIds = new Set((isList(preset.classes) ? preset.classes : []).map((c) => c.id));
  const seen = new Set<string>();
  preset.tiering.qualifications?.forEach((q, i) => {
    const qp: IssuePath = ['tiering', 'qualifications', i];
    if (!tierIds.has(q.tier)) add([...qp, 'tier'], `unknown tier: ${showValue(q.tier)}`);
    if (seen.has(q.tier)) add([...qp, 'tier'], `duplicate qualification for ${q.tier}`);
    seen.add(q.tier);
    check.source(qp, q.source);
    if (q.minCumulativeVolume !== null)
      check.money([...qp, 'minCumulativeVolume'], q.minCumulativeVolume, currency);
    check.duration([...qp, 'minHistory'], q.minHistory, true);
    for (const key of ['minTransactionCount', 'maxAlerts'] as const) {
      const v = q[key];
      if (v !== null && (!Number.isInteger(v) || v < 0))
        add([...qp, key], 'must be a whole number ≥ 0 or null');
    }
    if (q.minCreditRating !== null && !CREDIT_RATINGS.includes(q.minCreditRating))
      add([...qp, 'minCreditRating'], `unknown credit rating: ${showValue(q.minCreditRating)}`);
  });
}
