import { earmarkedFunds } from './earmarkedFunds';
import { minorGuardian } from './minorGuardian';
import { riskAssessment } from './riskAssessment';
import { riskTolerance } from './riskTolerance';
import type { SuitabilityRule } from './ruleKit';
import { seniorForbidden } from './seniorForbidden';
import { seniorWitness } from './seniorWitness';

/**
 * The investor-suitability rules in evaluation order: the order of the reasons.
 *
 * @example
 * ```ts
 * SUITABILITY_RULES.map((r) => r.name); // ['riskAssessment', 'minorGuardian', …]
 * ```
 */
export const SUITABILITY_RULES: readonly SuitabilityRule[] = Object.freeze([
  riskAssessment,
  minorGuardian,
  seniorForbidden,
  earmarkedFunds,
  riskTolerance,
  seniorWitness,
]);
