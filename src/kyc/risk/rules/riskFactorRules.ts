import { channel } from './channel';
import { geography } from './geography';
import { occupation } from './occupation';
import { politicallyExposed } from './politicallyExposed';
import { riskiestProduct } from './riskiestProduct';
import type { RiskFactorRuleFn } from './ruleKit';

/**
 * The factor rules of the customer risk rating, in the order of the rating's `factors`.
 *
 * @example
 * ```ts
 * RISK_FACTOR_RULES.map((r) => r.name); // ['politicallyExposed', 'occupation', …]
 * ```
 */
export const RISK_FACTOR_RULES: readonly RiskFactorRuleFn[] = Object.freeze([
  politicallyExposed,
  occupation,
  geography,
  channel,
  riskiestProduct,
]);
