import { monitoringIssues } from '../../monitoring/monitoringIssues';
import { classesIssues } from './classIssues';
import { identityIssues } from './identityIssues';
import { kycIssues } from './kycIssues';
import { lifecycleIssues } from './lifecycleIssues';
import type { PresetChecks } from './presetChecks';
import { suitabilityIssues } from './suitabilityIssues';
import { tieringIssues } from './tieringIssues';

/**
 * The monitoring rules, checked by the monitoring module's own {@link monitoringIssues}.
 *
 * @param check - the preset and its shared checks
 * @example
 * ```ts
 * monitoringSectionIssues(presetChecks({ ...getPreset(), monitoring: undefined }, issues)); // ['monitoring'] is required
 * ```
 */
export function monitoringSectionIssues(check: PresetChecks): void {
  if (!check.preset.monitoring) check.add(['monitoring'], 'is required');
  else check.issues.push(...monitoringIssues(check.preset));
}

/**
 * The sections of a preset, in the order their issues are listed. Each adds its problems to the
 * list of its {@link PresetChecks}; a new section is one more entry.
 *
 * @example
 * ```ts
 * PRESET_SECTIONS.length; // 7
 * ```
 */
export const PRESET_SECTIONS: readonly ((check: PresetChecks) => void)[] = [
  identityIssues,
  classesIssues,
  lifecycleIssues,
  kycIssues,
  tieringIssues,
  suitabilityIssues,
  monitoringSectionIssues,
];
