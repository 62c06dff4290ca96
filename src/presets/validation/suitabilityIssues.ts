import { PRODUCT_RISKS } from '../types/kyc';
import type { PresetChecks } from './presetChecks';

const AGES = ['seniorAge', 'adultAge'] as const;
const RISK_CEILINGS = [
  'seniorForbiddenFrom',
  'seniorWitnessLevel',
  'earmarkedFundsMaxRisk',
] as const;

/**
 * The suitability rules: source, ages, product risk levels, and the senior witness level below
 * the level forbidden to seniors.
 *
 * @param check - the preset and its shared checks
 * @example
 * ```ts
 * suitabilityIssues(presetChecks({ ...getPreset(), suitability: undefined }, issues)); // ['suitability'] is required
 * ```
 */
export function suitabilityIssues(check: PresetChecks): void {
  const s = check.preset.suitability;
  if (!s) return check.add(['suitability'], 'is required');
  check.source(['suitability'], s.source);
  for (const key of AGES)
    if (!Number.isInteger(s[key]) || s[key] < 0)
      check.add(['suitability', key], 'must be a whole number of years ≥ 0');
  for (const key of RISK_CEILINGS)
    if (!PRODUCT_RISKS.includes(s[key]))
      check.add(['suitability', key], `must be one of ${PRODUCT_RISKS.join(', ')}`);
  if (PRODUCT_RISKS.indexOf(s.seniorWitnessLevel) >= PRODUCT_RISKS.indexOf(s.seniorForbiddenFrom))
    check.add(['suitability', 'seniorWitnessLevel'], 'must be below seniorForbiddenFrom');
}
