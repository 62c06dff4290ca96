/*
 * The requirement units a check runs, in order, and their fold: the `requires` list of the
 * decision (conditions the service must meet; never refusals) and the units' trace outcomes.
 */
import type { RuleOutcome } from '../../messages/trace';
import { cumulativeIdentityCheck } from './cumulativeIdentityCheck';
import { largeValueCashReport, largeValueTransferReport } from './largeValueReports';
import { largeTransferReminder, nonCounterCertificate } from './nonCounterTransfer';
import type { CheckRequirement, RequirementContext, RequirementUnit } from './types';

export type { CheckRequirement, RequirementContext, TotalBasis } from './types';

/** Every requirement unit, in evaluation order. @internal */
export const REQUIREMENT_UNITS: readonly RequirementUnit[] = [
  nonCounterCertificate,
  largeTransferReminder,
  cumulativeIdentityCheck,
  largeValueCashReport,
  largeValueTransferReport,
];

/**
 * Runs every requirement unit and folds them. @internal
 *
 * @param ctx - the prepared transaction, usage and preset
 * @returns the requirements (in unit order) and every unit's outcome
 */
export function collectRequirements(ctx: RequirementContext): {
  readonly requires: CheckRequirement[];
  readonly outcomes: RuleOutcome[];
} {
  const requires: CheckRequirement[] = [];
  const outcomes: RuleOutcome[] = [];
  for (const unit of REQUIREMENT_UNITS) {
    const r = unit(ctx);
    if (r.outcome !== null) outcomes.push(r.outcome);
    if (r.requirement) requires.push(r.requirement);
  }
  return { requires, outcomes };
}
