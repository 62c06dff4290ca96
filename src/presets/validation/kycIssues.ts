import { RESTRICTION_KINDS } from '../../lifecycle/types';
import { showValue } from '../internal/issueHelpers';
import { OPENING_CHANNELS } from '../types/classes';
import { DOCUMENT_TYPES, RESIDENCIES, RISK_FACTORS, RISK_LEVELS } from '../types/kyc';
import type { IssuePath, PresetChecks } from './presetChecks';

/**
 * The KYC rules: minimum age, amounts (foreign-currency quota, non-counter transfer
 * thresholds), the risk rating, and the lists of documents, channels, residencies and
 * restriction kinds.
 *
 * @param check - the preset and its shared checks
 * @example
 * ```ts
 * kycIssues(presetChecks({ ...getPreset(), kyc: undefined }, issues)); // ['kyc'] is required
 * ```
 */
export function kycIssues(check: PresetChecks): void {
  const kyc = check.preset.kyc;
  if (!kyc) return check.add(['kyc'], 'is required');
  const currency = check.preset.currency;
  if (!Number.isInteger(kyc.age?.minimumAge) || kyc.age.minimumAge < 0)
    check.add(['kyc', 'age', 'minimumAge'], 'must be a whole number of years ≥ 0');
  check.source(['kyc', 'age'], kyc.age?.source);
  check.money(
    ['kyc', 'foreignCurrency', 'annualPurchaseQuota'],
    kyc.foreignCurrency?.annualPurchaseQuota,
  );
  check.money(
    ['kyc', 'nonCounterTransfers', 'certificateRequiredAbove'],
    kyc.nonCounterTransfers?.certificateRequiredAbove,
    currency,
  );
  check.money(
    ['kyc', 'nonCounterTransfers', 'largeTransferReminderAbove'],
    kyc.nonCounterTransfers?.largeTransferReminderAbove,
    currency,
  );
  for (const level of RISK_LEVELS)
    check.duration(
      ['kyc', 'riskRating', 'levels', level, 'reviewInterval'],
      kyc.riskRating?.levels?.[level]?.reviewInterval,
    );
  riskRatingIssues(check);
  kycListIssues(check);
}

/** The risk rating's source, factors (known, unique, scored) and thresholds. */
function riskRatingIssues(check: PresetChecks): void {
  const rr = check.preset.kyc.riskRating;
  if (!rr) return;
  const { add } = check;
  check.source(['kyc', 'riskRating'], rr.source);
  const pairs = new Set<string>();
  rr.factors?.forEach((f, i) => {
    const fp: IssuePath = ['kyc', 'riskRating', 'factors', i];
    if (!RISK_FACTORS.includes(f.factor))
      add([...fp, 'factor'], `unknown risk factor: ${showValue(f.factor)}`);
    const pair = `${f.factor}=${f.value}`;
    if (pairs.has(pair)) add([...fp, 'value'], `duplicate factor value ${pair}`);
    pairs.add(pair);
    if (!Number.isInteger(f.score) || f.score < 0)
      add([...fp, 'score'], 'must be a whole number ≥ 0');
    if (f.minimumLevel !== undefined && !RISK_LEVELS.includes(f.minimumLevel))
      add([...fp, 'minimumLevel'], `must be one of ${RISK_LEVELS.join(', ')}`);
    check.source(fp, f.source);
  });
  const t = rr.thresholds;
  if (
    !t ||
    !Number.isInteger(t.medium) ||
    !Number.isInteger(t.high) ||
    t.medium < 0 ||
    t.high < t.medium
  )
    add(['kyc', 'riskRating', 'thresholds'], 'must be whole numbers with 0 ≤ medium ≤ high');
}

/** The KYC lists: accepted documents, GB 11643 numbers, face-to-face channels, and so on. */
function kycListIssues(check: PresetChecks): void {
  const kyc = check.preset.kyc;
  for (const residency of RESIDENCIES)
    check.knownValues(
      ['kyc', 'documents', 'accepted', residency],
      kyc.documents?.accepted?.[residency],
      DOCUMENT_TYPES,
    );
  check.knownValues(
    ['kyc', 'documents', 'gb11643Numbers'],
    kyc.documents?.gb11643Numbers,
    DOCUMENT_TYPES,
  );
  if (!['refuse', 'verify_at_opening'].includes(kyc.documents?.birthDateMismatch))
    check.add(['kyc', 'documents', 'birthDateMismatch'], 'must be "refuse" or "verify_at_opening"');
  check.knownValues(['kyc', 'faceToFace', 'channels'], kyc.faceToFace?.channels, OPENING_CHANNELS);
  check.knownValues(
    ['kyc', 'taxResidencyDeclaration', 'residencies'],
    kyc.taxResidencyDeclaration?.residencies,
    RESIDENCIES,
  );
  check.knownValues(
    ['kyc', 'openingRestrictions', 'blockingKinds'],
    kyc.openingRestrictions?.blockingKinds,
    RESTRICTION_KINDS,
  );
}
