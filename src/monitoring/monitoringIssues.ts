import type { InputIssue } from '../errors';
import type { Preset } from '../presets/types/preset';
import { collectIssuesSafely } from '../presets/internal/issueHelpers';
import { isObject, monitoringChecks } from './validation/monitoringChecks';
import { MONITORING_RULE_CHECKS } from './validation/monitoringRuleChecks';

/**
 * Lists every problem in a preset's monitoring rules (`preset.monitoring`): unknown sources or
 * severities, bad durations, amounts that are malformed or not in the preset's currency, ratios
 * outside 0–1, counts that are not whole numbers ≥ 1, night hours that are not `HH:MM` (or an
 * empty night), unknown kinds or counterparties in matchers, structuring targets of an unknown
 * kind, large-transaction thresholds for unknown classes, missing or duplicated per class, or
 * referring to `tiering.reviewThreshold` in a preset without tiering.
 *
 * @param preset - the preset to check
 * @returns every issue found, each with its path from the preset's root (`["monitoring", …]`);
 *   empty when the monitoring rules are valid
 * @example
 * ```ts
 * monitoringIssues(getPreset('tiered-generic')); // []
 * ```
 */
export function monitoringIssues(preset: Preset): InputIssue[] {
  return collectIssuesSafely(
    (issues) => collect(preset, issues),
    ['monitoring'],
    (detail) => `is not shaped like MonitoringRules (${detail})`,
  );
}

/** Adds every problem of the monitoring rules to `issues`, rule by rule. */
function collect(preset: Preset, issues: InputIssue[]): void {
  if (!isObject(preset)) return void issues.push({ path: [], message: 'must be a preset object' });
  if (!isObject(preset.monitoring as unknown))
    return void issues.push({
      path: ['monitoring'],
      message: 'is required: the monitoring rules of the preset',
    });
  const check = monitoringChecks(preset, issues);
  for (const ruleCheck of MONITORING_RULE_CHECKS) ruleCheck(check);
}
