import { monitoringIssues } from '../../monitoring/monitoringIssues';
import { sourcedIssues } from '../internal/sourcedIssues';
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
 * The dates and kinds of the preset's sources and dated rules ({@link sourcedIssues}), once the
 * sources are an object.
 *
 * @param check - the preset and its shared checks
 * @example
 * ```ts
 * sourcedSectionIssues(presetChecks(getPreset(), issues)); // no issue for a shipped preset
 * ```
 */
export function sourcedSectionIssues(check: PresetChecks): void {
  const sources = check.preset.sources as unknown;
  if (typeof sources === 'object' && sources !== null)
    check.issues.push(...sourcedIssues(check.preset));
}

/**
 * The sections of a preset, in the order their issues are listed. Each adds its problems to the
 * list of its {@link PresetChecks}; a new section is one more entry.
 *
 * @example
 * ```ts
 * PRESET_SECTIONS.length; // 8
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
  sourcedSectionIssues,
];
